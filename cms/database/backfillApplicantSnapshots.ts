import type { Payload, PayloadRequest } from 'payload'
import { COPIED_FIELDS, loadApplicantSnapshot } from '../applications/applicantSnapshot'

const PAGE = 500

/**
 * Applications carry 신청자 정보 (the applicant's name and e-mail, the company's name) since
 * issue 11; the ones submitted before have none, so their program's company admins would see
 * nobody. Fills what is missing from the applicant and its company as they are now (the contact
 * phone was never asked for: it stays empty) and never overwrites what is there. Idempotent and
 * adapter-neutral (payload.db only: the SQLite migration calls it after its DDL; on MongoDB,
 * migrateDatabase does), so running it twice changes nothing. Returns how many rows it filled.
 */
export async function backfillApplicantSnapshots(payload: Payload, req?: Partial<PayloadRequest>): Promise<number> {
  let filled = 0
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.db.find<Record<string, unknown>>({
      collection: 'applications', limit: PAGE, page, pagination: true, sort: 'id', req,
    })
    for (const doc of docs) {
      const missing = COPIED_FIELDS.filter((key) => doc[key] == null || doc[key] === '')
      if (missing.length === 0) continue
      const snapshot = await loadApplicantSnapshot(payload, { applicant: doc.applicant, company: doc.company }, req)
      const data = Object.fromEntries(missing.filter((key) => snapshot[key] != null).map((key) => [key, snapshot[key]]))
      if (Object.keys(data).length === 0) continue
      await payload.db.updateOne({ collection: 'applications', id: doc.id as string | number, data, req, returning: false })
      filled++
    }
    if (!hasNextPage) break
  }
  return filled
}
