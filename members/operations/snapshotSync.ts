/**
 * The pure part of the live-program snapshot (liveProgramSnapshot.ts): how its entries are
 * compared with what the database holds, and the order they are handed on in. Plain functions
 * over plain data, whatever the adapter (SQLite's numeric ids and text timestamps, MongoDB's
 * ObjectId strings and dates).
 */

type Id = string | number

/** One stored document as the snapshot knows it: its id and the `updatedAt` it was read with. */
export type SnapshotEntry = { id: Id; updatedAt: string | null | undefined }

/** An `updatedAt` as one comparable string (an ISO instant), whatever form the adapter gave it in. */
export function timeKey(value: string | Date | null | undefined): string {
  if (value == null || value === '') return ''
  // Already an ISO instant (SQLite's stored text, what Payload returns): as it is.
  if (typeof value === 'string' && value.length === 24 && value[10] === 'T' && value[23] === 'Z') return value
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString()
}

export type SyncPlan = {
  /** Entries whose `updatedAt` no document in the set has any more: changed, deleted or gone out of the set. */
  stale: Id[]
  /**
   * The earliest `updatedAt` found in the database that no entry has: documents saved since the
   * snapshot was read. Re-reading every document of the set saved at or after it brings them in
   * (a range, not a list of instants, so that MongoDB compares dates as dates).
   */
  readSince: string | null
}

/**
 * Compares the snapshot's entries with the distinct `updatedAt` values of the same set in the
 * database. A save always moves a document's `updatedAt` to the moment of the save, so a changed
 * or new document shows as a value the snapshot lacks, and a changed, deleted or departed one
 * as a value the database lacks. Whatever a coincidence of two saves in the same millisecond
 * could hide, the count check that follows (liveProgramSnapshot.ts) catches when it changes the
 * number of documents.
 */
export function planSync(entries: Iterable<SnapshotEntry>, databaseTimes: Iterable<string | Date | null | undefined>): SyncPlan {
  const inDatabase = new Set<string>()
  for (const value of databaseTimes) inDatabase.add(timeKey(value))
  const known = new Set<string>()
  const stale: Id[] = []
  for (const entry of entries) {
    const key = timeKey(entry.updatedAt)
    known.add(key)
    if (!inDatabase.has(key)) stale.push(entry.id)
  }
  let readSince: string | null = null
  for (const key of inDatabase) {
    if (known.has(key)) continue
    // A document without a timestamp cannot be found by a range: an empty key makes the caller
    // read the whole set again.
    if (key === '') return { stale, readSince: '' }
    if (readSince === null || key < readSince) readSince = key
  }
  return { stale, readSince }
}

/** Ids in the adapter's own order: numbers by value, strings (ObjectIds) by their text. */
export function compareIds(a: Id, b: Id): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  const x = String(a)
  const y = String(b)
  return x < y ? -1 : x > y ? 1 : 0
}

/**
 * Newest registration first (`createdAt` descending, Payload's default order for a list), then the
 * id ascending: one fixed order even among programs registered at the same instant, which the
 * ranking keeps for programs it ranks equal.
 */
export function newestFirst(a: { id: Id; createdAt: string }, b: { id: Id; createdAt: string }): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1
  return compareIds(a.id, b.id)
}

/** The same order in Payload's sort syntax, for reading the set straight from the database. */
export const NEWEST_FIRST_SORT = ['-createdAt', 'id']
