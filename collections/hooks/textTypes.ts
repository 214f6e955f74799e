import type { CollectionBeforeValidateHook, Field } from 'payload'
import { fieldErrors } from './errors'
import { fieldValues } from './fieldValues'

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code'])

/** Paths (dotted, as Payload names them) of text fields whose value is not text: `{"email": 5}`, `{"name": {}}`. */
export function nonTextValues(data: unknown, fields: Field[]): string[] {
  return fieldValues(data, fields)
    .filter(({ field, value }) => {
      if (!TEXT_TYPES.has(field.type)) return false
      const many = 'hasMany' in field && field.hasMany
      return many ? !(Array.isArray(value) && value.every((item) => typeof item === 'string')) : typeof value !== 'string'
    })
    .map(({ path }) => path)
}

/**
 * Before any hook reads them: text fields (and an auth collection's e-mail and password) must
 * hold text. `{"email": 5, "password": ["a"]}` used to reach Payload's own e-mail hook
 * (`value.toLowerCase is not a function`, a 500); now it is a 400 on the field.
 */
export const textTypes: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const paths = nonTextValues(data, collection.fields)
  if (collection.auth && data) {
    for (const key of ['email', 'password', 'username']) {
      const value = (data as Record<string, unknown>)[key]
      if (value !== undefined && value !== null && typeof value !== 'string' && !paths.includes(key)) paths.push(key)
    }
  }
  if (!paths.length) return data
  throw fieldErrors(req, collection.slug, paths, 'notText')
}
