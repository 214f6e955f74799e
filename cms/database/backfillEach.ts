import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

const PAGE = 500

/**
 * The loop of a data backfill: every stored row of `collection`, in id order, a page at a time,
 * read through the adapter (payload.db: no hooks, no access, the same on SQLite and MongoDB).
 * `fill` returns whether it changed the row; the result counts those rows.
 */
export async function backfillEach(
  payload: Payload,
  collection: CollectionSlug,
  req: Partial<PayloadRequest> | undefined,
  fill: (doc: Record<string, unknown>) => Promise<boolean>,
): Promise<number> {
  let filled = 0
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.db.find<Record<string, unknown>>({ collection, limit: PAGE, page, pagination: true, sort: 'id', req })
    for (const doc of docs) if (await fill(doc)) filled++
    if (!hasNextPage) return filled
  }
}
