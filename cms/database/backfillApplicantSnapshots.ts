import type { Payload, PayloadRequest } from 'payload'
import { COPIED_FIELDS, loadApplicantSnapshot } from '../../members/applications/applicantSnapshot'
import { backfillEach } from './backfillEach'

/**
 * Applications carry 신청자 정보 (the applicant's name and e-mail, the company's name) since
 * issue 11; the ones submitted before have none, so their program's company admins would see
 * nobody. Fills what is missing from the applicant and its company as they are now (the contact
 * phone was never asked for: it stays empty) and never overwrites what is there. Idempotent and
 * adapter-neutral (payload.db only: the SQLite migration calls it after its DDL; on MongoDB,
 * migrateDatabase does), so running it twice changes nothing. Returns how many rows it filled.
 */
export async function backfillApplicantSnapshots(payload: Payload, req?: Partial<PayloadRequest>): Promise<number> {
  return backfillEach(payload, 'applications', req, async (doc) => {
    const missing = COPIED_FIELDS.filter((key) => doc[key] == null || doc[key] === '')
    if (missing.length === 0) return false
    const snapshot = await loadApplicantSnapshot(payload, { applicant: doc.applicant, company: doc.company }, req)
    const data = Object.fromEntries(missing.filter((key) => snapshot[key] != null).map((key) => [key, snapshot[key]]))
    if (Object.keys(data).length === 0) return false
    await payload.db.updateOne({ collection: 'applications', id: doc.id as string | number, data, req, returning: false })
    return true
  })
}
