/**
 * Signed, expiring tokens for links in e-mails (subscription confirmation, one-click
 * unsubscribe, preferences, turning program alerts off): `<payload>.<signature>`, both base64url, the signature an
 * HMAC-SHA256 over the payload with a key derived from the instance secret. A token names its
 * purpose, so an unsubscribe link can never confirm a subscription, and carries its expiry.
 * Plain functions: the endpoints, the renderer and the tests share them.
 */
import crypto from 'node:crypto'

export const TOKEN_PURPOSES = ['confirm', 'unsubscribe', 'preferences', 'alerts'] as const
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number]

export type TokenClaims = { purpose: TokenPurpose; subject: string; expiresAt: Date }
export type TokenCheck = { ok: true; subject: string; expiresAt: Date } | { ok: false; reason: 'malformed' | 'signature' | 'purpose' | 'expired' }

/**
 * A key for tokens alone, so the Payload secret itself never signs anything a reader holds.
 * Derived once per secret: a send signs two links for every recipient.
 */
const keys = new Map<string, Buffer>()
function tokenKey(secret: string): Buffer {
  let key = keys.get(secret)
  if (!key) keys.set(secret, (key = crypto.createHmac('sha256', secret).update('winwinnuri/e-mail-link-tokens/v1').digest()))
  return key
}

const sign = (payload: string, secret: string): string => crypto.createHmac('sha256', tokenKey(secret)).update(payload).digest('base64url')

export function createToken({ purpose, subject, expiresAt }: TokenClaims, secret: string): string {
  if (!secret) throw new Error('A token needs the instance secret.')
  const payload = Buffer.from(JSON.stringify({ p: purpose, s: subject, e: Math.floor(expiresAt.getTime() / 1000) })).toString('base64url')
  return `${payload}.${sign(payload, secret)}`
}

export function verifyToken(token: unknown, expected: { purpose: TokenPurpose; now?: Date }, secret: string): TokenCheck {
  if (typeof token !== 'string' || token.length > 1024) return { ok: false, reason: 'malformed' }
  const parts = token.split('.')
  if (parts.length !== 2 || !/^[\w-]+$/.test(parts[0]) || !/^[\w-]+$/.test(parts[1])) return { ok: false, reason: 'malformed' }
  const [payload, signature] = parts
  // Compared as written, not as decoded: base64url's last character carries spare bits, so other
  // spellings of the same signature (…E and …A) would otherwise pass too.
  const given = Buffer.from(signature)
  const wanted = Buffer.from(sign(payload, secret))
  if (given.length !== wanted.length || !crypto.timingSafeEqual(given, wanted)) return { ok: false, reason: 'signature' }
  let claims: { p?: unknown; s?: unknown; e?: unknown }
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  if (typeof claims.s !== 'string' || typeof claims.e !== 'number') return { ok: false, reason: 'malformed' }
  if (claims.p !== expected.purpose) return { ok: false, reason: 'purpose' }
  const expiresAt = new Date(claims.e * 1000)
  if ((expected.now ?? new Date()).getTime() >= expiresAt.getTime()) return { ok: false, reason: 'expired' }
  return { ok: true, subject: claims.s, expiresAt }
}
