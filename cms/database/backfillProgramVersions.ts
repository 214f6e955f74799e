import type { Payload, PayloadRequest } from 'payload'
import { backfillEach } from './backfillEach'

/**
 * Programs became versioned (drafts) after they existed: the main document is the live one,
 * and every program needs a first version for the admin and the review queue to read. Gives
 * each program without a version its `_status` (published when approved, else draft) and one
 * version row copied from it. Idempotent and adapter-neutral (the SQLite migration calls it
 * after its DDL; on MongoDB, migrateDatabase does), so running it twice changes nothing.
 */
export async function backfillProgramVersions(payload: Payload, req?: Partial<PayloadRequest>): Promise<number> {
  return backfillEach(payload, 'programs', req, async (doc) => {
    const { docs: existing } = await payload.db.findVersions({
      collection: 'programs', where: { parent: { equals: doc.id } }, limit: 1, pagination: false, req,
    })
    if (existing.length > 0) return false
    const status = doc.reviewStatus === 'approved' ? 'published' : 'draft'
    if (doc._status !== status) {
      await payload.db.updateOne({ collection: 'programs', id: doc.id as string | number, data: { _status: status }, req, returning: false })
    }
    const at = String(doc.updatedAt ?? new Date().toISOString())
    await payload.db.createVersion({
      collectionSlug: 'programs',
      parent: doc.id as string | number,
      versionData: { ...doc, _status: status } as never,
      autosave: false,
      createdAt: at,
      updatedAt: at,
      returning: false,
      req,
    })
    return true
  })
}
