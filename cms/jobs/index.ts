import type { JobsConfig } from 'payload'
import { siteTasks, type SitePublisher } from './rebuildSite'
import { newsletterTasks } from './sendNewsletter'
import { alertTasks } from './sendProgramAlerts'
import { notificationTasks } from '../../notifications/reviewDigest'
import { NEWSLETTER_QUEUE, ALERTS_QUEUE, NOTIFICATIONS_QUEUE } from '../../kernel/jobs'

/**
 * The jobs queue: site publishes and rebuilds (one at a time on `site`, run by
 * cms/jobs/siteQueue.ts as soon as they are queued), newsletter sends (on
 * `newsletter`, so a long send never holds up a rebuild), the weekly program alerts (on
 * `alerts`, checked once a minute: it only ever holds its Monday run) and the platform admins'
 * review digest (on `notifications`, notifications/reviewDigest.ts). Runs only where
 * getPayload was called with `cron: true` (the jobs thread, server/jobsThread.ts); every second, so queued work starts promptly.
 */
export function jobsConfig(sitePublisher?: SitePublisher, { autoRun = true } = {}): JobsConfig {
  return {
    // Payload's Next route handlers start the crons too (getPayload with cron: true); tests turn
    // them off so that jobs run only when a test runs them, never behind its back.
    shouldAutoRun: () => autoRun,
    tasks: [...siteTasks(sitePublisher), ...newsletterTasks(), ...alertTasks(), ...notificationTasks()],
    // Nothing scheduled where jobs do not run (the web thread, tests): the crons would still queue scheduled work.
    autoRun: !autoRun ? [] : [
      { cron: '* * * * * *', queue: NEWSLETTER_QUEUE, limit: 1 },
      { cron: '0 * * * * *', queue: ALERTS_QUEUE, limit: 1 },
      // The review digest waits (waitUntil) for its hour; checked every 10 seconds.
      { cron: '*/10 * * * * *', queue: NOTIFICATIONS_QUEUE, limit: 1 },
    ],
    deleteJobOnComplete: true,
  }
}
