/**
 * Runs (or resumes) the send of one issue to the end, to a pause, or until another process
 * owns it. Ghost's shape: the front door (startSend) decides; this freezes what is sent and to
 * whom, then a pool of workers takes ledger rows through deliver().
 *
 * Crash safety comes from three rules: the issue is worked on by one lease holder at a time;
 * a row is `sending` (durably) before its message can be accepted, that is before the end of its
 * data goes out (deliver.ts); and a new lease holder turns rows left `sending` into `unknown`
 * rather than sending them again. So after a crash at any moment the only recipients not sent
 * are the ones in flight then, at most `concurrency` of them.
 */
import crypto from 'node:crypto'
import os from 'node:os'
import type { Transporter } from 'nodemailer'
import type { Payload } from 'payload'
import { loadIssueModel } from '../render/model'
import { renderIssue } from '../render/renderIssue'
import { deliveryWorker, type DeliveryContext } from './deliver'
import { precomposeIssue } from './precomposed'
import { freezeRecipients } from './freeze'
import { ledgerFor, type Id, type LedgerStore, type StatusCounts } from './ledger'
import { mailSettings } from './mailSettings'
import type { FrozenIssue } from './message'
import { drain, RowSource } from './rowSource'
import { readSendSettings, type SendSettings } from './settings'
import { createSendTransport, gateMessages } from './transport'
import { writeCounts, setIssueStatus } from './issueRecord'

export type SendOutcome = { outcome: 'finished' | 'paused' | 'busy' | 'not-sendable' | 'not-due'; counts?: StatusCounts }

