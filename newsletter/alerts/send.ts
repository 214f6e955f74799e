/**
 * One run of the weekly program alerts (the `sendProgramAlerts` job and `npm run alerts:send`).
 *
 * The run's cut-off is the instant it starts: each recipient gets the programs approved after
 * their watermark (programAlerts.coveredUntil) and by the cut-off, and once their message is
 * handed to the mail server (or there was nothing to send) the watermark moves to the cut-off.
 * A crash therefore re-sends at most the messages in flight; a recipient whose message failed
 * keeps the old watermark and gets those programs with the next run; a second run right after
 * finds nothing new for anyone. Same transport and settings as the newsletter (newsletter/send).
 */
import type { Payload } from 'payload'
import { kstDate } from '../../kernel/rules/dates'
import { mailSettings } from '../send/mailSettings'
import { readSendSettings } from '../send/settings'
import { classifySendError } from '../send/smtpErrors'
import { createSendTransport } from '../send/transport'
import { alertSettingsUrl, alertsOptOutUrl, type AlertRecipientRef } from './links'
import { matchAlertPrograms, watermarkOf, type MatchedProgram } from './match'
import { alertMessage, alertMessageId } from './message'
import { digestProgram, loadAlertPrograms } from './programs'
import { renderDigest, type RenderedDigest } from './render'
import { alertRecipients, type AlertRecipient } from './select'

export type AlertPlan = { recipient: AlertRecipientRef & { email: string }; programs: { id: string; title: string }[] }

export type AlertRunOptions = {
  /** The cut-off; now by default. */
  now?: Date
  /** Work out who would get what, send nothing and move no watermark. */
  dryRun?: boolean
  pageSize?: number
  /** Called for every recipient who gets (or, in a dry run, would get) an alert. */
  onPlan?: (plan: AlertPlan) => void
}

export type AlertRunReport = { cutoff: string; recipients: number; sent: number; nothingNew: number; failed: number }

const collectionOf = (ref: AlertRecipientRef) => (ref.kind === 'user' ? 'users' : 'subscribers') as 'users' | 'subscribers'

/** Moves the watermark of a recipient (and of the records riding along) to the cut-off. */
async function advance(payload: Payload, recipient: AlertRecipient, cutoff: string): Promise<void> {
  for (const ref of [recipient, ...recipient.alsoCovers]) {
    // Only the watermark: `enabled` keeps whatever it is now (the reader may have opted out meanwhile).
    await payload.update({ collection: collectionOf(ref), id: ref.id, data: { programAlerts: { coveredUntil: cutoff } }, depth: 0, overrideAccess: true })
  }
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

export async function runProgramAlerts(payload: Payload, opts: AlertRunOptions = {}): Promise<AlertRunReport> {
  const cutoff = opts.now ?? new Date()
  const cutoffIso = cutoff.toISOString()
  const date = kstDate(cutoff)
  const { smtpUrl, from, siteUrl, dkim } = mailSettings(payload)
  const settings = readSendSettings()
  const programs = await loadAlertPrograms(payload, cutoff)
  const report: AlertRunReport = { cutoff: cutoffIso, recipients: 0, sent: 0, nothingNew: 0, failed: 0 }

  // Recipients with the same programs share one rendering (their links are filled in per message).
  const rendered = new Map<string, Promise<RenderedDigest>>()
  const digestFor = (audience: 'member' | 'subscriber', matched: MatchedProgram[]) => {
    const key = `${audience}|${matched.map((p) => p.id).join(',')}`
    let digest = rendered.get(key)
    if (!digest) {
      if (rendered.size >= 500) rendered.clear()
      digest = renderDigest({ siteUrl, date, audience, programs: matched.map((p) => digestProgram(p, siteUrl)) })
      rendered.set(key, digest)
    }
    return digest
  }

  const transport = opts.dryRun ? null : createSendTransport({ smtpUrl, dkim, concurrency: settings.concurrency, ratePerSecond: settings.ratePerSecond })
  const deliver = async (recipient: AlertRecipient): Promise<void> => {
    report.recipients += 1
    const matched = matchAlertPrograms(recipient.interests, programs, { since: watermarkOf(recipient.coveredUntil, cutoff), until: cutoff, company: recipient.company })
    if (matched.length) opts.onPlan?.({ recipient: { kind: recipient.kind, id: recipient.id, email: recipient.email }, programs: matched.map((p) => ({ id: p.id, title: p.title })) })
    if (opts.dryRun) {
      report[matched.length ? 'sent' : 'nothingNew'] += 1
      return
    }
    if (matched.length) {
      const ref = { kind: recipient.kind, id: recipient.id }
      try {
        const digest = await digestFor(recipient.kind === 'user' ? 'member' : 'subscriber', matched)
        await transport!.sendMail(alertMessage({
          digest,
          to: recipient.email,
          from,
          links: { optOutUrl: alertsOptOutUrl(ref, { siteUrl, secret: payload.secret, now: cutoff }), settingsUrl: alertSettingsUrl(ref, { siteUrl, secret: payload.secret, now: cutoff }) },
          messageId: alertMessageId(cutoff, ref, from.address),
        }))
      } catch (error) {
        // Logged and left with its watermark: the next run tries these programs again.
        report.failed += 1
        payload.logger.error({ err: error, msg: `새 프로그램 알림을 보내지 못했습니다 (${recipient.kind} ${recipient.id}): ${classifySendError(error).reason}` })
        return
      }
      report.sent += 1
    } else {
      report.nothingNew += 1
      // Nothing new and already covered up to the cut-off (a run right after another): no write.
      if (recipient.coveredUntil && new Date(recipient.coveredUntil).getTime() >= cutoff.getTime()) return
    }
    await advance(payload, recipient, cutoffIso).catch((error: unknown) =>
      payload.logger.error({ err: error, msg: `알림 발송 기준 시각을 기록하지 못했습니다 (${recipient.kind} ${recipient.id})` }))
  }

  try {
    for await (const page of alertRecipients(payload, { pageSize: opts.pageSize })) {
      await eachLimited(page, settings.concurrency, deliver)
    }
  } finally {
    transport?.close()
  }
  payload.logger.info(`새 프로그램 알림${opts.dryRun ? ' (시험 실행)' : ''}: 대상 ${report.recipients}명, 발송 ${report.sent}건, 새 프로그램 없음 ${report.nothingNew}명, 실패 ${report.failed}건`)
  return report
}
