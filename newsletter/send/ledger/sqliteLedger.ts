/**
 * The ledger on SQLite, in plain SQL: the recipients frozen in one INSERT … SELECT, one short
 * conditional UPDATE for each claim and each result, and the sender's reads of due rows, all on
 * the ledger's own connection in a worker thread with group commit (statementBatcher.ts), so that
 * none of it runs on the thread that drives the SMTP connections. (Through Drizzle's query
 * builder a statement took 0.8–2 ms, as plain SQL 0.14–0.26 ms, twice per message.) Reads for the
 * admin, counts of rare states and resolutions stay on the portable implementation.
 *
 * The table and column names are those of the migrations that created them
 * (cms/migrations/*_initial.ts for subscribers, *_newsletter_sending.ts for the ledger); a schema
 * change there must be mirrored here.
 */
import type { Payload } from 'payload'
import type { DeliveryStatus } from '../deliveryStatus'
import { PayloadLedger } from './payloadLedger'
import { StatementBatcher, type Statement } from './statementBatcher'
import type { DeliveryRow, Id, StatusCounts } from './types'

type Row = Record<string, unknown>
type Client = { execute(statement: Statement): Promise<{ rows: Row[]; rowsAffected: number }> }

const iso = (date: Date) => date.toISOString()

export class SqliteLedger extends PayloadLedger {
  override readonly groupCommit = true
  private readonly client: Client
  private readonly file: string
  /** Opened for a send (open, or its first write or read of due rows): a ledger that only serves the admin (progress, hooks) opens nothing. */
  private batcher: StatementBatcher | null = null

  constructor(payload: Payload) {
    super(payload)
    const adapter = payload.db as unknown as { client: Client; clientConfig?: { url?: string } }
    this.client = adapter.client
    const url = adapter.clientConfig?.url ?? ''
    if (!this.client?.execute || !url.startsWith('file:')) throw new Error('SqliteLedger needs the SQLite adapter on a file')
    this.file = url.slice('file:'.length)
  }

  /** Starts the ledger's thread (runSend calls it before rendering, so both happen at once). */
  open(): void {
    this.thread()
  }

  /** Closes the ledger's thread and its connection (after what it was given); the sender calls it when the send ends. */
  close(): void {
    void this.batcher?.close()
    this.batcher = null
  }

  private run(sql: string, args: unknown[]) {
    return this.client.execute({ sql, args })
  }

  /** The ledger's thread (statementBatcher.ts), opened on first use. */
  private thread(): StatementBatcher {
    return (this.batcher ??= new StatementBatcher(this.file))
  }

  /** The per-message writes: committed in shared transactions on the ledger's thread. */
  private write(sql: string, args: unknown[]) {
    return this.thread().run({ sql, args })
  }

  /**
   * freeze.ts isRecipient as SQL, straight from the subscribers table (columns of
   * cms/migrations/*_initial.ts), in subscriber order as the paged freeze would insert them.
   */
  async insertRecipients(newsletter: Id, frozenAt: Date): Promise<void> {
    const now = iso(new Date())
    await this.write(
      `INSERT INTO newsletter_deliveries (newsletter_id, subscriber_id, email, status, attempts, created_at, updated_at)
       SELECT ?, id, email, 'pending', 0, ?, ? FROM subscribers
       WHERE status = 'confirmed' AND (confirmed_at IS NULL OR confirmed_at <= ?)
       ORDER BY id
       ON CONFLICT DO NOTHING`,
      [newsletter, now, now, iso(frozenAt)],
    )
  }

  /** On the ledger's thread too: the sender's reads come between its writes, off the SMTP thread. */
  override async nextDue(newsletter: Id, now: Date, limit: number, after?: Id): Promise<DeliveryRow[]> {
    const rows = await this.thread().all({
      sql: `SELECT id, subscriber_id, email, status, attempts FROM newsletter_deliveries
            WHERE newsletter_id = ? AND status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) AND id > ?
            ORDER BY id LIMIT ?`,
      args: [newsletter, iso(now), after ?? 0, limit],
    })
    return rows.map((row) => ({
      id: row.id as Id,
      subscriber: (row.subscriber_id as Id | null) ?? null,
      email: String(row.email),
      status: row.status as DeliveryStatus,
      attempts: Number(row.attempts ?? 0),
    }))
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

  /** On the ledger's thread while a send has it open (the sender's progress, once a second), else on Payload's connection. */
  override async counts(newsletter: Id): Promise<StatusCounts> {
    const statement = { sql: 'SELECT status, count(*) AS n FROM newsletter_deliveries WHERE newsletter_id = ? GROUP BY status', args: [newsletter] }
    const rows = this.batcher ? await this.batcher.all(statement) : (await this.client.execute(statement)).rows
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
