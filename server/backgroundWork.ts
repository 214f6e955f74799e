/**
 * What runs behind the requests: the jobs queue (newsletter sends, the weekly program alerts,
 * the review digest, on Payload's crons), the site queue (publishes on change, the daily 진행단계
 * rebuild: cms/jobs/siteQueue.ts), and at start the sends and alerts a stop interrupted and the
 * first build of the site. `npm start` runs it on its jobs thread (server/jobsThread.ts), so none
 * of it competes with requests for the web thread's event loop.
 */
import type { Payload } from 'payload'
import { runProgramPagesNow, runSiteBuild } from '../cms/jobs/runSiteBuild'
import { startSiteQueue, type SiteQueueRunner } from '../cms/jobs/siteQueue'
import { liveSiteDir } from '../site/publish/output'
import { resumeInterruptedSends } from '../newsletter/send/resumeSends'
import { resumeInterruptedAlerts } from '../newsletter/alerts/resume'
import { stopRunningSends } from '../newsletter/send/runSend'
import { queueSiteRebuild } from '../kernel/jobs'

export type BackgroundWork = { siteQueue: SiteQueueRunner; stop: () => Promise<void> }

/**
 * Starts the background work on a Payload instance made with the site publisher and `cron: true`.
 * Resolves once the site is there to serve: the first start builds it first; later starts serve
 * the last build at once and refresh it behind (the calendar may have moved 진행단계).
 */
export async function startBackgroundWork(payload: Payload): Promise<BackgroundWork> {
  // A newsletter send a crash or a stop interrupted continues from its ledger.
  await resumeInterruptedSends(payload)
  // So does a weekly program-alerts run (recipients already sent to are skipped).
  await resumeInterruptedAlerts(payload)
  if (liveSiteDir()) await queueSiteRebuild(payload, 'server start')
  else await runSiteBuild(payload, 'first start').catch(() => undefined)
  // A program saved while a publish runs gets its page at once, ahead of the job it queued.
  const siteQueue = startSiteQueue(payload, { whileBusy: () => runProgramPagesNow(payload) })
  return {
    siteQueue,
    stop: async () => {
      siteQueue.stop()
      // A newsletter send lets its messages in flight finish and be recorded, then resumes at the next start.
      await stopRunningSends()
    },
  }
}
