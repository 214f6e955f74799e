/**
 * Reading urlencoded form bodies (express.urlencoded, extended: false): a name sent once is a
 * string, sent twice an array. Pages and rules only ever see trimmed strings.
 */
export type FormBody = Record<string, unknown> | undefined | null

/** Field name → the message shown next to that field. */
export type FieldErrors = Record<string, string>

/** The first value sent under `name`, trimmed ('' when absent). */
export function text(body: FormBody, name: string, max = 500): string {
  const value = body?.[name]
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first.trim().slice(0, max) : ''
}

/** Every value sent under `name` (checkbox groups). */
export function list(body: FormBody, name: string): string[] {
  const value = body?.[name]
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return values.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(Boolean)
}

/** A value as typed, never trimmed (passwords). */
export function secret(body: FormBody, name: string): string {
  const value = body?.[name]
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first.slice(0, 1000) : ''
}

export const checked = (body: FormBody, name: string): boolean => text(body, name) !== ''

export const hasErrors = (errors: FieldErrors): boolean => Object.keys(errors).length > 0
