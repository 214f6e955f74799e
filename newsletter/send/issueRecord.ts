/** What the sender writes on the issue itself: its status (through hooks) and its counters. */
import type { Payload } from 'payload'
import type { Id, StatusCounts } from './ledger'
import type { NewsletterStatus } from './issueStatus'

/** The context flag that lets the sender make moves an editor may not (collections/Newsletters/hooks). */
export const SENDER_CONTEXT = { newsletterSender: true }

/** Through payload.update, so the issue's hooks run: a sent issue goes onto the public site. */
export async function setIssueStatus(payload: Payload, id: Id, status: NewsletterStatus, extra: Record<string, unknown> = {}): Promise<void> {
  await payload.update({ collection: 'newsletters', id, data: { status, ...extra }, overrideAccess: true, context: SENDER_CONTEXT, depth: 0 })
}

export const recipientsOf = (counts: StatusCounts): number => Object.values(counts).reduce((sum, n) => sum + n, 0)

/** Straight to the database: counters change every second during a send and are not content. */
export async function writeCounts(payload: Payload, id: Id, counts: StatusCounts): Promise<void> {
  await payload.db.updateOne({
    collection: 'newsletters',
    id,
    data: { counts: { recipients: recipientsOf(counts), sent: counts.sent, failed: counts.failed, unknown: counts.unknown } },
    returning: false,
  })
}
