import type { CollectionSlug, FieldHook } from 'payload'

type Named = { id: string | number; [key: string]: unknown }

/**
 * A virtual text field's value: the `nameField` of the document a relationship points to, read
 * with the page itself so admin lists show it in every row at any page size (Payload's own
 * relationship cells load names from the browser, row by row, as they scroll into view). One
 * read per distinct related id per request. (Payload's `virtual: 'company.name'` does this too,
 * but its dataloader waits forever inside a SQLite transaction, e.g. when an application is
 * created and reads its program.)
 */
export function relatedName(relationField: string, collection: CollectionSlug, nameField = 'name'): FieldHook {
  return async ({ siblingData, req }) => {
    const value = siblingData?.[relationField] as string | number | { id: string | number } | null | undefined
    if (value == null) return null
    if (typeof value === 'object') return (value as Named)[nameField] ?? null
    const cache = ((req.context.relatedNames as Map<string, Promise<Named | null>> | undefined) ??= new Map())
    const key = `${collection}:${value}`
    let found = cache.get(key)
    if (!found) {
      found = req.payload.db.findOne<Named>({ collection, where: { id: { equals: value } }, req }).then((doc) => doc ?? null)
      cache.set(key, found)
    }
    const doc = await found
    return (doc?.[nameField] as string | undefined) ?? null
  }
}
