/**
 * The jobs queue's names and the ways work is put on it. The tasks themselves (what runs) are
 * registered by cms/jobs/, which imports the features; the features queue work through this
 * file only, so none of them imports cms/jobs (the layer order in the README).
 */
import type { Payload, PayloadRequest } from 'payload'

/** Site builds and publishes, one at a time. */
export const SITE_QUEUE = 'site'
/** A full build of the public site. */
export const REBUILD_TASK = 'rebuildSite'
/** An incremental publish of the programs saved since the live build (site/publish/incremental.ts). */
export const PUBLISH_TASK = 'publishSiteChanges'
/** Newsletter sends, on their own queue so a long send never holds up a rebuild. */
export const NEWSLETTER_QUEUE = 'newsletter'
export const SEND_TASK = 'sendNewsletter'
/** The weekly program alerts. */
export const ALERTS_QUEUE = 'alerts'
export const ALERTS_TASK = 'sendProgramAlerts'
/** The platform admins' review digest. */
export const NOTIFICATIONS_QUEUE = 'notifications'
export const DIGEST_TASK = 'sendReviewDigest'

/**
 * Whether a job of this task is queued and not yet started. A job already running does not
 * count: it may have read the data before the change that asks for another.
 */
export async function hasWaitingJob(payload: Payload, task: string, req?: PayloadRequest): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: task } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    req,
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * What a change needs on the public site: `programs` — only programs changed, which an
 * incremental publish handles; `full` — anything else (a company, card news, a guide, a
 * newsletter, a deletion), which takes a full build.
 */
export type SiteChange = 'programs' | 'full'

/**
 * Queues the site work a change needs, unless work already waiting to start covers it: a
 * waiting job reads the database when it runs, so it includes this change too (a burst of saves
 * is one publish). A waiting full build covers everything; a waiting publish covers programs.
 * The job runs as soon as it is queued (kickSiteQueue), not on the next poll.
 */
export async function queueSiteRebuild(payload: Payload, reason: string, req?: PayloadRequest, change: SiteChange = 'full'): Promise<'queued' | 'coalesced'> {
  const covered = (await hasWaitingJob(payload, REBUILD_TASK, req)) || (change === 'programs' && (await hasWaitingJob(payload, PUBLISH_TASK, req)))
  if (!covered) await payload.jobs.queue({ task: change === 'full' ? REBUILD_TASK : PUBLISH_TASK, queue: SITE_QUEUE, input: { reason }, req })
  kickSiteQueue()
  return covered ? 'coalesced' : 'queued'
}

const KICK = Symbol.for('winwinnuri.siteQueue.kick')
type KickHolder = { [KICK]?: () => void }

/**
 * The process that runs the site queue (cms/jobs/siteQueue.ts) registers here how to wake it.
 * Kept on globalThis: the admin's Next bundle carries its own copy of this module, and its
 * saves must wake the same runner.
 */
export function onSiteWorkQueued(kick: (() => void) | undefined): void {
  ;(globalThis as KickHolder)[KICK] = kick
}

/** Wakes this process's site-queue runner, if it has one; others poll the queue. */
export function kickSiteQueue(): void {
  ;(globalThis as KickHolder)[KICK]?.()
}

/** Queues the send of one issue, to start now or at `at` (the sendAt). */
export async function queueNewsletterSend(payload: Payload, newsletterId: string | number, at?: Date, req?: PayloadRequest): Promise<void> {
  await payload.jobs.queue({
    task: SEND_TASK,
    queue: NEWSLETTER_QUEUE,
    input: { newsletter: String(newsletterId) },
    ...(at && at.getTime() > Date.now() ? { waitUntil: at } : {}),
    req,
  })
}
