import { APIError } from 'payload'
import { readJsonBody } from '../../../kernel/http/respond'
import { msg } from '../../../kernel/i18n/messages'
import { setIssueStatus } from '../../../newsletter/send/issueRecord'
import { findIssue } from '../../../newsletter/send/startSend'
import { staffEndpoint } from './staff'
import { queueNewsletterSend } from '../../../kernel/jobs'

/** POST /api/newsletters/:id/pause — the running sender stops taking new recipients within a second. */
export const pauseEndpoint = staffEndpoint('/:id/pause', 'post', async (req, id) => {
  await readJsonBody(req, [])
  const issue = await findIssue(req.payload, id, req)
  if (issue.status !== 'sending') throw new APIError(msg(req, 'newsletterNotSending'), 409, null, true)
  await setIssueStatus(req.payload, issue.id, 'paused')
  return Response.json({ message: msg(req, 'newsletterPaused'), status: 'paused' })
})

/** POST /api/newsletters/:id/resume — sending again from the ledger, where the pause left it. */
export const resumeEndpoint = staffEndpoint('/:id/resume', 'post', async (req, id) => {
  await readJsonBody(req, [])
  const issue = await findIssue(req.payload, id, req)
  if (issue.status !== 'paused') throw new APIError(msg(req, 'newsletterNotPaused'), 409, null, true)
  await setIssueStatus(req.payload, issue.id, 'sending')
  await queueNewsletterSend(req.payload, issue.id)
  return Response.json({ message: msg(req, 'newsletterResumed'), status: 'sending' }, { status: 202 })
})
