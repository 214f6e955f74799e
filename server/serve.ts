/**
 * The server process `npm start` launches (cli/start.mjs) once the admin build is fresh:
 * migrate the database, seed the demo on an empty database (never in production), start the jobs
 * thread (server/jobsThread.ts: site builds, sends, alerts), then serve admin + API + site on one
 * port from this thread, which runs no jobs.
 *
 * Runs as the bundle cli/build.mjs makes (no TypeScript loader at run time), with the
 * environment the launcher sets (NODE_ENV=production for Next, the operator's intent recorded).
 */
import type { AddressInfo } from 'node:net'
import next from 'next'
import { getPayload } from 'payload'
import { seedDemo } from '../seed/demo'
import { createConfig } from '../cms/config/createConfig'
import { isProductionDeployment, readEnv } from '../kernel/settings/env'
import { migrateDatabase } from '../cms/database/migrate'
import { createServer } from './server'
import { printWelcome } from './welcome'
import { onCommittedWrite, replayCommittedWrite } from './committedWrites'
import { startJobsThread } from './jobsHost'

/** The jobs thread's code beside this file: the bundle's own (cli/build.mjs), or the source under a TypeScript loader. */
const JOBS_THREAD = new URL(import.meta.url.endsWith('.ts') ? './jobsThread.ts' : './jobsThread.mjs', import.meta.url)

async function main(): Promise<void> {
  const started = Number(process.env.WINWINNURI_STARTED_AT ?? Date.now())
  const env = readEnv()
  // No jobs on this thread: its event loop is for requests. Work queued here (a save's publish,
  // a send) runs on the jobs thread.
  const payload = await getPayload({ config: createConfig({ autoRunJobs: false }) })
  await migrateDatabase(payload)

  const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
  if (users === 0 && !isProductionDeployment()) {
    await seedDemo(payload, { log: (line) => payload.logger.info(line) })
  }

  const jobs = startJobsThread(JOBS_THREAD, {
    info: (message) => payload.logger.info(message),
    error: (message, error) => payload.logger.error({ err: error, msg: message }),
    wrote: (slug, deleted) => replayCommittedWrite(payload, slug, deleted),
  })
  // A job queued here is visible to the jobs thread once committed: wake it then, not at its next poll.
  onCommittedWrite(payload, ['payload-jobs'], () => jobs.kick())

  const nextApp = next({ dev: false, dir: 'cms' })
  // The admin prepares while the jobs thread resumes sends and (on a first start) builds the site.
  await Promise.all([nextApp.prepare(), jobs.ready])
  const handle = nextApp.getRequestHandler()
  const app = createServer(payload, (req, res) => handle(req, res))

  // Behind `npm start`'s front (server/front.ts, in the launcher): a loopback port of the system's
  // choosing, told to the launcher; the public port is the front's. Run on its own: PORT.
  const behindFront = Boolean(process.env.WINWINNURI_FRONT_TOKEN) && typeof process.send === 'function'
  const listening = () => {
    if (behindFront) process.send!({ winwinnuriServerPort: (server.address() as AddressInfo).port })
    printWelcome({ siteUrl: env.siteUrl, seconds: (Date.now() - started) / 1000, demo: !isProductionDeployment(), database: payload.db.name })
  }
  const server = behindFront ? app.listen(0, '127.0.0.1', listening) : app.listen(env.port, listening)
  server.on('error', (error) => {
    console.error(`서버를 시작할 수 없습니다 (포트 ${behindFront ? '127.0.0.1 임의 포트' : env.port}): ${error.message}`)
    process.exit(1)
  })

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close()
      // A newsletter send lets its messages in flight finish and be recorded, then resumes at the next start.
      void jobs
        .stop()
        .then(() => payload.destroy())
        .finally(() => process.exit(0))
    })
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
