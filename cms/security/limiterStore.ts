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

let current: LimiterStore = memoryStore

/** Counters made after this call use `store` (call before the server starts). */
export function useLimiterStore(store: LimiterStore): void {
  current = store
}

export const counter = (options: CounterOptions): RateLimiterAbstract => current(options)
