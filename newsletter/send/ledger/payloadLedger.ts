/**
 * The ledger on Payload's database adapter API (payload.db): works on every adapter, so this is
 * what MongoDB uses. Conditional updates go through updateOne with a `where`, which MongoDB
 * runs as one atomic findOneAndUpdate.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import { DELIVERY_STATUSES, type DeliveryStatus } from '../deliveryStatus'
import type { DeliveryRow, Id, LedgerStore, Recipient, StatusCounts } from './types'

export const LEDGER = 'newsletter-deliveries'
const iso = (date: Date) => date.toISOString()
const idOf = (value: unknown): Id | null => (value == null ? null : typeof value === 'object' ? ((value as { id: Id }).id ?? null) : (value as Id))

export function toRow(doc: Record<string, unknown>): DeliveryRow & { claimedAt: string | null; error: string | null } {
  return {
    id: doc.id as Id,
    subscriber: idOf(doc.subscriber),
    email: String(doc.email),
    status: doc.status as DeliveryStatus,
    attempts: Number(doc.attempts ?? 0),
    claimedAt: (doc.claimedAt as string | null) ?? null,
    error: (doc.error as string | null) ?? null,
  }
}

export class PayloadLedger implements LedgerStore {
  readonly groupCommit: boolean = false

  constructor(protected readonly payload: Payload) {}

  protected of(newsletter: Id, ...and: Where[]): Where {
    return { and: [{ newsletter: { equals: newsletter } }, ...and] }
  }

  async insertPending(newsletter: Id, recipients: Recipient[]): Promise<void> {
    if (recipients.length === 0) return
    const { docs } = await this.payload.db.find({
      collection: LEDGER,
      where: this.of(newsletter, { subscriber: { in: recipients.map((r) => r.subscriber) } }),
      limit: recipients.length,
      pagination: false,
    })
    const present = new Set(docs.map((doc) => String(idOf((doc as { subscriber?: unknown }).subscriber))))
    for (const { subscriber, email } of recipients) {
      if (present.has(String(subscriber))) continue
      await this.payload.db.create({ collection: LEDGER, data: { newsletter, subscriber, email, status: 'pending', attempts: 0 }, returning: false })
    }
  }

  async nextDue(newsletter: Id, now: Date, limit: number, after?: Id): Promise<DeliveryRow[]> {
    const { docs } = await this.payload.db.find({
      collection: LEDGER,
      where: this.of(
        newsletter,
        { status: { equals: 'pending' } },
        { or: [{ nextAttemptAt: { exists: false } }, { nextAttemptAt: { less_than_equal: iso(now) } }] },
        ...(after === undefined ? [] : [{ id: { greater_than: after } }]),
      ),
      sort: 'id',
      limit,
      pagination: false,
    })
    return docs.map(toRow)
  }

  async claim(id: Id, now: Date): Promise<boolean> {
    const doc = await this.payload.db.updateOne({
      collection: LEDGER,
      where: { and: [{ id: { equals: id } }, { status: { equals: 'pending' } }] },
      data: { status: 'sending', claimedAt: iso(now) },
    })
    return doc != null
  }

  async markSent(id: Id, { messageId, response, at }: { messageId: string; response: string; at: Date }): Promise<void> {
    await this.payload.db.updateOne({ collection: LEDGER, id, data: { status: 'sent', messageId, response: response.slice(0, 500), sentAt: iso(at), error: null }, returning: false })
  }

  async markRetry(id: Id, { attempts, error, nextAttemptAt }: { attempts: number; error: string; nextAttemptAt: Date }): Promise<void> {
    await this.payload.db.updateOne({ collection: LEDGER, id, data: { status: 'pending', attempts, error, nextAttemptAt: iso(nextAttemptAt) }, returning: false })
  }

  async markFailed(id: Id, { attempts, error }: { attempts: number; error: string }): Promise<void> {
    await this.payload.db.updateOne({ collection: LEDGER, id, data: { status: 'failed', attempts, error }, returning: false })
  }

  async markInFlightUnknown(newsletter: Id): Promise<number> {
    return this.move(this.of(newsletter, { status: { equals: 'sending' } }), 'unknown')
  }

  async counts(newsletter: Id): Promise<StatusCounts> {
    const entries = await Promise.all(
      DELIVERY_STATUSES.map(async ({ value }) => {
        const { totalDocs } = await this.payload.db.count({ collection: LEDGER, where: this.of(newsletter, { status: { equals: value } }) })
        return [value, totalDocs] as const
      }),
    )
    return Object.fromEntries(entries) as StatusCounts
  }

  async nextRetryAt(newsletter: Id): Promise<Date | null> {
    const { docs } = await this.payload.db.find({ collection: LEDGER, where: this.of(newsletter, { status: { equals: 'pending' } }), sort: 'nextAttemptAt', limit: 1, pagination: false })
    if (docs.length === 0) return null
    const at = (docs[0] as { nextAttemptAt?: string | null }).nextAttemptAt
    return at ? new Date(at) : new Date(0)
  }

  async list(newsletter: Id, status: DeliveryStatus, limit: number) {
    const { docs } = await this.payload.db.find({ collection: LEDGER, where: this.of(newsletter, { status: { equals: status } }), sort: 'id', limit, pagination: false })
    return docs.map(toRow)
  }

  async resolveUnknown(newsletter: Id, ids: Id[], to: 'pending' | 'dropped'): Promise<number> {
    if (ids.length === 0) return 0
    const data = to === 'pending' ? { nextAttemptAt: null, claimedAt: null } : {}
    return this.move(this.of(newsletter, { id: { in: ids } }, { status: { equals: 'unknown' } }), to, data)
  }

  /** Runs inside the subscriber update's transaction (req), or SQLite would wait on its own lock. */
  async dropPendingFor(subscriber: Id, req?: Partial<PayloadRequest>): Promise<number> {
    return this.move({ and: [{ subscriber: { equals: subscriber } }, { status: { equals: 'pending' } }] }, 'dropped', {}, req)
  }

  protected async move(where: Where, status: DeliveryStatus, data: Record<string, unknown> = {}, req?: Partial<PayloadRequest>): Promise<number> {
    const { totalDocs } = await this.payload.db.count({ collection: LEDGER, where, req })
    if (totalDocs === 0) return 0
    await this.payload.db.updateMany({ collection: LEDGER, where, data: { ...data, status }, returning: false, req })
    return totalDocs
  }

  async acquireLease(newsletter: Id, owner: string, now: Date, leaseMs: number): Promise<boolean> {
    const doc = await this.payload.db.updateOne({
      collection: 'newsletters',
      where: {
        and: [
          { id: { equals: newsletter } },
          { or: [{ 'lease.owner': { exists: false } }, { 'lease.owner': { equals: owner } }, { 'lease.expiresAt': { less_than: iso(now) } }] },
        ],
      },
      data: { lease: { owner, expiresAt: iso(new Date(now.getTime() + leaseMs)) } },
    })
    return doc != null
  }

  async releaseLease(newsletter: Id, owner: string): Promise<void> {
    await this.payload.db.updateOne({
      collection: 'newsletters',
      where: { and: [{ id: { equals: newsletter } }, { 'lease.owner': { equals: owner } }] },
      data: { lease: { owner: null, expiresAt: null } },
      returning: false,
    })
  }
}
