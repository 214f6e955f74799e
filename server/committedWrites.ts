/**
 * Every committed write of a Payload instance, by collection (and, replayed, those of the jobs
 * thread's instance: replayCommittedWrite): what the public read cache (publicCache.ts) empties
 * itself on. Payload's hooks miss writes made through `payload.db` and
 * run before a transaction commits, so the database adapter's write methods are wrapped instead.
 */
import type { Payload } from 'payload'

/** Told which collection was written, and whether the write was a deletion. */
type Listener = (slug: string, deleted: boolean) => void
type WriteArgs = { collection?: unknown; collectionSlug?: unknown; req?: { transactionID?: unknown } }
type Subscription = { slugs: Set<string>; deletesOnly: Set<string>; listener: Listener }
type Watch = { subscriptions: Set<Subscription> }
const WATCHES = new WeakMap<object, Watch>()
const WRITE_METHODS = ['create', 'createMany', 'updateOne', 'updateMany', 'deleteOne', 'deleteMany', 'upsert', 'createVersion', 'updateVersion', 'deleteVersions'] as const
const DELETES = new Set<string>(['deleteOne', 'deleteMany'])

/**
 * Calls `listener` after every committed write, by anything in this process, to one of `slugs`,
 * and after every committed deletion from one of `deletesOnly` (a deletion can clear the links
 * other rows hold to it). The database adapter's write methods are wrapped once per Payload
 * instance: a write inside a transaction counts when that transaction commits, one outside it at
 * once; a rolled-back one never.
 */
export function onCommittedWrite(payload: Payload, slugs: Iterable<string>, listener: Listener, options: { deletesOnly?: Iterable<string> } = {}): () => void {
  const db = payload.db as unknown as Record<string, unknown> & { sessions?: Record<string, unknown> }
  let watch = WATCHES.get(db)
  if (!watch) {
    const current: Watch = (watch = { subscriptions: new Set() })
    WATCHES.set(db, current)
    /** The listeners each open transaction will call when it commits. */
    const pending = new Map<string, Set<() => void>>()
    for (const method of WRITE_METHODS) {
      const original = db[method]
      if (typeof original !== 'function') continue
      db[method] = async function (this: unknown, args: WriteArgs | undefined, ...rest: unknown[]) {
        const result = await original.call(this, args, ...rest)
        // createVersion names its collection `collectionSlug`, every other write `collection`.
        const slug = args?.collection ?? args?.collectionSlug
        if (typeof slug !== 'string') return result
        const deleted = DELETES.has(method)
        const listeners = listenersOf(current, slug, deleted).map((listener) => () => listener(slug, deleted))
        if (!listeners.length) return result
        const transaction = await args?.req?.transactionID
        // Inside a transaction still open: others see the write once it commits.
        if ((typeof transaction === 'string' || typeof transaction === 'number') && db.sessions?.[String(transaction)]) {
          const waiting = pending.get(String(transaction)) ?? new Set()
          listeners.forEach((l) => waiting.add(l))
          pending.set(String(transaction), waiting)
        } else listeners.forEach((l) => l())
        return result
      }
    }
    for (const method of ['commitTransaction', 'rollbackTransaction'] as const) {
      const original = db[method]
      if (typeof original !== 'function') continue
      db[method] = async function (this: unknown, id: unknown, ...rest: unknown[]) {
        try {
          return await original.call(this, id, ...rest)
        } finally {
          const key = String(await id)
          const waiting = pending.get(key)
          pending.delete(key)
          if (waiting && method === 'commitTransaction') waiting.forEach((l) => l())
        }
      }
    }
  }
  const subscription: Subscription = { slugs: new Set(slugs), deletesOnly: new Set(options.deletesOnly ?? []), listener }
  watch.subscriptions.add(subscription)
  return () => watch!.subscriptions.delete(subscription)
}

function listenersOf(watch: Watch, slug: string, deleted: boolean): Listener[] {
  return [...watch.subscriptions].filter((sub) => sub.slugs.has(slug) || (deleted && sub.deletesOnly.has(slug))).map((sub) => sub.listener)
}

/**
 * A write another Payload instance of this process committed (the jobs thread's, reported to the
 * web thread: server/jobsHost.ts): this instance's listeners hear it as if it were their own.
 */
export function replayCommittedWrite(payload: Payload, slug: string, deleted: boolean): void {
  const watch = WATCHES.get(payload.db as unknown as object)
  if (watch) listenersOf(watch, slug, deleted).forEach((listener) => listener(slug, deleted))
}
