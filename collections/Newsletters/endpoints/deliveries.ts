import { APIError } from 'payload'
import { readJsonBody } from '../../../kernel/http/respond'
import { msg } from '../../../kernel/i18n/messages'
import { setIssueStatus, writeCounts } from '../../../newsletter/send/issueRecord'
import { ledgerFor } from '../../../newsletter/send/ledger'
import { findIssue } from '../../../newsletter/send/startSend'
import { staffEndpoint } from './staff'
import { queueNewsletterSend } from '../../../kernel/jobs'

/**
 * POST /api/newsletters/:id/deliveries `{ action: 'resend' | 'drop', ids }` — the editor's
 * decision on recipients whose delivery is unknown after a crash. Resending reopens the send.
 */
export const deliveriesEndpoint = staffEndpoint('/:id/deliveries', 'post', async (req, id) => {
  const { action, ids } = await readJsonBody(req, ['action', 'ids'])
  const valid = (action === 'resend' || action === 'drop') && Array.isArray(ids) && ids.length > 0 && ids.length <= 1000 &&
    ids.every((rowId) => (typeof rowId === 'string' && rowId.length > 0 && rowId.length < 64) || Number.isInteger(rowId))
  if (!valid) throw new APIError(msg(req, 'deliveriesActionInvalid'), 400, null, true)
  const issue = await findIssue(req.payload, id, req)
  const ledger = ledgerFor(req.payload)
  const changed = await ledger.resolveUnknown(issue.id, ids as (string | number)[], action === 'resend' ? 'pending' : 'dropped')
  if (action === 'resend' && changed > 0 && issue.status === 'sent') {
    await setIssueStatus(req.payload, issue.id, 'sending')
    await queueNewsletterSend(req.payload, issue.id)
  }
  await writeCounts(req.payload, issue.id, await ledger.counts(issue.id))
  return Response.json({ message: msg(req, action === 'resend' ? 'deliveriesResent' : 'deliveriesDropped', { n: changed }), changed })
})
