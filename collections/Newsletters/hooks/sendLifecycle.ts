import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { queueNewsletterSend } from '../../../kernel/jobs'

/** An issue set to 발송예약 (or given a new sendAt while scheduled) queues its send for that time. */
export const queueScheduledSend: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const scheduledNow = doc.status === 'scheduled' && (previousDoc?.status !== 'scheduled' || previousDoc?.sendAt !== doc.sendAt)
  if (scheduledNow && doc.sendAt) await queueNewsletterSend(req.payload, doc.id, new Date(doc.sendAt), req)
  return doc
}

/** An issue's ledger goes with it. */
export const deleteLedger: CollectionAfterDeleteHook = async ({ id, req }) => {
  await req.payload.db.deleteMany({ collection: 'newsletter-deliveries', where: { newsletter: { equals: id } }, req })
}
