/**
 * The jobs thread of `npm start`: a worker thread with a Payload instance of its own (its own
 * database connection, the site publisher, Payload's crons on) that runs the background work
 * (server/backgroundWork.ts): site builds and publishes, newsletter sends, alerts, the digest.
 *
 * Why a thread: a full build renders for seconds and a 10,000-recipient send keeps a core busy
 * for minutes; on the web thread they stalled every request behind them (the load benchmark's
 * static pages fell to 0.07× plain `express.static`). Here they run on their own event loop, and
 * the process is still one (`npm start`'s default; one database file, one set of logs).
 *
 * Messages (server/jobsHost.ts is the other end): `kick` — work was queued and committed by the
 * web thread, run the site queue now rather than at its next poll; `stop` — finish what is in
 * flight (a send records its answers, see stopRunningSends), close the database, end. Back:
 * `ready`, and `wrote` for each write this thread commits (the web thread's public read cache
 * empties on it, server/publicCache.ts).
 */
import { parentPort, type MessagePort } from 'node:worker_threads'
import { getPayload } from 'payload'
import { createConfig } from '../cms/config/createConfig'
import { sitePublisher } from '../cms/jobs/runSiteBuild'
import { kickSiteQueue } from '../kernel/jobs'
import { startBackgroundWork } from './backgroundWork'
import { onCommittedWrite } from './committedWrites'
import { lowerThreadPriority } from './threadPriority'

export type ToJobsThread = { type: 'kick' } | { type: 'stop' }
export type FromJobsThread = { type: 'ready' } | { type: 'wrote'; slug: string; deleted: boolean }

/** The jobs queue's own bookkeeping: nothing on the web thread reads it. */
const UNREPORTED = new Set(['payload-jobs', 'payload-locked-documents', 'payload-preferences', 'payload-migrations'])

async function run(port: MessagePort): Promise<void> {
  // Requests first: when the cores are contended, this thread (and the Pagefind it starts) yields.
  lowerThreadPriority()
  const payload = await getPayload({ config: createConfig({ sitePublisher }), cron: true })
  // What this thread commits (an alert's watermark, an issue marked 발송완료) is news to the web
  // thread's caches, which see only their own instance's writes.
  const reported = payload.config.collections.map((collection) => collection.slug).filter((slug) => !UNREPORTED.has(slug))
  onCommittedWrite(payload, reported, (slug, deleted) => port.postMessage({ type: 'wrote', slug, deleted } satisfies FromJobsThread))
  const work = await startBackgroundWork(payload)
  port.on('message', (message: ToJobsThread) => {
    if (message.type === 'kick') kickSiteQueue()
    else if (message.type === 'stop') {
      // In a worker thread process.exit ends the thread only: no handle left open (a pool's
      // timer, a driver's) keeps it waiting for the host's timeout.
      void work
        .stop()
        .then(() => payload.destroy())
        .finally(() => process.exit(0))
    }
  })
  port.postMessage({ type: 'ready' } satisfies FromJobsThread)
}

if (parentPort) {
  const port = parentPort
  run(port).catch((error) => {
    // Reported to the web thread as the worker's 'error' event.
    throw error
  })
}
