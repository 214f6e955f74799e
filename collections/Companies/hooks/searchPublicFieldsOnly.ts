import type { CollectionBeforeOperationHook, Field, Where } from 'payload'
import { isPlatformAdmin } from '../../../kernel/rules/roles'

/**
 * The fields that are not public for every company: those with their own read access
 * (collections/Companies/access.ts). Nobody but a platform admin may name them in a `where`
 * (Payload refuses such a query with 400). Read from the collection, so the two cannot drift.
 */
export const notQueryable = (fields: readonly Field[]): Set<string> =>
  new Set(fields.flatMap((field) => ('name' in field && 'access' in field && field.access?.read ? [field.name] : [])))

/** Worked out once per collection config, not per request. */
const hiddenOf = new WeakMap<readonly Field[], Set<string>>()
const hiddenFields = (fields: readonly Field[]): Set<string> => {
  let hidden = hiddenOf.get(fields)
  if (!hidden) hiddenOf.set(fields, (hidden = notQueryable(fields)))
  return hidden
}

const isObject = (value: unknown): value is Where => typeof value === 'object' && value !== null && !Array.isArray(value)

const mentionsPrivate = (condition: Where, hidden: Set<string>): boolean =>
  isObject(condition) && Object.entries(condition).some(([key, value]) => {
    if ((key === 'or' || key === 'and') && Array.isArray(value)) return value.some((inner) => mentionsPrivate(inner as Where, hidden))
    return hidden.has(key.split('.')[0])
  })

/** Nothing matches this (every document has an id). */
const NOTHING: Where = { id: { exists: false } }

function withoutPrivateAlternatives(where: Where, hidden: Set<string>): Where {
  if (!isObject(where)) return where // malformed: Payload's own validation answers it
  const out: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if (key === 'or' && Array.isArray(value)) {
      const kept = (value as Where[]).filter((alternative) => !mentionsPrivate(alternative, hidden)).map((alternative) => withoutPrivateAlternatives(alternative, hidden))
      out.or = kept.length ? kept : [NOTHING]
    } else if (key === 'and' && Array.isArray(value)) {
      out.and = (value as Where[]).map((inner) => withoutPrivateAlternatives(inner, hidden))
    } else {
      out[key] = value as Where[string]
    }
  }
  return out
}

/**
 * The admin's search box and relationship pickers look for a company by any of
 * `listSearchableFields` (기업명, 사업자등록번호, 기업집단) as alternatives of one `or`. For anyone but
 * a platform admin the private alternatives are dropped, so the search by name works for them
 * too instead of failing on a field they may not query; dropping an alternative can only narrow
 * the result, so nothing about a private value can be learned from it. A private field named
 * outside an `or` is still refused (400).
 */
export const searchPublicFieldsOnly: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if ((operation !== 'read' && operation !== 'count') || isPlatformAdmin(req.user) || (args as { overrideAccess?: boolean }).overrideAccess) return args
  const where = (args as { where?: Where }).where
  if (!where) return args
  return { ...args, where: withoutPrivateAlternatives(where, hiddenFields(collection.fields)) }
}
