/**
 * What any text a person types may hold (docs/SPEC.md "Text fields: lengths and characters"):
 *
 * - a maximum length per field (TEXT_DEFAULT_MAX by the kind of field, unless the field sets its
 *   own), counted as a person counts (charCount: a Hangul syllable or an emoji is one), with the
 *   stored code units bounded too, so a "character" stacked with thousands of combining marks is
 *   not one character's worth of storage;
 * - never NUL (it silently cut a title short in SQLite: "2027년 널");
 * - in single-line fields (titles, names, e-mail, phone …) no control characters at all and no
 *   bidirectional overrides, embeddings or isolates (U+202A–U+202E, U+2066–U+2069: a title that
 *   reads backwards on the site and in e-mails); line breaks and tabs stay allowed in free text.
 */
import { charCount } from './programRules'

export type TextKind = 'single-line' | 'multi-line'

/** The maximum when a field does not name its own (e-mail: RFC 5321's 254). */
export const TEXT_DEFAULT_MAX: Record<'text' | 'textarea' | 'email', number> = { text: 200, textarea: 2000, email: 254 }

/** UTF-16 code units stored per counted character, at most. */
const UNITS_PER_CHARACTER = 4

// eslint-disable-next-line no-control-regex
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/
// eslint-disable-next-line no-control-regex
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

/** Whether the text holds a character its kind of field refuses. */
export function hasForbiddenCharacters(text: string, kind: TextKind): boolean {
  return (kind === 'single-line' ? SINGLE_LINE_FORBIDDEN : MULTI_LINE_FORBIDDEN).test(text)
}

/** Whether the text is longer than `max` characters (or stores more than four code units per allowed character). */
export function isTooLong(text: string, max: number): boolean {
  return text.length > max * UNITS_PER_CHARACTER || charCount(text) > max
}

/**
 * Where the first string holding NUL sits in a JSON value, as a dotted path ('' for the value
 * itself), or null when there is none. Keys count too.
 */
export function firstNulPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null
  if (!value || typeof value !== 'object') return null
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value)
  for (const [key, item] of entries) {
    const at = path ? `${path}.${key}` : key
    if (key.includes('\u0000')) return at
    const found = firstNulPath(item, at)
    if (found !== null) return found
  }
  return null
}
