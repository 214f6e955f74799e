/**
 * The server process `npm start` launches (cli/start.mjs) once the admin build is fresh:
 * migrate the database, seed the demo on an empty database (never in production), then serve
 * admin + API + site on one port.
 *
 * Runs as the bundle cli/build.mjs makes (no TypeScript loader at run time), with the
 * environment the launcher sets (NODE_ENV=production for Next, the operator's intent recorded).
 */
import next from 'next'
import { getPayload } from 'payload'
import { seedDemo } from '../seed/demo'
import { createConfig } from '../cms/config/createConfig'
import { isProductionDeployment, readEnv } from '../kernel/settings/env'
import { migrateDatabase } from '../cms/database/migrate'
import { createServer } from './server'
import { printWelcome } from './welcome'
import { runProgramPagesNow, runSiteBuild, sitePublisher } from '../cms/jobs/runSiteBuild'
import { startSiteQueue } from '../cms/jobs/siteQueue'
import { liveSiteDir } from '../site/publish/output'
import { resumeInterruptedSends } from '../newsletter/send/resumeSends'
import { resumeInterruptedAlerts } from '../newsletter/alerts/resume'
import { stopRunningSends } from '../newsletter/send/runSend'
import { queueSiteRebuild } from '../kernel/jobs'

async function main(): Promise<void> {
  const started = Number(process.env.WINWINNURI_STARTED_AT ?? Date.now())
  const env = readEnv()
  // cron: this process runs the jobs queue (newsletter sends, alerts, the review digest); the
  // site queue (publishes on change, the daily 진행단계 rebuild) has its own runner below.
  const payload = await getPayload({ config: createConfig({ sitePublisher }), cron: true })
  await migrateDatabase(payload)

  const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
  if (users === 0 && !isProductionDeployment()) {
    await seedDemo(payload, { log: (line) => payload.logger.info(line) })
  }
  // A newsletter send a crash or a stop interrupted continues from its ledger.
  await resumeInterruptedSends(payload)
  // So does a weekly program-alerts run (recipients already sent to are skipped).
  await resumeInterruptedAlerts(payload)
  // The first start builds the site before it says it is ready; later starts serve the last
  // build at once and refresh it in the background (the calendar may have moved 진행단계).
  if (liveSiteDir()) await queueSiteRebuild(payload, 'server start')
  else await runSiteBuild(payload, 'first start').catch(() => undefined)
  // A program saved while a publish runs gets its page at once, ahead of the job it queued.
  const siteQueue = startSiteQueue(payload, { whileBusy: () => runProgramPagesNow(payload) })

  const nextApp = next({ dev: false, dir: 'cms' })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()
  const app = createServer(payload, (req, res) => handle(req, res))

  const server = app.listen(env.port, () => {
    printWelcome({ siteUrl: env.siteUrl, seconds: (Date.now() - started) / 1000, demo: !isProductionDeployment(), database: payload.db.name })
  })
  server.on('error', (error) => {
    console.error(`서버를 시작할 수 없습니다 (포트 ${env.port}): ${error.message}`)
    process.exit(1)
  })

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close()
      // A newsletter send lets its messages in flight finish and be recorded, then resumes at the next start.
      siteQueue.stop()
      void stopRunningSends()
        .then(() => payload.destroy())
        .finally(() => process.exit(0))
    })
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
