/**
 * Runs the `site` queue in this process, one job at a time: at once when work is queued here
 * (kernel/jobs.ts kickSiteQueue — a save publishes without waiting for a poll), and once a
 * second for work queued by another process or scheduled (the daily rebuild). Replaces Payload's
 * every-second autoRun for this queue, whose tick would race a kick for the same job.
 */
import type { Payload } from 'payload'
import { onSiteWorkQueued, SITE_QUEUE } from '../../kernel/jobs'

/** Jobs run back to back before the runner yields to its next wake-up (a failing job retries at most this often). */
const MAX_JOBS_PER_WAKE = 20

/** `idle` resolves when no job is running (tests); `stop` ends the polling (a job already running is not waited for). */
export type SiteQueueRunner = { stop: () => void; idle: () => Promise<void> }

/**
 * `whileBusy` runs when work is queued here while a job is running (a save during a slow publish
 * or build): the server passes the program pages' fast lane (runSiteBuild.ts runProgramPagesNow),
 * so a saved program's page does not wait for the job ahead of its own. One at a time; a kick
 * during one runs it once more after.
 */
export function startSiteQueue(payload: Payload, { pollMs = 1000, whileBusy }: { pollMs?: number; whileBusy?: () => Promise<unknown> } = {}): SiteQueueRunner {
  let running: Promise<void> | null = null
  let again = false
  let stopped = false
  let busyRun: Promise<void> | null = null
  let busyAgain = false

  const runWhileBusy = (): void => {
    if (!whileBusy || stopped) return
    if (busyRun) {
      busyAgain = true
      return
    }
    busyRun = (async () => {
      do {
        busyAgain = false
        await whileBusy().catch((error) => payload.logger.warn({ err: error, msg: 'site queue: while busy' }))
      } while (busyAgain && !stopped)
    })().finally(() => {
      busyRun = null
    })
  }

  const drain = async () => {
    await payload.jobs.handleSchedules({ queue: SITE_QUEUE })
    for (let i = 0; i < MAX_JOBS_PER_WAKE && !stopped; i++) {
      const { noJobsRemaining } = await payload.jobs.run({ queue: SITE_QUEUE, limit: 1 })
      if (noJobsRemaining) break
    }
  }
  const wake = (): void => {
    if (stopped) return
    if (running) {
      again = true // queued while a job runs: look again as soon as it ends
      return
    }
    running = (async () => {
      do {
        again = false
        await drain().catch((error) => payload.logger.error({ err: error, msg: 'site queue' }))
      } while (again && !stopped)
    })().finally(() => {
      running = null
    })
  }

  const timer = setInterval(wake, pollMs)
  timer.unref()
  onSiteWorkQueued(() => {
    if (running) runWhileBusy()
    wake()
  })
  wake()
  return {
    idle: async () => {
      while (running || busyRun) await (running ?? busyRun)
    },
    stop: () => {
      stopped = true
      clearInterval(timer)
      onSiteWorkQueued(undefined)
    },
  }
}
