/**
 * The ledger on SQLite through the adapter's own Drizzle tables: one INSERT … ON CONFLICT DO
 * NOTHING per batch of recipients, and single-statement conditional UPDATEs for claims, results
 * and the lease. Payload's generic updateOne reads, then writes, and returns the document; this
 * keeps the per-message bookkeeping to one short statement each, which is what lets a send keep
 * pace with a bare SMTP pool (see bench/newsletter.ts). Reads, counts of rare states and
 * resolutions stay on the generic implementation.
 */
import { and, eq, isNull, lt, or, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'
import type { DeliveryStatus } from '../deliveryStatus'
import { PayloadLedger } from './payloadLedger'
import type { Id, Recipient, StatusCounts } from './types'

type Table = Record<string, any>
type Drizzle = { insert(t: Table): any; update(t: Table): any; select(f?: unknown): any }

const iso = (date: Date) => date.toISOString()

export class SqliteLedger extends PayloadLedger {
  private readonly db: Drizzle
  private readonly deliveries: Table
  private readonly newsletters: Table

  constructor(payload: Payload) {
    super(payload)
    const adapter = payload.db as unknown as { drizzle: Drizzle; tables: Record<string, Table> }
    this.db = adapter.drizzle
    this.deliveries = adapter.tables.newsletter_deliveries
    this.newsletters = adapter.tables.newsletters
    if (!this.deliveries || !this.newsletters) throw new Error('SqliteLedger: the newsletter tables are missing; run the migrations.')
  }

  override async insertPending(newsletter: Id, recipients: Recipient[]): Promise<void> {
    if (recipients.length === 0) return
    const now = iso(new Date())
    // SQLite allows 32,766 bound values per statement; 6 per row.
    for (let i = 0; i < recipients.length; i += 1000) {
      const rows = recipients.slice(i, i + 1000).map(({ subscriber, email }) => ({
        newsletter, subscriber, email, status: 'pending', attempts: 0, createdAt: now, updatedAt: now,
      }))
      await this.db.insert(this.deliveries).values(rows).onConflictDoNothing()
    }
  }

  override async claim(id: Id, now: Date): Promise<boolean> {
    const t = this.deliveries
    const claimed = await this.db
      .update(t)
      .set({ status: 'sending', claimedAt: iso(now), updatedAt: iso(now) })
      .where(and(eq(t.id, id), eq(t.status, 'pending')))
      .returning({ id: t.id })
    return claimed.length === 1
  }

  private async set(id: Id, values: Record<string, unknown>): Promise<void> {
    await this.db.update(this.deliveries).set({ ...values, updatedAt: iso(new Date()) }).where(eq(this.deliveries.id, id))
  }

  override markSent(id: Id, { messageId, response, at }: { messageId: string; response: string; at: Date }) {
    return this.set(id, { status: 'sent', messageId, response: response.slice(0, 500), sentAt: iso(at), error: null })
  }

  override markRetry(id: Id, { attempts, error, nextAttemptAt }: { attempts: number; error: string; nextAttemptAt: Date }) {
    return this.set(id, { status: 'pending', attempts, error, nextAttemptAt: iso(nextAttemptAt) })
  }

  override markFailed(id: Id, { attempts, error }: { attempts: number; error: string }) {
    return this.set(id, { status: 'failed', attempts, error })
  }

  override async counts(newsletter: Id): Promise<StatusCounts> {
    const t = this.deliveries
    const rows: { status: DeliveryStatus; n: number }[] = await this.db
      .select({ status: t.status, n: sql<number>`count(*)` })
      .from(t)
      .where(eq(t.newsletter, newsletter))
      .groupBy(t.status)
    const counts = { pending: 0, sending: 0, sent: 0, failed: 0, unknown: 0, dropped: 0 } as StatusCounts
    for (const { status, n } of rows) counts[status] = Number(n)
    return counts
  }

  override async acquireLease(newsletter: Id, owner: string, now: Date, leaseMs: number): Promise<boolean> {
    const t = this.newsletters
    const taken = await this.db
      .update(t)
      .set({ lease_owner: owner, lease_expiresAt: iso(new Date(now.getTime() + leaseMs)) })
      .where(and(eq(t.id, newsletter), or(isNull(t.lease_owner), eq(t.lease_owner, owner), lt(t.lease_expiresAt, iso(now)))))
      .returning({ id: t.id })
    return taken.length === 1
  }

  override async releaseLease(newsletter: Id, owner: string): Promise<void> {
    const t = this.newsletters
    await this.db.update(t).set({ lease_owner: null, lease_expiresAt: null }).where(and(eq(t.id, newsletter), eq(t.lease_owner, owner)))
  }
}
