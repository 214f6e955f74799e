/**
 * The front door of a send (POST /api/newsletters/:id/send and `npm run newsletter:send`):
 * checks the issue can be sent, then either marks it sending and queues the job, or, when its
 * sendAt is still ahead, schedules it (the issue's hook queues the job for that time).
 */
import { APIError, type Payload, type PayloadRequest } from 'payload'
import type { Newsletter } from '../../kernel/payload-types'
import { msg } from '../../kernel/i18n/messages'
import { canStartSend, type NewsletterStatus } from './issueStatus'
import { setIssueStatus } from './issueRecord'
import type { Id } from './ledger'
import { queueNewsletterSend } from '../../kernel/jobs'

const hasContent = (issue: Newsletter): boolean =>
  Boolean(issue.intro?.trim()) || [issue.programs, issue.cardNews, issue.partnerGuides].some((list) => Array.isArray(list) && list.length > 0)

/** The issue, or a 404 APIError; an id the database cannot even parse names no issue either. */
export async function findIssue(payload: Payload, id: Id, req?: PayloadRequest): Promise<Newsletter> {
  const issue = await payload
    .findByID({ collection: 'newsletters', id, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (!issue) throw new APIError(msg(req, 'notFound'), 404, null, true)
  return issue
}

/** `queue: false` when the caller runs the send itself (the CLI) instead of the jobs queue. */
export async function startSend(payload: Payload, id: Id, req?: PayloadRequest, { now = new Date(), queue = true } = {}): Promise<{ status: 'sending' | 'scheduled'; sendAt?: string }> {
  const issue = await findIssue(payload, id, req)
  if (!canStartSend(issue.status as NewsletterStatus)) throw new APIError(msg(req, 'newsletterAlreadySending'), 409, null, true)
  if (!hasContent(issue)) throw new APIError(msg(req, 'newsletterEmpty'), 400, null, true)
  if (issue.sendAt && new Date(issue.sendAt).getTime() > now.getTime()) {
    if (issue.status !== 'scheduled') await setIssueStatus(payload, id, 'scheduled')
    return { status: 'scheduled', sendAt: issue.sendAt }
  }
  await setIssueStatus(payload, id, 'sending')
  if (queue) await queueNewsletterSend(payload, id)
  return { status: 'sending' }
}
