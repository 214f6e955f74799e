import type { PayloadRequest } from 'payload'
import type { DeliveryStatus } from '../deliveryStatus'

export type Id = string | number

/** One recipient's row as the sender works with it. */
export type DeliveryRow = { id: Id; subscriber: Id | null; email: string; status: DeliveryStatus; attempts: number }

export type Recipient = { subscriber: Id; email: string }

export type StatusCounts = Record<DeliveryStatus, number>

/**
 * Storage of the send ledger and the lease, behind one small interface (listmonk keeps
 * storage and transport apart the same way): a portable implementation on Payload's database
 * API, and a faster one for SQLite. Every state change that matters for "never twice" is
 * conditional: a row is claimed only if it is still pending, a lease taken only if free.
 */
export interface LedgerStore {
  /** Writes issued together commit together, in the order issued (SQLite's statement batcher). */
  readonly groupCommit: boolean
  /** Opens what the store needs for a send before its first write (the SQLite ledger's thread), so that it starts while the issue renders. */
  open?(): void
  /** Releases what the store opened for a send (a connection); reads work again afterwards. */
  close?(): void
  /** Adds a pending row per recipient; a recipient already in the ledger is left as it is. */
  insertPending(newsletter: Id, recipients: Recipient[]): Promise<void>
  /**
   * Optional: adds a pending row for every subscriber the issue goes to (freeze.ts isRecipient at
   * `frozenAt`) in one statement, a recipient already in the ledger left as it is. Without it,
   * freezeRecipients reads them in pages and calls insertPending.
   */
  insertRecipients?(newsletter: Id, frozenAt: Date): Promise<void>
  /** Pending rows due now (no back-off pending), in id order; only those after `after` when given (keyset pages). */
  nextDue(newsletter: Id, now: Date, limit: number, after?: Id): Promise<DeliveryRow[]>
  /** pending → sending; false when the row was not pending any more (someone else has it). */
  claim(id: Id, now: Date): Promise<boolean>
  markSent(id: Id, result: { messageId: string; response: string; at: Date }): Promise<void>
  markRetry(id: Id, result: { attempts: number; error: string; nextAttemptAt: Date }): Promise<void>
  markFailed(id: Id, result: { attempts: number; error: string }): Promise<void>
  /** sending → unknown: rows a crashed sender left in flight. Returns how many. */
  markInFlightUnknown(newsletter: Id): Promise<number>
  counts(newsletter: Id): Promise<StatusCounts>
  /** When the next pending row becomes due, or null when none is pending. */
  nextRetryAt(newsletter: Id): Promise<Date | null>
  list(newsletter: Id, status: DeliveryStatus, limit: number): Promise<(DeliveryRow & { claimedAt: string | null; error: string | null })[]>
  /** unknown → pending (resend) or dropped, for the given rows of this issue. Returns how many. */
  resolveUnknown(newsletter: Id, ids: Id[], to: 'pending' | 'dropped'): Promise<number>
  /** A subscriber who unsubscribes mid-send is not sent the rest: pending → dropped. */
  dropPendingFor(subscriber: Id, req?: Partial<PayloadRequest>): Promise<number>
  /** Takes (or renews) the issue's lease for `owner` if free, expired or already `owner`'s. */
  acquireLease(newsletter: Id, owner: string, now: Date, leaseMs: number): Promise<boolean>
  releaseLease(newsletter: Id, owner: string): Promise<void>
}
