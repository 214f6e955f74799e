import { describe, expect, test } from 'vitest'
import { createToken, verifyToken } from '../../kernel/rules/tokens'

const SECRET = 'unit-test-secret'
const now = new Date('2026-11-28T12:00:00+09:00')
const later = (days: number) => new Date(now.getTime() + days * 86_400_000)
const confirm = (subject = 'sub-42', expiresAt = later(7)) => createToken({ purpose: 'confirm', subject, expiresAt }, SECRET)

describe('e-mail link tokens', () => {
  test('a token verifies for its purpose before it expires and names its subject', () => {
    expect(verifyToken(confirm(), { purpose: 'confirm', now }, SECRET)).toEqual({ ok: true, subject: 'sub-42', expiresAt: new Date(Math.floor(later(7).getTime() / 1000) * 1000) })
  })
  test('string and numeric-looking ids alike (MongoDB ObjectIds, SQLite numbers)', () => {
    for (const subject of ['652f1c2e9b1e8a0012345678', '7']) {
      expect(verifyToken(confirm(subject), { purpose: 'confirm', now }, SECRET)).toMatchObject({ ok: true, subject })
    }
  })
  test('expires at its expiry instant, not a second later', () => {
    const token = confirm('s', later(1))
    expect(verifyToken(token, { purpose: 'confirm', now: new Date(later(1).getTime() - 1000) }, SECRET).ok).toBe(true)
    expect(verifyToken(token, { purpose: 'confirm', now: later(1) }, SECRET)).toEqual({ ok: false, reason: 'expired' })
  })
  test('an unsubscribe token cannot confirm, and the other way round', () => {
    const unsubscribe = createToken({ purpose: 'unsubscribe', subject: 's', expiresAt: later(365) }, SECRET)
    expect(verifyToken(unsubscribe, { purpose: 'confirm', now }, SECRET)).toEqual({ ok: false, reason: 'purpose' })
    expect(verifyToken(confirm(), { purpose: 'unsubscribe', now }, SECRET)).toEqual({ ok: false, reason: 'purpose' })
  })
  test('another secret, an edited payload or an edited signature is refused', () => {
    const token = confirm()
    expect(verifyToken(token, { purpose: 'confirm', now }, 'another-secret')).toEqual({ ok: false, reason: 'signature' })
    const [payload, signature] = token.split('.')
    const forged = Buffer.from(JSON.stringify({ p: 'confirm', s: 'sub-43', e: 9_999_999_999 })).toString('base64url')
    expect(verifyToken(`${forged}.${signature}`, { purpose: 'confirm', now }, SECRET)).toEqual({ ok: false, reason: 'signature' })
    const flipped = signature.slice(0, -1) + (signature.endsWith('A') ? 'B' : 'A')
    expect(verifyToken(`${payload}.${flipped}`, { purpose: 'confirm', now }, SECRET)).toEqual({ ok: false, reason: 'signature' })
  })
  test.each([undefined, 42, '', 'abc', 'a.b.c', 'a b.c', '한글.토큰', 'x'.repeat(2000)])('malformed input %j is refused without throwing', (input) => {
    expect(verifyToken(input, { purpose: 'confirm', now }, SECRET).ok).toBe(false)
  })
  test('creating a token without a secret is refused', () => {
    expect(() => createToken({ purpose: 'confirm', subject: 's', expiresAt: later(1) }, '')).toThrow(/secret/)
  })
})

test('a signature is accepted only as written: another spelling of the same bytes (a spare bit of the last base64url character) is refused', () => {
  const token = createToken({ purpose: 'confirm', subject: '42', expiresAt: new Date(Date.now() + 60_000) }, 'secret-for-this-test')
  const last = token.at(-1)!
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  // The same top two bits, another bottom four: decodes to the same 32 bytes.
  const twin = alphabet[(alphabet.indexOf(last) & 0b110000) | ((alphabet.indexOf(last) + 1) & 0b001111)]
  expect(Buffer.from(`${token.slice(0, -1)}${twin}`.split('.')[1], 'base64url')).toEqual(Buffer.from(token.split('.')[1], 'base64url'))
  expect(verifyToken(token, { purpose: 'confirm' }, 'secret-for-this-test')).toMatchObject({ ok: true })
  expect(verifyToken(`${token.slice(0, -1)}${twin}`, { purpose: 'confirm' }, 'secret-for-this-test')).toMatchObject({ ok: false, reason: 'signature' })
})
