/**
 * Links people type (관련사이트, 협력사 등록 사이트, 홍보 실적 관련 주소, 기업 홈페이지): one rule for
 * every stored URL, checked when it is saved, and the same check again wherever a stored value
 * becomes a link (the site, the member pages, e-mails), so that a value that got in some other
 * way (an old record, an import) can never become a live `javascript:` link.
 */

/** Long enough for any real page address, short enough for a column and a link. */
export const MAX_WEB_ADDRESS_LENGTH = 2000

export type WebAddressProblem = 'scheme' | 'credentials' | 'length' | 'format'
export type WebAddressCheck = { ok: true; value: string } | { ok: false; reason: WebAddressProblem }

/** Whitespace, control characters and bidi controls never belong in an address. */
const FORBIDDEN = /[\s\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/

/**
 * An absolute http(s) address with a host name and no user name or password in it (which would
 * show one site's name and open another: https://bank.example@evil.example/).
 */
export function checkWebAddress(input: string): WebAddressCheck {
  const value = input.trim()
  if (value.length > MAX_WEB_ADDRESS_LENGTH) return { ok: false, reason: 'length' }
  if (!/^https?:\/\//i.test(value)) return { ok: false, reason: /^[a-z][a-z0-9+.-]*:/i.test(value) ? 'scheme' : 'format' }
  if (FORBIDDEN.test(value)) return { ok: false, reason: 'format' }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return { ok: false, reason: 'format' }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'scheme' }
  // An empty user and password (https://:@host/) still hides the host behind an @.
  if (url.username || url.password || /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(value)) return { ok: false, reason: 'credentials' }
  if (!url.hostname || !(url.hostname.includes('.') || url.hostname === 'localhost' || url.hostname.startsWith('['))) return { ok: false, reason: 'format' }
  // As typed (trimmed): what people see; templates and e-mails escape it as any text.
  return { ok: true, value }
}

/** The address as a link, or null: what every template and e-mail prints as href. */
export function safeWebAddress(input: string | null | undefined): string | null {
  if (!input || !input.trim()) return null
  const check = checkWebAddress(input)
  return check.ok ? check.value : null
}

/** A contact e-mail address as the guide allows it for 홈페이지: nothing a mail client would read as more. */
const CONTACT_EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/

export type Homepage = { kind: 'url'; href: string } | { kind: 'email'; address: string; href: string }

/**
 * 홈페이지 as the guide has it: a web address, or the contact e-mail when there is no homepage
 * (shown as a `mailto:` link). Null for anything else.
 */
export function homepageOf(input: string | null | undefined): Homepage | null {
  const value = input?.trim() ?? ''
  if (!value) return null
  if (CONTACT_EMAIL.test(value) && value.length <= 254) return { kind: 'email', address: value, href: `mailto:${value}` }
  const web = safeWebAddress(value)
  return web ? { kind: 'url', href: web } : null
}
