import { expect, test } from 'vitest'
import { LIMITS, loginDelaySeconds } from '../../kernel/http/throttle'
import { trustProxySetting } from '../../kernel/http/clientAddress'

test('sign-in waits: none for the first failures, then a minute doubling up to 30 minutes', () => {
  const waits = Array.from({ length: 12 }, (_, i) => loginDelaySeconds(i))
  expect(waits).toEqual([0, 0, 0, 0, 0, 60, 120, 240, 480, 960, 1800, 1800])
  expect(LIMITS.loginFreeFailures).toBe(5)
})

test.each([
  [undefined, false],
  ['', false],
  ['0', false],
  ['1', 1],
  ['2', 2],
  ['loopback', ['loopback']],
  ['10.0.0.5, 192.0.2.0/24', ['10.0.0.5', '192.0.2.0/24']],
] as const)('TRUST_PROXY=%s', (value, expected) => {
  expect(trustProxySetting(value)).toEqual(expected)
})

test('TRUST_PROXY=true is refused: any client could name any address', () => {
  expect(() => trustProxySetting('true')).toThrow(/TRUST_PROXY/)
  expect(() => trustProxySetting('*')).toThrow(/TRUST_PROXY/)
})
