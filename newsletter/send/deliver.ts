/**
 * Sending ledger rows, in the order that makes a crash harmless: claim a row (durably
 * `sending`), hand its message to SMTP, record the answer. A crash between the claim and the
 * record leaves the row `sending`, which the next sender marks `unknown` instead of sending again.
 *
 * A worker records one row's answer and then claims its next row; on a ledger with group commit
 * both are issued at once and commit in one transaction (ledger/statementBatcher.ts), in that
 * order. Either way the next claim is never committed before the previous answer, so each
 * worker has at most one row `sending` at any moment.
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

export type DeliveryResult = 'sent' | 'retry' | 'failed'

/** Sends one claimed row and returns its result and the write that records it (not yet run). */
async function send(row: DeliveryRow, ctx: DeliveryContext): Promise<{ result: DeliveryResult; record: () => Promise<void> }> {
  const attempts = row.attempts + 1
  if (row.subscriber == null) {
    return { result: 'failed', record: () => ctx.ledger.markFailed(row.id, { attempts, error: '구독자 정보가 삭제되어 보내지 않았습니다.' }) }
  }
  const messageId = deliveryMessageId(ctx.newsletter, row.id, ctx.from.address)
  const links = recipientLinks(row.subscriber, { siteUrl: ctx.siteUrl, secret: ctx.secret })
  try {
    const info = await ctx.transport.sendMail(issueMessage({ issue: ctx.issue, to: row.email, from: ctx.from, links, messageId }))
    return { result: 'sent', record: () => ctx.ledger.markSent(row.id, { messageId, response: String(info.response ?? ''), at: new Date() }) }
  } catch (error) {
    const failure = classifySendError(error)
    if (failure.kind === 'temporary' && attempts < ctx.settings.maxAttempts) {
      const nextAttemptAt = new Date(Date.now() + retryDelayMs(attempts, { baseMs: ctx.settings.retryBaseMs, maxMs: ctx.settings.retryMaxMs }))
      return { result: 'retry', record: () => ctx.ledger.markRetry(row.id, { attempts, error: failure.reason, nextAttemptAt }) }
    }
    return { result: 'failed', record: () => ctx.ledger.markFailed(row.id, { attempts, error: failure.reason }) }
  }
}

/**
 * One worker: takes rows from `next()` until it returns null or `stopped()`, reporting each
 * result. Resolves once its last answer is recorded.
 */
export async function deliveryWorker(
  next: () => Promise<DeliveryRow | null>,
  ctx: DeliveryContext,
  onResult: (result: DeliveryResult) => void | Promise<void>,
  stopped: () => boolean,
): Promise<void> {
  let record: (() => Promise<void>) | null = null
  for (let row = await next(); row && !stopped(); row = await next()) {
    // The previous answer first: with group commit both are issued at once and commit together;
    // without it, the answer is committed before the claim is even issued.
    const recorded = record?.()
    if (!ctx.ledger.groupCommit) await recorded
    const [claimed] = await Promise.all([ctx.ledger.claim(row.id, new Date()), recorded])
    record = null
    if (!claimed) continue
    const sent = await send(row, ctx)
    record = sent.record
    await onResult(sent.result)
  }
  await record?.()
}
