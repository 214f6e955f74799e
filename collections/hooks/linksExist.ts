import { ValidationError, type CollectionBeforeChangeHook, type CollectionSlug, type Field } from 'payload'
import { couldBeId } from '../../cms/database/ids'
import { msg } from '../../cms/i18n/messages'
import { fieldValues } from './fieldValues'

export type Link = { path: string; relationTo: string; id: unknown }

/**
 * The ids a relationship or upload value names: one, several (hasMany), or `{ relationTo, value }`
 * (several collections). Fields with a validator of their own check their links themselves, in
 * their own words (주거래기업으로 고른 기업을 찾을 수 없습니다…).
 */
export function linksIn(data: unknown, fields: Field[]): Link[] {
  const links: Link[] = []
  for (const { field, value, path } of fieldValues(data, fields)) {
    if ((field.type !== 'relationship' && field.type !== 'upload') || field.validate) continue
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
export const linksExist: CollectionBeforeChangeHook = async ({ collection, data, req }) => {
  if (req.payloadAPI === 'local') return data
  const links = linksIn(data, collection.fields).filter((link) => link.id !== null && link.id !== undefined)
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
  throw new ValidationError({ collection: collection.slug, errors: missing.map(({ path }) => ({ path, message: msg(req, 'relatedNotFound') })), req })
}
