/**
 * A test message of an issue to one address: rendered exactly as recipients get it (same
 * renderer, headers and transport), with "[테스트]" before the subject and links that lead to
 * the real pages but name no subscriber. Not recorded in the ledger.
 */
import crypto from 'node:crypto'
import { APIError, type Payload, type PayloadRequest } from 'payload'
import { msg } from '../../kernel/i18n/messages'
import { recipientLinks } from '../links'
import { loadIssueModel } from '../render/model'
import { renderIssue } from '../render/renderIssue'
import { normalizeEmail } from '../subscribe/validate'
import type { Id } from './ledger'
import { mailSettings } from './mailSettings'
import { issueMessage } from './message'
import { findIssue } from './startSend'
import { classifySendError } from './smtpErrors'
import { createSendTransport } from './transport'

export async function sendProof(payload: Payload, id: Id, rawAddress: unknown, req?: PayloadRequest): Promise<string> {
  const to = normalizeEmail(rawAddress)
  if (!to) throw new APIError(msg(req, 'subscriberEmailInvalid'), 400, null, true)
  await findIssue(payload, id, req)
  const { smtpUrl, from, siteUrl, dkim } = mailSettings(payload)
  const rendered = await renderIssue(await loadIssueModel(payload, id, { siteUrl }), { variant: 'email' })
  const transport = createSendTransport({ smtpUrl, dkim, concurrency: 1, ratePerSecond: 0 })
  const domain = from.address.split('@')[1] || 'localhost'
  try {
    await transport.sendMail(
      issueMessage({
        issue: { ...rendered, subject: `[테스트] ${rendered.subject}` },
        to,
        from,
        links: recipientLinks(`test-${crypto.randomBytes(4).toString('hex')}`, { siteUrl, secret: payload.secret }),
        messageId: `<newsletter-${id}.test-${crypto.randomBytes(6).toString('hex')}@${domain}>`,
      }),
    )
  } catch (error) {
    throw new APIError(msg(req, 'newsletterTestFailed', { reason: classifySendError(error).reason }), 502, null, true)
  } finally {
    transport.close()
  }
  return to
}
