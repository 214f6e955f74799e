/**
 * Reads a sign-up or preferences request body ourselves: Payload hands custom endpoints the raw
 * request. A browser without JavaScript posts a form (urlencoded, or multipart from some
 * clients); API clients send JSON. Both become the same `Fields`, so one validator serves both.
 */
import type { PayloadRequest } from 'payload'
import type { Checked, Fields } from './validate'

/** A sign-up form is a few hundred bytes; anything far bigger is not one. */
const MAX_BODY_BYTES = 16_384

const contentType = (req: PayloadRequest): string => (req.headers.get('content-type') ?? '').toLowerCase()

/** A browser's form post (answered with pages and redirects) rather than an API client (JSON). */
export function isFormPost(req: PayloadRequest): boolean {
  const type = contentType(req)
  return type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')
}

const invalid: Checked<Fields> = { ok: false, problem: 'inputInvalid' }

function fromFormData(entries: Iterable<[string, FormDataEntryValue]>): Checked<Fields> {
  const fields: Fields = {}
  for (const [name, value] of entries) {
    if (typeof value !== 'string') return invalid // a file: no form of ours uploads one
    ;(fields[name] ??= []).push(value)
  }
  return { ok: true, value: fields }
}

/**
 * JSON `{email, name?, interests?: {supportFields?, regions?}, programAlerts?: {enabled}}` as
 * fields; wrong types are refused.
 */
export function fieldsFromJson(body: unknown): Checked<Fields> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, problem: 'emailInvalid' }
  const { email, name, interests, programAlerts } = body as Record<string, unknown>
  const fields: Fields = {}
  for (const [key, value, problem] of [['email', email, 'emailInvalid'], ['name', name, 'nameInvalid']] as const) {
    if (value === undefined || value === null) continue
    if (typeof value !== 'string') return { ok: false, problem }
    fields[key] = [value]
  }
  if (interests !== undefined && interests !== null) {
    if (typeof interests !== 'object' || Array.isArray(interests)) return { ok: false, problem: 'interestsInvalid' }
    for (const key of ['supportFields', 'regions'] as const) {
      const values = (interests as Record<string, unknown>)[key]
      if (values === undefined || values === null) continue
      if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) return { ok: false, problem: 'interestsInvalid' }
      fields[key] = values
    }
  }
  if (programAlerts !== undefined && programAlerts !== null) {
    const enabled = typeof programAlerts === 'object' ? (programAlerts as Record<string, unknown>).enabled : undefined
    if (typeof enabled !== 'boolean') return { ok: false, problem: 'inputInvalid' }
    fields.programAlerts = [String(enabled)]
  }
  return { ok: true, value: fields }
}

/** The request's fields, or the problem that makes the body unreadable. Never throws. */
export async function readFields(req: PayloadRequest): Promise<Checked<Fields>> {
  if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return invalid
  try {
    const type = contentType(req)
    if (type.startsWith('multipart/form-data')) {
      if (!req.formData) return invalid
      return fromFormData(await req.formData())
    }
    const text = req.text ? await req.text() : ''
    if (Buffer.byteLength(text) > MAX_BODY_BYTES) return invalid
    if (type.startsWith('application/x-www-form-urlencoded')) return fromFormData(new URLSearchParams(text))
    return fieldsFromJson(text.trim() ? JSON.parse(text) : {})
  } catch {
    return invalid
  }
}
