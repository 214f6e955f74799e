import type { CollectionBeforeOperationHook, Field } from 'payload'
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

const isPlainObject = (value: unknown) => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/**
 * Paths of containers and lists holding the wrong shape: a group (`contact`, `notifications`)
 * that is `null` or not an object, an array or blocks field that is no list, a multi-choice
 * select or relationship given one value (`regions: "nationwide"` was stored as an empty list).
 */
export function wrongShapes(data: unknown, fields: Field[], prefix = ''): string[] {
  if (!isPlainObject(data)) return []
  const record = data as Record<string, unknown>
  const found: string[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) found.push(...('name' in tab && tab.name ? (tab.name in record && !isPlainObject(record[tab.name]) ? [`${prefix}${tab.name}`] : wrongShapes(record[tab.name], tab.fields, `${prefix}${tab.name}.`)) : wrongShapes(record, tab.fields, prefix)))
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field && Array.isArray(field.fields)) found.push(...wrongShapes(record, field.fields, prefix))
      continue
    }
    const value = record[field.name]
    if (value === undefined) continue
    const path = `${prefix}${field.name}`
    if (field.type === 'group') {
      if (!isPlainObject(value)) found.push(path)
      else found.push(...wrongShapes(value, field.fields, `${path}.`))
    } else if (field.type === 'array' || field.type === 'blocks') {
      if (value !== null && !Array.isArray(value)) found.push(path)
      else if (field.type === 'array' && Array.isArray(value)) value.forEach((row, i) => found.push(...(isPlainObject(row) ? wrongShapes(row, field.fields, `${path}.${i}.`) : [`${path}.${i}`])))
    } else if ((field.type === 'select' || field.type === 'relationship' || field.type === 'upload') && 'hasMany' in field && field.hasMany) {
      if (value !== null && !Array.isArray(value)) found.push(path)
    }
  }
  return found
}

/**
 * Before the operation starts (Payload's own field hooks read values before any collection hook
 * could): groups, lists and multi-choice fields hold their shape
 * (`{"contact": null}` was a 500), and text fields (and an auth collection's e-mail and
 * password) hold text. `{"email": 5, "password": ["a"]}` used to reach Payload's own e-mail hook
 * (`value.toLowerCase is not a function`, a 500); now it is a 400 on the field.
 */
export const textTypes: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: unknown }).data
  const shapes = wrongShapes(data, collection.fields)
  if (shapes.length) throw fieldErrors(req, collection.slug, shapes, 'wrongShape')
  const paths = nonTextValues(data, collection.fields)
  if (collection.auth && data && typeof data === 'object') {
    for (const key of ['email', 'password', 'username']) {
      const value = (data as Record<string, unknown>)[key]
      if (value !== undefined && value !== null && typeof value !== 'string' && !paths.includes(key)) paths.push(key)
    }
  }
  if (!paths.length) return args
  throw fieldErrors(req, collection.slug, paths, 'notText')
}
