/**
 * Sending ledger rows, in the order that makes a crash harmless: claim a row (durably
 * `sending`), let its message be accepted by SMTP, record the answer. A crash between the claim
 * and the record leaves the row `sending`, which the next sender marks `unknown` instead of
 * sending again.
 *
 * What "accepted" means is what lets the claim's commit leave the critical path: an SMTP server
 * takes responsibility for a message only at the end of its data, and discards one whose
 * connection closes before that end (RFC 5321 4.1.1.4). So the message is composed and written
 * while its claim commits, and only its end waits for the claim (transport.ts GATE, which the
 * transport must honour: gateMessages): a crash before the commit leaves the row pending and the
 * message undelivered, and a claim that finds the row taken withdraws the message before its end.
 *
 * A worker records one row's answer and then claims its next row; on a ledger with group commit
 * both are issued at once and commit in one transaction, in that order (ledger/statementBatcher.ts).
 * Either way the next claim is never committed before the previous answer, so each worker has at
 * most one row `sending` at any moment.
 */
import type { Transporter } from 'nodemailer'
import { recipientLinks } from '../links'
import type { DeliveryRow, Id, LedgerStore } from './ledger'
import { deliveryMessageId, issueMessage, type FrozenIssue } from './message'
import type { Precomposed } from './precomposed'
import type { SendSettings } from './settings'
import { classifySendError, retryDelayMs } from './smtpErrors'
import { GATE, type GatedMail } from './transport'

export type DeliveryContext = {
  newsletter: Id
  issue: FrozenIssue
  ledger: LedgerStore
  /** Honours GATE (transport.ts gateMessages). */
  transport: Transporter
  settings: SendSettings
  from: { name: string; address: string }
  siteUrl: string
  secret: string
  /** The issue's message composed once (precomposed.ts); without it, or for an address it cannot carry, each message is composed. */
  precomposed?: Precomposed | null
}

export type DeliveryResult = 'sent' | 'retry' | 'failed'

type Sent = { result: DeliveryResult; record: () => Promise<void> }

/**
 * Sends one row whose claim is under way and returns its result and the write that records it
 * (not yet run), or null when the claim found the row taken (nothing was delivered then).
 */
async function send(row: DeliveryRow, claim: Promise<boolean>, ctx: DeliveryContext): Promise<Sent | null> {
  const attempts = row.attempts + 1
  if (row.subscriber == null) {
    if (!(await claim)) return null
    return { result: 'failed', record: () => ctx.ledger.markFailed(row.id, { attempts, error: '구독자 정보가 삭제되어 보내지 않았습니다.' }) }
  }
  const messageId = deliveryMessageId(ctx.newsletter, row.id, ctx.from.address)
  const links = recipientLinks(row.subscriber, { siteUrl: ctx.siteUrl, secret: ctx.secret })
  const message: GatedMail = ctx.precomposed?.({ to: row.email, messageId, links }) ?? issueMessage({ issue: ctx.issue, to: row.email, from: ctx.from, links, messageId })
  message[GATE] = claim
  let response: string
  try {
    const info = await ctx.transport.sendMail(message)
    response = String(info.response ?? '')
  } catch (error) {
    // Withdrawn before its end because the claim failed: the claim's own error or `false` counts.
    if (!(await claim)) return null
    const failure = classifySendError(error)
    if (failure.kind === 'temporary' && attempts < ctx.settings.maxAttempts) {
      const nextAttemptAt = new Date(Date.now() + retryDelayMs(attempts, { baseMs: ctx.settings.retryBaseMs, maxMs: ctx.settings.retryMaxMs }))
      return { result: 'retry', record: () => ctx.ledger.markRetry(row.id, { attempts, error: failure.reason, nextAttemptAt }) }
    }
    return { result: 'failed', record: () => ctx.ledger.markFailed(row.id, { attempts, error: failure.reason }) }
  }
  return { result: 'sent', record: () => ctx.ledger.markSent(row.id, { messageId, response, at: new Date() }) }
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
  let previous = null as Sent | null
  for (let row = await next(); row && !stopped(); row = await next()) {
    // The previous answer first: with group commit both are issued at once and commit together;
    // without it, the answer is committed before the claim is even issued.
    const recorded = previous?.record()
    if (!ctx.ledger.groupCommit) await recorded
    const claim = ctx.ledger.claim(row.id, new Date())
    ;[previous] = await Promise.all([send(row, claim, ctx), recorded])
    if (previous) await onResult(previous.result)
  }
  await previous?.record()
}
