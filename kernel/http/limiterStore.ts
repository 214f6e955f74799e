/**
 * Where the limits' counters live: one small interface, this process's memory by default
 * (rate-limiter-flexible's RateLimiterMemory). Several server processes behind one address
 * would each count alone; they can share a store by replacing the factory with another of the
 * library's limiters (RateLimiterMongo on the production database, RateLimiterRedis…), which
 * all answer the same calls.
 */
import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible'

export type CounterOptions = {
  /** the counter's name, prefixed to every key */
  keyPrefix: string
  /** how many points a key may spend in `duration` */
  points: number
  /** the window, in seconds */
  duration: number
}

export type LimiterStore = (options: CounterOptions) => RateLimiterAbstract

export const memoryStore: LimiterStore = (options) => new RateLimiterMemory(options)

/**
 * One set of counters per process. Next bundles each route (REST, GraphQL, the admin) with its own
 * copy of this module, so module variables would give each way in its own counts — a sign-in
 * refused on REST would still be tried on GraphQL. The counters live on globalThis instead, under
 * one registered symbol, shared by every copy.
 */
type Shared = { store: LimiterStore; counters: Map<string, RateLimiterAbstract> }
const SHARED = Symbol.for('winwinnuri.limiterStore')
const shared = (): Shared => ((globalThis as Record<symbol, Shared | undefined>)[SHARED] ??= { store: memoryStore, counters: new Map() })

/** Counters made after this call use `store` (call before the server starts). */
export function useLimiterStore(store: LimiterStore): void {
  shared().store = store
  shared().counters.clear()
}

/** The process's counter named `options.keyPrefix`, made on first use with the store in use then. */
export function counter(options: CounterOptions): RateLimiterAbstract {
  const { store, counters } = shared()
  let made = counters.get(options.keyPrefix)
  if (!made) {
    made = store(options)
    counters.set(options.keyPrefix, made)
  }
  return made
}
