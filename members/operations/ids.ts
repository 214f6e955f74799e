/**
 * Ids as a form sends them are text; SQLite's ids are numbers, MongoDB's ObjectId strings.
 * Relationship values must be of the adapter's id type, so a form's "12" becomes 12 on SQLite
 * and stays "12…" on MongoDB. Nothing else about ids is assumed.
 */
import type { Payload } from 'payload'

export function idFromForm(payload: Pick<Payload, 'db'>, value: string): string | number {
  return payload.db.defaultIDType === 'number' && /^\d{1,15}$/.test(value) ? Number(value) : value
}
