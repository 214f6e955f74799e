/**
 * What a visitor may send to the sign-up and preferences forms, checked once for both. Every
 * value ends up in e-mail headers (To, the greeting) or in the database, so control characters
 * (CR/LF header injection, NUL, bidi tricks aside) are refused anywhere, not stripped: a
 * request that carries them is not a real person's typing.
 */
import { REGIONS, SUPPORT_FIELDS } from '../../kernel/rules/valueLists'
import type { Subscriber } from '../../kernel/payload-types'

export type SupportField = NonNullable<NonNullable<Subscriber['interests']>['supportFields']>[number]
export type Region = NonNullable<NonNullable<Subscriber['interests']>['regions']>[number]
export type Interests = { supportFields: SupportField[]; regions: Region[] }

/** One form's fields as read from JSON or a form post: every name maps to its values. */
export type Fields = Record<string, string[]>

export type SubscriberInput = {
  email: string
  /** undefined: not given (keep what is stored); null: given empty (clear it). */
  name: string | null | undefined
  /** undefined when the request named no interest at all. */
  interests: Interests | undefined
  /** The weekly new-program alert (programAlerts.enabled); undefined when not named. */
  programAlerts?: boolean
}

export type InputProblem = 'emailInvalid' | 'nameInvalid' | 'interestsInvalid' | 'inputInvalid'
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: InputProblem }

export const EMAIL_MAX = 254
const LOCAL_PART_MAX = 64
export const NAME_MAX = 50
/** Far more values than the lists hold: a bigger request is not a form. */
const MAX_VALUES = 64

// C0 and C1 controls and DEL; line and paragraph separators, which some mail software treats as
// line breaks too.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/** The same address syntax Payload's email field accepts, so a value we take is never refused on save. */
const EMAIL_SYNTAX = /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i

export const hasControlCharacters = (text: string): boolean => CONTROL.test(text)

/** Trimmed, domain lower-cased (the local part is the mailbox owner's business), or null. */
export function normalizeEmail(raw: unknown): string | null {
  if (typeof raw !== 'string' || hasControlCharacters(raw)) return null
  const email = raw.trim()
  if (!email || email.length > EMAIL_MAX || /\s/.test(email)) return null
  const at = email.indexOf('@')
  if (at < 1 || at !== email.lastIndexOf('@') || at > LOCAL_PART_MAX) return null
  const normalized = `${email.slice(0, at)}@${email.slice(at + 1).toLowerCase()}`
  return EMAIL_SYNTAX.test(normalized) ? normalized : null
}

/** A display name: trimmed, at most NAME_MAX characters (as a reader counts them), no controls. */
export function normalizeName(raw: unknown): Checked<string | null | undefined> {
  if (raw === undefined) return { ok: true, value: undefined }
  if (typeof raw !== 'string' || hasControlCharacters(raw)) return { ok: false, problem: 'nameInvalid' }
  const name = raw.trim().normalize('NFC')
  if ([...name].length > NAME_MAX) return { ok: false, problem: 'nameInvalid' }
  return { ok: true, value: name || null }
}

const SUPPORT_FIELD_VALUES = new Set<string>(SUPPORT_FIELDS.map((f) => f.value))
const REGION_VALUES = new Set<string>(REGIONS.map((r) => r.value))

/** Values from the lists only, each once, in the lists' order; undefined when none was named. */
export function parseInterests(supportFields: string[] | undefined, regions: string[] | undefined): Checked<Interests | undefined> {
  if (supportFields === undefined && regions === undefined) return { ok: true, value: undefined }
  const fields = supportFields ?? []
  const places = regions ?? []
  if (fields.length > MAX_VALUES || places.length > MAX_VALUES) return { ok: false, problem: 'interestsInvalid' }
  if (!fields.every((v) => SUPPORT_FIELD_VALUES.has(v)) || !places.every((v) => REGION_VALUES.has(v))) {
    return { ok: false, problem: 'interestsInvalid' }
  }
  return {
    ok: true,
    value: {
      supportFields: SUPPORT_FIELDS.map((f) => f.value).filter((v) => fields.includes(v)) as SupportField[],
      regions: REGIONS.map((r) => r.value).filter((v) => places.includes(v)) as Region[],
    },
  }
}

/** A field that must appear at most once (email, name); two values is not a form we made. */
function single(fields: Fields, name: string): Checked<string | undefined> {
  const values = fields[name]
  if (!values || values.length === 0) return { ok: true, value: undefined }
  return values.length === 1 ? { ok: true, value: values[0] } : { ok: false, problem: name === 'email' ? 'emailInvalid' : 'nameInvalid' }
}

/** A control character in any field, even one we ignore, means the request was crafted. */
function controlCharacterIn(fields: Fields): InputProblem | undefined {
  for (const [name, values] of Object.entries(fields)) {
    if (!hasControlCharacters(name) && !values.some(hasControlCharacters)) continue
    if (name === 'email') return 'emailInvalid'
    if (name === 'name') return 'nameInvalid'
    return name === 'supportFields' || name === 'regions' ? 'interestsInvalid' : 'inputInvalid'
  }
  return undefined
}

/** The alert checkbox: a ticked box posts its value ("on"); JSON sends true or false. */
const ALERT_VALUES: Record<string, boolean> = { on: true, true: true, '1': true, off: false, false: false, '0': false }

function parseAlerts(values: string[] | undefined): Checked<boolean | undefined> {
  if (!values || !values.length) return { ok: true, value: undefined }
  const value = values.length === 1 ? ALERT_VALUES[values[0]] : undefined
  return value === undefined ? { ok: false, problem: 'inputInvalid' } : { ok: true, value }
}

/** Name, interests and the alert, as the preferences form sends them. */
export function parsePreferences(fields: Fields): Checked<{ name: string | null | undefined; interests: Interests | undefined; programAlerts: boolean | undefined }> {
  const control = controlCharacterIn(fields)
  if (control) return { ok: false, problem: control }
  const rawName = single(fields, 'name')
  if (!rawName.ok) return rawName
  const name = normalizeName(rawName.value)
  if (!name.ok) return name
  const interests = parseInterests(fields.supportFields, fields.regions)
  if (!interests.ok) return interests
  const programAlerts = parseAlerts(fields.programAlerts)
  if (!programAlerts.ok) return programAlerts
  return { ok: true, value: { name: name.value, interests: interests.value, programAlerts: programAlerts.value } }
}

/** A sign-up: a valid address plus optional name and interests. */
export function parseSignUp(fields: Fields): Checked<SubscriberInput> {
  const control = controlCharacterIn(fields)
  if (control) return { ok: false, problem: control }
  const rawEmail = single(fields, 'email')
  if (!rawEmail.ok) return rawEmail
  const email = normalizeEmail(rawEmail.value)
  if (!email) return { ok: false, problem: 'emailInvalid' }
  const rest = parsePreferences(fields)
  if (!rest.ok) return rest
  return { ok: true, value: { email, ...rest.value } }
}
