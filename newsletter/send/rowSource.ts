import type { DeliveryRow, Id } from './ledger'

/**
 * Hands due ledger rows to the sending workers one at a time. Rows are read in keyset pages
 * (each read starts after the last row already read), so no row is handed out twice in one pass;
 * the next page is read while the workers still have a part of the current one, so they do not
 * all wait on the read; at most two pages are ever held in memory. Rows that become due again
 * during a pass (a retry, a resend) are picked up by the sender's next pass.
 */
export class RowSource {
  private buffer: DeliveryRow[] = []
  private head = 0
  private reading: Promise<void> | null = null
  private drained = false
  private failed: { error: unknown } | null = null
  private after: Id | undefined

  /** `read(after)`: the next due rows after that id (from the first when undefined), in id order. */
  constructor(
    private readonly read: (after: Id | undefined) => Promise<DeliveryRow[]>,
    private readonly readAhead = 0,
  ) {}

  async next(): Promise<DeliveryRow | null> {
    for (;;) {
      if (this.failed) throw this.failed.error
      if (this.head < this.buffer.length) {
        const row = this.buffer[this.head++]
        if (this.head === this.buffer.length) [this.buffer, this.head] = [[], 0]
        if (this.buffer.length - this.head <= this.readAhead) this.readMore()
        return row
      }
      this.readMore()
      if (!this.reading) return null
      await this.reading
    }
  }

  private readMore(): void {
    if (this.reading || this.drained) return
    this.reading = this.read(this.after).then(
      (rows) => {
        this.reading = null
        if (rows.length === 0) this.drained = true
        else {
          this.after = rows[rows.length - 1].id
          this.buffer = this.head === this.buffer.length ? rows : [...this.buffer.slice(this.head), ...rows]
          this.head = 0
        }
      },
      // Kept for the next call: a read ahead may fail while no one is waiting for it.
      (error: unknown) => {
        this.reading = null
        this.failed = { error }
      },
    )
  }
}

/** Runs `concurrency` workers to the end. */
export async function drain(concurrency: number, worker: () => Promise<void>): Promise<void> {
  await Promise.all(Array.from({ length: concurrency }, worker))
}
