/**
 * Sending one ledger row, in the order that makes a crash harmless: claim the row (durably
 * `sending`), hand the message to SMTP, record the answer. A crash between the first and last
 * step leaves the row `sending`, which the next sender marks `unknown` instead of sending again.
 */
import type { Transporter } from 'nodemailer'
import { recipientLinks } from '../links'
import type { DeliveryRow, Id, LedgerStore } from './ledger'
import { deliveryMessageId, issueMessage, type FrozenIssue } from './message'
import type { SendSettings } from './settings'
import { classifySendError, retryDelayMs } from './smtpErrors'

export type DeliveryContext = {
  newsletter: Id
  issue: FrozenIssue
  ledger: LedgerStore
  transport: Transporter
  settings: SendSettings
  from: { name: string; address: string }
  siteUrl: string
  secret: string
}

export type DeliveryResult = 'sent' | 'retry' | 'failed' | 'skipped'

export async function deliver(row: DeliveryRow, ctx: DeliveryContext): Promise<DeliveryResult> {
  if (!(await ctx.ledger.claim(row.id, new Date()))) return 'skipped'
  const attempts = row.attempts + 1
  if (row.subscriber == null) {
    await ctx.ledger.markFailed(row.id, { attempts, error: '구독자 정보가 삭제되어 보내지 않았습니다.' })
    return 'failed'
  }
  const messageId = deliveryMessageId(ctx.newsletter, row.id, ctx.from.address)
  const links = recipientLinks(row.subscriber, { siteUrl: ctx.siteUrl, secret: ctx.secret })
  try {
    const info = await ctx.transport.sendMail(issueMessage({ issue: ctx.issue, to: row.email, from: ctx.from, links, messageId }))
    await ctx.ledger.markSent(row.id, { messageId, response: String(info.response ?? ''), at: new Date() })
    return 'sent'
  } catch (error) {
    const failure = classifySendError(error)
    if (failure.kind === 'temporary' && attempts < ctx.settings.maxAttempts) {
      const nextAttemptAt = new Date(Date.now() + retryDelayMs(attempts, { baseMs: ctx.settings.retryBaseMs, maxMs: ctx.settings.retryMaxMs }))
      await ctx.ledger.markRetry(row.id, { attempts, error: failure.reason, nextAttemptAt })
      return 'retry'
    }
    await ctx.ledger.markFailed(row.id, { attempts, error: failure.reason })
    return 'failed'
  }
}
