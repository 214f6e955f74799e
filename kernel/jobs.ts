/**
 * The jobs queue's names and the ways work is put on it. The tasks themselves (what runs) are
 * registered by cms/jobs/, which imports the features; the features queue work through this
 * file only, so none of them imports cms/jobs (the layer order in the README).
 */
import type { Payload, PayloadRequest } from 'payload'

/** Site rebuilds, one at a time. */
export const SITE_QUEUE = 'site'
export const REBUILD_TASK = 'rebuildSite'
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
 * How long a rebuild waits for more edits. A burst (an admin saving several programs, an
 * import) lands in the one pending build instead of one build per save.
 */
export const REBUILD_DEBOUNCE_MS = 300

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
 * Queues a site rebuild unless one is already waiting to start: that pending build will read
 * the database when it runs, so it will include this change too.
 */
export async function queueSiteRebuild(payload: Payload, reason: string, req?: PayloadRequest): Promise<'queued' | 'coalesced'> {
  if (await hasWaitingJob(payload, REBUILD_TASK, req)) return 'coalesced'
  await payload.jobs.queue({
    task: REBUILD_TASK,
    queue: SITE_QUEUE,
    input: { reason },
    waitUntil: new Date(Date.now() + REBUILD_DEBOUNCE_MS),
    req,
  })
  return 'queued'
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
