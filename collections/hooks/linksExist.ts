import type { CollectionBeforeChangeHook, CollectionSlug, Field } from 'payload'
import { couldBeId } from '../../kernel/ids'
import { fieldErrors } from './errors'
import { fieldValues } from './fieldValues'

export type Link = { path: string; relationTo: string; id: unknown }

/** A path without its row numbers: `mainPartners.0.company` → `mainPartners.company`. */
const pattern = (path: string) => path.split('.').filter((segment) => !/^\d+$/.test(segment)).join('.')

/**
 * The relationship and upload fields of a collection as written (before Payload gives every
 * field a default validator) that have a validator of their own: they check their links
 * themselves, in their own words (주거래기업으로 고른 기업을 찾을 수 없습니다…).
 */
export function selfCheckedLinks(fields: Field[], prefix = ''): Set<string> {
  const found = new Set<string>()
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) for (const path of selfCheckedLinks(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix)) found.add(path)
      continue
    }
    const named = 'name' in field && field.name ? `${prefix}${field.name}` : ''
    if ((field.type === 'relationship' || field.type === 'upload') && field.validate) found.add(named)
    else if ('fields' in field && Array.isArray(field.fields)) for (const path of selfCheckedLinks(field.fields, named ? `${named}.` : prefix)) found.add(path)
  }
  return found
}

/**
 * The ids a relationship or upload value names: one, several (hasMany), or `{ relationTo, value }`
 * (several collections); not those of the fields in `skip` (selfCheckedLinks).
 */
export function linksIn(data: unknown, fields: Field[], skip: Set<string> = new Set()): Link[] {
  const links: Link[] = []
  for (const { field, value, path } of fieldValues(data, fields)) {
    if ((field.type !== 'relationship' && field.type !== 'upload') || skip.has(pattern(path))) continue
    const values = Array.isArray(value) ? value : [value]
    values.forEach((item, i) => {
      const at = Array.isArray(value) ? `${path}.${i}` : path
      if (item && typeof item === 'object' && 'relationTo' in item) links.push({ path: at, relationTo: String((item as { relationTo: unknown }).relationTo), id: (item as { value?: unknown }).value })
      else if (typeof field.relationTo === 'string') links.push({ path: at, relationTo: field.relationTo, id: item && typeof item === 'object' && 'id' in item ? (item as { id: unknown }).id : item })
    })
  }
  return links
}

/**
 * Before anything is written (the last beforeChange hook; the collection's own checks, such as a
 * program's 사업, answer first): every row a relationship or upload names exists (400 on the
 * field otherwise). SQLite's foreign key caught a card whose image was deleted only after the
 * card itself was stored — half a record — and MongoDB has no foreign keys at all. For what
 * REST and GraphQL send; the server's own Local API writes name rows it has just read.
 */
export const linksExist = (skip: Set<string>): CollectionBeforeChangeHook => async ({ collection, data, req }) => {
  if (req.payloadAPI === 'local') return data
  const links = linksIn(data, collection.fields, skip).filter((link) => link.id !== null && link.id !== undefined)
  if (!links.length) return data
  const missing: Link[] = []
  const byCollection = new Map<string, Link[]>()
  for (const link of links) {
    if (!req.payload.collections[link.relationTo as CollectionSlug] || !couldBeId(link.id, req.payload.db.defaultIDType)) missing.push(link)
    else byCollection.set(link.relationTo, [...(byCollection.get(link.relationTo) ?? []), link])
  }
  for (const [relationTo, group] of byCollection) {
    const ids = [...new Set(group.map((link) => link.id as string | number))]
    const { docs } = await req.payload.find({ collection: relationTo as CollectionSlug, where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true, req })
    const found = new Set(docs.map((doc) => String(doc.id)))
    missing.push(...group.filter((link) => !found.has(String(link.id))))
  }
  if (!missing.length) return data
  throw fieldErrors(req, collection.slug, missing.map(({ path }) => path), 'relatedNotFound')
}
