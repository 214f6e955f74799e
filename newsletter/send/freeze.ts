/**
 * Freezing a send: the recipients are the subscribers confirmed when the send started, written
 * into the ledger as pending rows. Read in keyset pages (id order, never an offset that shifts
 * when someone unsubscribes meanwhile) so memory stays flat whatever the list's size. Safe to
 * run again after a crash: the cut-off time is the one stored on the issue, and a recipient
 * already in the ledger is skipped.
 */
import type { Payload, Where } from 'payload'
import type { Id, LedgerStore } from './ledger'

export async function freezeRecipients(payload: Payload, ledger: LedgerStore, newsletter: Id, frozenAt: Date, pageSize = 1000): Promise<void> {
  let after: Id | undefined
  for (;;) {
    const where: Where = {
      and: [
        { status: { equals: 'confirmed' } },
        { or: [{ confirmedAt: { less_than_equal: frozenAt.toISOString() } }, { confirmedAt: { exists: false } }] },
        ...(after === undefined ? [] : [{ id: { greater_than: after } }]),
      ],
    }
    const { docs } = await payload.db.find({ collection: 'subscribers', where, sort: 'id', limit: pageSize, pagination: false, select: { email: true } })
    if (docs.length === 0) return
    await ledger.insertPending(newsletter, docs.map((doc) => ({ subscriber: doc.id as Id, email: String((doc as { email?: unknown }).email) })))
    after = docs[docs.length - 1].id as Id
    if (docs.length < pageSize) return
  }
}