export type RunSendOptions = {
  settings?: SendSettings
  ledger?: LedgerStore
  /** A transport to send through instead of the configured one (the benchmark's, a test's). */
  transport?: Transporter
  /** Called about once a second with the ledger's counts (the CLI's progress bar). */
  onProgress?: (counts: StatusCounts) => void
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Sends running in this process, so a shutdown can let their messages in flight finish. */
const running = new Map<Id, { stop: () => void; done: Promise<unknown> }>()

/**
 * For SIGTERM: stop taking recipients, wait (up to `timeoutMs`) for the messages in flight to be
 * answered and recorded, release the leases. The issues stay 발송중; the next start resumes them.
 */
export async function stopRunningSends(timeoutMs = 15_000): Promise<void> {
  for (const send of running.values()) send.stop()
  await Promise.race([Promise.allSettled([...running.values()].map((send) => send.done)), sleep(timeoutMs)])
}

/** Renders the issue once, with placeholders for each recipient's links, and stores it. */
async function freezeContent(payload: Payload, id: Id, at: Date): Promise<void> {
  const { siteUrl } = mailSettings(payload)
  const rendered = await renderIssue(await loadIssueModel(payload, id, { siteUrl, now: at }), { variant: 'email' })
  await payload.db.updateOne({ collection: 'newsletters', id, data: { frozen: { at: at.toISOString(), ...rendered } }, returning: false })
}

export async function runSend(payload: Payload, newsletterId: Id, options: RunSendOptions = {}): Promise<SendOutcome> {
  const settings = options.settings ?? readSendSettings()
  const ledger = options.ledger ?? ledgerFor(payload)
  const read = () => payload.findByID({ collection: 'newsletters', id: newsletterId, depth: 0, overrideAccess: true, disableErrors: true })

  let issue = await read()
  if (!issue) return { outcome: 'not-sendable' }
  if (issue.status === 'scheduled') {
    if (issue.sendAt && new Date(issue.sendAt).getTime() > Date.now()) return { outcome: 'not-due' }
    await setIssueStatus(payload, newsletterId, 'sending')
    issue = { ...issue, status: 'sending' }
  }
  if (issue.status !== 'sending') return { outcome: 'not-sendable' }

  const owner = `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`
  if (!(await ledger.acquireLease(newsletterId, owner, new Date(), settings.leaseMs))) return { outcome: 'busy' }

  let stop: 'paused' | 'busy' | 'stopped' | null = null
  let finished!: () => void
  running.set(newsletterId, { stop: () => (stop ??= 'stopped'), done: new Promise<void>((resolve) => (finished = resolve)) })
  let transport: Transporter | undefined
  let watch: NodeJS.Timeout | undefined
  const report = async () => {
    const counts = await ledger.counts(newsletterId)
    await writeCounts(payload, newsletterId, counts)
    options.onProgress?.(counts)
    return counts
  }

  try {
    ledger.open?.()
    const { smtpUrl, from, siteUrl, dkim } = mailSettings(payload)
    transport = gateMessages(options.transport ?? createSendTransport({ smtpUrl, dkim, concurrency: settings.concurrency, ratePerSecond: settings.ratePerSecond }))
    // Renew the lease, notice a pause, publish counts: once every second or so, off the send path.
    watch = setInterval(() => {
      void (async () => {
        if (!(await ledger.acquireLease(newsletterId, owner, new Date(), settings.leaseMs))) stop ??= 'busy'
        const current = await payload.db.findOne<{ id: Id; status?: string }>({ collection: 'newsletters', where: { id: { equals: newsletterId } }, select: { status: true } })
        if (current?.status === 'paused') stop ??= 'paused'
        await report()
      })().catch((error) => payload.logger.error({ err: error, msg: `newsletter ${newsletterId}: watch failed` }))
    }, Math.min(1000, Math.floor(settings.leaseMs / 3)))

    // Read again under the lease: a sender that held it before may have frozen the issue meanwhile.
    const leased = await read()
    // Content and recipients are frozen at once: the issue renders here while the ledger inserts
    // the recipients (on SQLite, on its own thread). A crash before the content is stored freezes
    // both again at a new time: the recipients then are everyone confirmed by that time, those
    // already in the ledger kept (nothing has been sent before the content is stored).
    const frozenAt = leased?.frozen?.at ? new Date(leased.frozen.at) : new Date()
    await Promise.all([leased?.frozen?.at ? undefined : freezeContent(payload, newsletterId, frozenAt), freezeRecipients(payload, ledger, newsletterId, frozenAt)])
    const unknown = await ledger.markInFlightUnknown(newsletterId)
    if (unknown > 0) payload.logger.warn(`소식지 ${newsletterId}: 이전 발송이 중단되어 결과를 알 수 없는 수신자 ${unknown}명 — 관리 화면에서 재발송 또는 제외하세요.`)

    const frozen = await read()
    const content: FrozenIssue = { subject: frozen?.frozen?.subject ?? '', html: frozen?.frozen?.html ?? '', text: frozen?.frozen?.text ?? '' }
    const ctx: DeliveryContext = { newsletter: newsletterId, issue: content, ledger, transport, settings, from, siteUrl, secret: payload.secret, precomposed: await precomposeIssue(content, from) }
    let failuresInARow = 0
    for (;;) {
      const source = new RowSource((after) => ledger.nextDue(newsletterId, new Date(), settings.batchSize, after), Math.floor(settings.batchSize / 2))
      await drain(settings.concurrency, () => deliveryWorker(() => source.next(), ctx, async (result) => {
        failuresInARow = result === 'sent' ? 0 : failuresInARow + 1
        if (failuresInARow >= settings.errorThreshold && !stop) {
          stop = 'paused'
          payload.logger.error(`소식지 ${newsletterId}: 연속 ${failuresInARow}건 실패로 발송을 일시정지합니다. SMTP 서버를 확인한 뒤 재개하세요.`)
          await setIssueStatus(payload, newsletterId, 'paused')
        }
      }, () => stop !== null))
      if (stop) break
      const next = await ledger.nextRetryAt(newsletterId)
      if (!next) break
      // Temporary failures wait out their back-off; keep renewing, and stay pausable meanwhile.
      while (!stop && Date.now() < next.getTime()) await sleep(Math.min(1000, next.getTime() - Date.now()))
      if (stop) break
    }

    const counts = await report()
    if (stop) return { outcome: stop === 'stopped' ? 'busy' : stop, counts }
    await setIssueStatus(payload, newsletterId, 'sent', { sentAt: issue.sentAt ?? new Date().toISOString() })
    payload.logger.info(`소식지 ${newsletterId} 발송 완료: 발송 ${counts.sent}, 실패 ${counts.failed}, 결과 불명 ${counts.unknown}`)
    return { outcome: 'finished', counts }
  } finally {
    running.delete(newsletterId)
    finished()
    clearInterval(watch)
    if (!options.transport) transport?.close()
    if (stop !== 'busy') await ledger.releaseLease(newsletterId, owner).catch(() => undefined)
    if (!options.ledger) ledger.close?.()
  }
}
