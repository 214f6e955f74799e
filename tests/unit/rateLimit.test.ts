import { describe, expect, test } from 'vitest'
import { slidingWindowLimiter } from '../../newsletter/subscribe/rateLimit'

const WINDOW = 10 * 60_000
const t0 = 1_800_000_000_000

describe('sliding-window rate limit', () => {
  test('5 attempts pass, the 6th in the window is refused', () => {
    const limiter = slidingWindowLimiter({ limit: 5, windowMs: WINDOW })
    const results = Array.from({ length: 6 }, (_, i) => limiter.hit('203.0.113.7', t0 + i * 1000))
    expect(results).toEqual([true, true, true, true, true, false])
  })

  test('each key counts on its own', () => {
    const limiter = slidingWindowLimiter({ limit: 2, windowMs: WINDOW })
    expect([limiter.hit('a', t0), limiter.hit('a', t0), limiter.hit('a', t0)]).toEqual([true, true, false])
    expect(limiter.hit('b', t0)).toBe(true)
  })

  test('the window slides: an attempt leaves it exactly windowMs after it was made', () => {
    const limiter = slidingWindowLimiter({ limit: 2, windowMs: WINDOW })
    limiter.hit('k', t0)
    limiter.hit('k', t0 + 5 * 60_000)
    expect(limiter.hit('k', t0 + WINDOW - 1)).toBe(false)
    // The first attempt has left; the one at +5 min still counts.
    expect(limiter.hit('k', t0 + WINDOW)).toBe(true)
    expect(limiter.count('k', t0 + WINDOW)).toBe(2)
    expect(limiter.hit('k', t0 + WINDOW + 1)).toBe(false)
  })

  test('refused attempts are not counted, so waiting is enough', () => {
    const limiter = slidingWindowLimiter({ limit: 1, windowMs: WINDOW })
    limiter.hit('k', t0)
    for (let i = 1; i < 100; i++) expect(limiter.hit('k', t0 + i * 1000)).toBe(false)
    expect(limiter.hit('k', t0 + WINDOW)).toBe(true)
  })

  test('an over-long key counts with its first 64 characters', () => {
    const limiter = slidingWindowLimiter({ limit: 1, windowMs: WINDOW })
    const prefix = 'x'.repeat(64)
    expect(limiter.hit(`${prefix}-one`, t0)).toBe(true)
    expect(limiter.hit(`${prefix}-two`, t0)).toBe(false)
  })
})
