/**
 * 연락처: a Korean phone number (휴대전화 010-1234-5678, 지역번호 02-123-4567, 070, 080, 1588-1234
 * …), as an applicant types it. The numbering plan is libphonenumber's (Google's metadata, kept
 * up to date by the library), not a hand-written list of prefixes; this rule only adds what we
 * accept around it: digits with the usual separators, at most PHONE_MAX_CHARS characters, a
 * Korean number. Accepted numbers are kept in one shape, the national format with hyphens.
 */
import { parsePhoneNumberWithError } from 'libphonenumber-js/max'

export const PHONE_MAX_CHARS = 20

export type PhoneCheck = { ok: true; value: string } | { ok: false; reason: 'empty' | 'invalid' }

// Digits, spaces, hyphens, dots and parentheses, optionally after a leading + (+82 10-…).
// Anything else — letters, control characters, a second number — is not a phone number.
const PHONE_CHARACTERS = /^\+?[0-9 ().-]+$/

export function checkKoreanPhone(raw: unknown): PhoneCheck {
  if (raw == null) return { ok: false, reason: 'empty' }
  if (typeof raw !== 'string') return { ok: false, reason: 'invalid' }
  const text = raw.trim()
  if (text === '') return { ok: false, reason: 'empty' }
  if (text.length > PHONE_MAX_CHARS || !PHONE_CHARACTERS.test(text)) return { ok: false, reason: 'invalid' }
  try {
    const phone = parsePhoneNumberWithError(text, { defaultCountry: 'KR', extract: false })
    if (phone.country !== 'KR' || !phone.isValid()) return { ok: false, reason: 'invalid' }
    return { ok: true, value: phone.formatNational() }
  } catch {
    return { ok: false, reason: 'invalid' }
  }
}
