/**
 * The ledger on SQLite, in plain SQL on the adapter's own connection: multi-row INSERT … ON
 * CONFLICT DO NOTHING for the frozen recipients, and one short conditional UPDATE for each claim
 * and result, group-committed with the other messages in flight (statementBatcher.ts). Measured here per statement: 0.8–2 ms through Drizzle's query builder, 0.14–0.26 ms
 * as plain SQL, and these run twice per message, on the thread that also drives the SMTP
 * connections. Reads, counts of rare states and resolutions stay on the portable implementation.
 *
 * The table and column names are those of the migration that created them
 * (cms/migrations/*_newsletter_sending.ts); a schema change there must be mirrored here.
 */
import type { Payload } from 'payload'
import type { DeliveryStatus } from '../deliveryStatus'
import { PayloadLedger } from './payloadLedger'
import { StatementBatcher, type Statement } from './statementBatcher'
import type { Id, Recipient, StatusCounts } from './types'

type Row = Record<string, unknown>
type Client = { execute(statement: Statement): Promise<{ rows: Row[]; rowsAffected: number }> }

const iso = (date: Date) => date.toISOString()
/** 7 values per row; SQLite allows 32,766 per statement. */
const INSERT_CHUNK = 500

export class SqliteLedger extends PayloadLedger {
  override readonly groupCommit = true
  private readonly client: Client
  private readonly file: string
  /** Opened on the first write, so a ledger that only reads (progress, hooks) opens nothing. */
  private batcher: StatementBatcher | null = null

  constructor(payload: Payload) {
    super(payload)
    const adapter = payload.db as unknown as { client: Client; clientConfig?: { url?: string } }
    this.client = adapter.client
    const url = adapter.clientConfig?.url ?? ''
    if (!this.client?.execute || !url.startsWith('file:')) throw new Error('SqliteLedger needs the SQLite adapter on a file')
    this.file = url.slice('file:'.length)
  }

  /** Closes the batcher's connection; the sender calls it when the send ends. */
  close(): void {
    this.batcher?.close()
    this.batcher = null
  }

  private run(sql: string, args: unknown[]) {
    return this.client.execute({ sql, args })
  }

  /** The per-message writes: committed in shared transactions (see statementBatcher.ts). */
  private write(sql: string, args: unknown[]) {
    this.batcher ??= new StatementBatcher(this.file)
    return this.batcher.run({ sql, args })
  }

  override async insertPending(newsletter: Id, recipients: Recipient[]): Promise<void> {
    const now = iso(new Date())
    for (let i = 0; i < recipients.length; i += INSERT_CHUNK) {
      const chunk = recipients.slice(i, i + INSERT_CHUNK)
      await this.run(
        `INSERT INTO newsletter_deliveries (newsletter_id, subscriber_id, email, status, attempts, created_at, updated_at)
         VALUES ${chunk.map(() => "(?, ?, ?, 'pending', 0, ?, ?)").join(', ')}
         ON CONFLICT DO NOTHING`,
        chunk.flatMap(({ subscriber, email }) => [newsletter, subscriber, email, now, now]),
      )
    }
  }

  override async claim(id: Id, now: Date): Promise<boolean> {
    const result = await this.write(
      // updated_at waits for the result: one index fewer to touch on the hot path.
      "UPDATE newsletter_deliveries SET status = 'sending', claimed_at = ? WHERE id = ? AND status = 'pending'",
      [iso(now), id],
    )
    return result.rowsAffected === 1
  }

  override async markSent(id: Id, { messageId, response, at }: { messageId: string; response: string; at: Date }): Promise<void> {
    await this.write(
      "UPDATE newsletter_deliveries SET status = 'sent', message_id = ?, response = ?, sent_at = ?, error = NULL, updated_at = ? WHERE id = ?",
      [messageId, response.slice(0, 500), iso(at), iso(new Date()), id],
    )
  }

  override async markRetry(id: Id, { attempts, error, nextAttemptAt }: { attempts: number; error: string; nextAttemptAt: Date }): Promise<void> {
    await this.write(
      "UPDATE newsletter_deliveries SET status = 'pending', attempts = ?, error = ?, next_attempt_at = ?, updated_at = ? WHERE id = ?",
      [attempts, error, iso(nextAttemptAt), iso(new Date()), id],
    )
  }

  override async markFailed(id: Id, { attempts, error }: { attempts: number; error: string }): Promise<void> {
    await this.write("UPDATE newsletter_deliveries SET status = 'failed', attempts = ?, error = ?, updated_at = ? WHERE id = ?", [attempts, error, iso(new Date()), id])
  }

  override async counts(newsletter: Id): Promise<StatusCounts> {
    const { rows } = await this.run('SELECT status, count(*) AS n FROM newsletter_deliveries WHERE newsletter_id = ? GROUP BY status', [newsletter])
    const counts = { pending: 0, sending: 0, sent: 0, failed: 0, unknown: 0, dropped: 0 } as StatusCounts
    for (const row of rows) counts[row.status as DeliveryStatus] = Number(row.n)
    return counts
  }

  override async acquireLease(newsletter: Id, owner: string, now: Date, leaseMs: number): Promise<boolean> {
    const result = await this.run(
      `UPDATE newsletters SET lease_owner = ?, lease_expires_at = ?
       WHERE id = ? AND (lease_owner IS NULL OR lease_owner = ? OR lease_expires_at < ?)`,
      [owner, iso(new Date(now.getTime() + leaseMs)), newsletter, owner, iso(now)],
    )
    return result.rowsAffected === 1
  }

  override async releaseLease(newsletter: Id, owner: string): Promise<void> {
    await this.run('UPDATE newsletters SET lease_owner = NULL, lease_expires_at = NULL WHERE id = ? AND lease_owner = ?', [newsletter, owner])
  }
}
