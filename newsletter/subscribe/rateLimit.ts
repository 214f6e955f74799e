/**
 * A sliding-window limit per key (the client IP), kept in this process's memory: sign-ups send
 * e-mail to addresses a visitor types, so one client may not make us mail many strangers. A
 * restart forgets the counts, which is acceptable for this purpose; several server processes
 * would each count on their own.
 */
export type RateLimiter = {
  /** Records one attempt for `key` and says whether it is within the limit. */
  hit(key: string, now?: number): boolean
  /** How many attempts `key` has in the current window (for tests and logs). */
  count(key: string, now?: number): number
}

/** The identifying part of a key: client IPs are short; a longer header value is cut, not trusted. */
const MAX_KEY_LENGTH = 64
/** Above this many tracked keys, every key's old attempts are swept out before adding one. */
const SWEEP_AT = 10_000

export function slidingWindowLimiter({ limit, windowMs }: { limit: number; windowMs: number }): RateLimiter {
  const attempts = new Map<string, number[]>()

  const recent = (key: string, now: number): number[] => {
    const kept = (attempts.get(key) ?? []).filter((at) => now - at < windowMs)
    if (kept.length) attempts.set(key, kept)
    else attempts.delete(key)
    return kept
  }

  const sweep = (now: number) => {
    for (const key of [...attempts.keys()]) recent(key, now)
  }

  return {
    hit(rawKey, now = Date.now()) {
      const key = rawKey.slice(0, MAX_KEY_LENGTH)
      if (attempts.size >= SWEEP_AT) sweep(now)
      const kept = recent(key, now)
      // A refused attempt is not recorded: a client that keeps trying is let in again as soon
      // as its oldest counted attempt leaves the window, not kept out for ever.
      if (kept.length >= limit) return false
      attempts.set(key, [...kept, now])
      return true
    },
    count(rawKey, now = Date.now()) {
      return recent(rawKey.slice(0, MAX_KEY_LENGTH), now).length
    },
  }
}
