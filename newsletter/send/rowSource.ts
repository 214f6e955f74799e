import type { DeliveryRow } from './ledger'

/**
 * Hands due ledger rows to the sending workers one at a time, reading the next batch only when
 * the last one is used up (so at most one batch is ever held in memory), with one read in
 * flight however many workers ask. A row can be handed out twice when a read overlaps a worker
 * that has not claimed its row yet; the claim is conditional, so the second one is skipped.
 */
export class RowSource {
  private buffer: DeliveryRow[] = []
  private reading: Promise<void> | null = null
  private drained = false

  constructor(private readonly read: () => Promise<DeliveryRow[]>) {}

  async next(): Promise<DeliveryRow | null> {
    for (;;) {
      const row = this.buffer.shift()
      if (row) return row
      if (this.drained) return null
      this.reading ??= this.read().then((rows) => {
        this.reading = null
        if (rows.length === 0) this.drained = true
        else this.buffer.push(...rows)
      })
      await this.reading
    }
  }
}

/** Runs `concurrency` workers to the end. */
export async function drain(concurrency: number, worker: () => Promise<void>): Promise<void> {
  await Promise.all(Array.from({ length: concurrency }, worker))
}
