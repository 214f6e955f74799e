/**
 * The platform admins' review digest (확인요청 알림), at most one an hour: `queueReviewDigest` (called
 * by the save hooks when a program is sent for review or an event reaches no company admin) puts
 * one `sendReviewDigest` job on the `notifications` queue, to run when an hour has passed since
 * the last digest; a job already waiting absorbs later events. `runReviewDigest` is the work:
 * everything since the watermark, one message per platform admin, then the watermark moves.
 * cms/jobs/index.ts registers the task; this folder never imports cms/jobs.
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { platformAudience } from './audience'
import { sendNow } from './deliver'
import { collectDigest, digestDueAt, digestWindow, isEmptyDigest, type DigestApplication, type DigestProgram } from './digest'
import { renderReviewDigest } from './messages'
import { linkBase, loadCompanyAdmins, loadPlatformAdmins } from './people'
import { idOf, type Id } from './ids'
import { DIGEST_TASK, hasWaitingJob, NOTIFICATIONS_QUEUE } from '../kernel/jobs'

const GLOBAL = 'review-digest'


async function readState(payload: Payload, req?: PayloadRequest) {
  const state = await payload.findGlobal({ slug: GLOBAL, depth: 0, overrideAccess: true, req })
  return { coveredUntil: state.coveredUntil ?? null, lastSentAt: state.lastSentAt ?? null }
}

/**
 * Queues the digest unless one is already waiting (it will read everything when it runs). On a
 * fresh install the first event starts the watermark, so what happened before it (the demo seed,
 * imports) is never reported as news.
 */
export async function queueReviewDigest(
  payload: Payload,
  { eventAt, req, now = new Date() }: { eventAt?: string | null; req?: PayloadRequest; now?: Date } = {},
): Promise<'queued' | 'coalesced'> {
  const state = await readState(payload, req)
  if (!state.coveredUntil && eventAt) {
    const justBefore = new Date(Date.parse(eventAt) - 1).toISOString()
    await payload.updateGlobal({ slug: GLOBAL, data: { coveredUntil: justBefore }, depth: 0, overrideAccess: true, req })
  }
  if (await hasWaitingJob(payload, DIGEST_TASK, req)) return 'coalesced'
  const dueAt = digestDueAt(state.lastSentAt, now)
  await payload.jobs.queue({
    task: DIGEST_TASK,
    queue: NOTIFICATIONS_QUEUE,
    input: {},
    ...(dueAt.getTime() > now.getTime() ? { waitUntil: dueAt } : {}),
    req,
  })
  return 'queued'
}

export type DigestOutcome = 'sent' | 'nothing-new' | 'not-due' | 'no-recipients'
export type DigestReport = { outcome: DigestOutcome; submitted: number; unreached: number; sent: number; failed: number; dueAt?: string }

