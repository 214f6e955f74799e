import type { Payload, PayloadRequest } from 'payload'

export const SITE_QUEUE = 'site'
export const REBUILD_TASK = 'rebuildSite'

/**
 * How long a rebuild waits for more edits. A burst (an admin saving several programs, an
 * import) lands in the one pending build instead of one build per save.
 */
export const REBUILD_DEBOUNCE_MS = 300

/**
 * Queues a site rebuild unless one is already waiting to start: that pending build will read
 * the database when it runs, so it will include this change too. A build already running
 * does not count: it may have read the data before this change.
 */
export async function queueSiteRebuild(payload: Payload, reason: string, req?: PayloadRequest): Promise<'queued' | 'coalesced'> {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: REBUILD_TASK } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    req,
    overrideAccess: true,
  })
  if (totalDocs > 0) return 'coalesced'
  await payload.jobs.queue({
    task: REBUILD_TASK,
    queue: SITE_QUEUE,
    input: { reason },
    waitUntil: new Date(Date.now() + REBUILD_DEBOUNCE_MS),
    req,
  })
  return 'queued'
}
