import type { CollectionAfterChangeHook } from 'payload'
import { ledgerFor } from '../../../newsletter/send/ledger'

/**
 * Someone who unsubscribes while an issue is going out is not sent the rest of it: their
 * pending ledger rows become `dropped` (a message already in flight cannot be called back).
 */
export const dropPendingDeliveries: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status === 'unsubscribed' && previousDoc?.status !== 'unsubscribed') await ledgerFor(req.payload).dropPendingFor(doc.id, req)
  return doc
}