/** Reads what happened in the window: programs (their latest versions) and applications. */
async function gather(payload: Payload, window: { since: string; until: string }) {
  const range = (field: string) => [{ [field]: { greater_than: window.since } }, { [field]: { less_than_equal: window.until } }]
  // A program's review state is its latest version (a pending revision of a live program).
  const programs = await payload.find({
    collection: 'programs',
    draft: true,
    where: { updatedAt: { greater_than: window.since } },
    select: { title: true, company: true, reviewStatus: true, reviewHistory: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const applications = await payload.find({
    collection: 'applications',
    where: { and: range('createdAt') },
    select: { program: true, programCompany: true, company: true, applicantCompanyName: true, createdAt: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const companyIds = [...new Set([
    ...programs.docs.map((p) => idOf(p.company)),
    ...applications.docs.flatMap((a) => [idOf(a.programCompany), a.applicantCompanyName ? null : idOf(a.company)]),
  ].filter((id): id is Id => id != null))]
  const missingTitles = [...new Set(applications.docs.map((a) => idOf(a.program)).filter((id): id is Id => id != null))]
  const [admins, companies, titled] = await Promise.all([
    loadCompanyAdmins(payload, companyIds),
    companyIds.length
      ? payload.find({ collection: 'companies', where: { id: { in: companyIds } }, select: { name: true }, depth: 0, pagination: false, overrideAccess: true })
      : { docs: [] as { id: Id; name?: string | null }[] },
    missingTitles.length
      ? payload.find({ collection: 'programs', draft: true, where: { id: { in: missingTitles } }, select: { title: true }, depth: 0, pagination: false, overrideAccess: true })
      : { docs: [] as { id: Id; title?: string | null }[] },
  ])
  return collectDigest({
    window,
    programs: programs.docs as DigestProgram[],
    applications: applications.docs as DigestApplication[],
    companiesWithAdmin: new Set(admins.map((a) => String(idOf(a.company)))),
    companyNames: new Map(companies.docs.map((c) => [String(c.id), c.name ?? ''])),
    programTitles: new Map(titled.docs.map((p) => [String(p.id), p.title ?? ''])),
  })
}

/**
 * Sends the digest if an hour has passed since the last one and there is something to say, to each
 * platform admin who keeps 확인요청 알림 on (one message each; a failure is logged), then moves the
 * watermark to the run's start. Nothing new moves the watermark and sends nothing.
 */
export async function runReviewDigest(payload: Payload, { now = new Date() }: { now?: Date } = {}): Promise<DigestReport> {
  const state = await readState(payload)
  const dueAt = digestDueAt(state.lastSentAt, now)
  if (dueAt.getTime() > now.getTime()) return { outcome: 'not-due', submitted: 0, unreached: 0, sent: 0, failed: 0, dueAt: dueAt.toISOString() }
  const window = digestWindow(state.coveredUntil, now)
  const digest = await gather(payload, window)
  const counts = { submitted: digest.submitted.length, unreached: digest.unreached.length }
  const moveWatermark = (data: { coveredUntil: string; lastSentAt?: string }) =>
    payload.updateGlobal({ slug: GLOBAL, data, depth: 0, overrideAccess: true })
  if (isEmptyDigest(digest)) {
    await moveWatermark({ coveredUntil: window.until })
    return { outcome: 'nothing-new', ...counts, sent: 0, failed: 0 }
  }
  const recipients = platformAudience(await loadPlatformAdmins(payload), 'submissions')
  if (recipients.length === 0) {
    await moveWatermark({ coveredUntil: window.until })
    return { outcome: 'no-recipients', ...counts, sent: 0, failed: 0 }
  }
  const links = linkBase(payload)
  let sent = 0
  for (const recipient of recipients) {
    const mail = renderReviewDigest({ digest, recipientName: recipient.name, links })
    if (await sendNow(payload, { to: recipient.email, ...mail }, '확인요청 알림')) sent += 1
  }
  await moveWatermark({ coveredUntil: window.until, lastSentAt: now.toISOString() })
  payload.logger.info(`확인요청 알림: 확인요청 ${counts.submitted}건, 알리지 못한 일 ${counts.unreached}건을 ${sent}명에게 보냈습니다`)
  return { outcome: 'sent', ...counts, sent, failed: recipients.length - sent }
}

type DigestIO = { input: Record<string, never>; output: DigestReport }

/** The jobs-queue task; a run that comes too early (a digest just went) queues itself for when it is due. */
export function notificationTasks(): TaskConfig<DigestIO>[] {
  return [
    {
      slug: DIGEST_TASK,
      label: 'Send the platform admins\' review digest',
      // A run that failed as a whole (database down) is tried once more.
      retries: 1,
      outputSchema: [
        { name: 'outcome', type: 'text', required: true },
        { name: 'submitted', type: 'number', required: true },
        { name: 'unreached', type: 'number', required: true },
        { name: 'sent', type: 'number', required: true },
        { name: 'failed', type: 'number', required: true },
        { name: 'dueAt', type: 'text' },
      ],
      handler: async ({ req }) => {
        const report = await runReviewDigest(req.payload)
        if (report.outcome === 'not-due') await queueReviewDigest(req.payload)
        return { output: report }
      },
    } as TaskConfig<DigestIO>,
  ]
}
