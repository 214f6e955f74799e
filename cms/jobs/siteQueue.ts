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
 * A task run one at a time: asked while it runs, it runs once more as soon as it ends (however
 * often it was asked meanwhile). Errors are reported, never thrown.
 */
function serialized(task: () => Promise<unknown>, onError: (error: unknown) => void, stopped: () => boolean) {
  let current: Promise<void> | null = null
  let again = false
  return {
    run(): void {
      if (stopped()) return
      if (current) {
        again = true
        return
      }
      current = (async () => {
        do {
          again = false
          await task().catch(onError)
        } while (again && !stopped())
      })().finally(() => {
        current = null
      })
    },
    get current() {
      return current
    },
  }
}

/**
 * `whileBusy` runs when work is queued here while a job is running (a save during a slow publish
 * or build): the server passes the program pages' fast lane (runSiteBuild.ts runProgramPagesNow),
 * so a saved program's page does not wait for the job ahead of its own. One at a time; a kick
 * during one runs it once more after.
 */
export function startSiteQueue(payload: Payload, { pollMs = 1000, whileBusy }: { pollMs?: number; whileBusy?: () => Promise<unknown> } = {}): SiteQueueRunner {
  let stopped = false
  const isStopped = () => stopped

  const drain = async () => {
    await payload.jobs.handleSchedules({ queue: SITE_QUEUE })
    for (let i = 0; i < MAX_JOBS_PER_WAKE && !stopped; i++) {
      const { noJobsRemaining } = await payload.jobs.run({ queue: SITE_QUEUE, limit: 1 })
      if (noJobsRemaining) break
    }
  }
  // Queued while a job runs: look again as soon as it ends.
  const jobs = serialized(drain, (error) => payload.logger.error({ err: error, msg: 'site queue' }), isStopped)
  const fastLane = whileBusy && serialized(whileBusy, (error) => payload.logger.warn({ err: error, msg: 'site queue: while busy' }), isStopped)
  const wake = () => jobs.run()

  const timer = setInterval(wake, pollMs)
  timer.unref()
  onSiteWorkQueued(() => {
    if (jobs.current) fastLane?.run()
    wake()
  })
  wake()
  return {
    idle: async () => {
      while (jobs.current || fastLane?.current) await (jobs.current ?? fastLane?.current)
    },
    stop: () => {
      stopped = true
      clearInterval(timer)
      onSiteWorkQueued(undefined)
    },
  }
}
