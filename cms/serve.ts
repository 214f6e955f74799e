/**
 * The server process `npm start` launches (cms/start.ts) once the admin build is fresh:
 * migrate the database, seed the demo on an empty database (never in production), then serve
 * admin + API + site on one port.
 */
// The operator's intent is captured before NODE_ENV is set for Next's production runtime.
process.env.WINWINNURI_PRODUCTION ??= process.env.NODE_ENV === 'production' ? '1' : '0'
Object.assign(process.env, { NODE_ENV: 'production' })
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.DISABLE_PAYLOAD_HMR = 'true'

// Modules load through tsx's off-thread loader; while the main thread only awaits them it may
// have no handle of its own, and Node would end the process with exit code 13 (unsettled
// top-level await). This timer holds the process until the server listens.
const keepAlive = setInterval(() => undefined, 60_000)
const started = Number(process.env.WINWINNURI_STARTED_AT ?? Date.now())

const { default: next } = await import('next')
const { getPayload } = await import('payload')
const { createConfig } = await import('./config/createConfig')
const { isProductionDeployment, readEnv } = await import('./config/env')
const { migrateDatabase } = await import('./database/migrate')
const { createServer } = await import('./server')
const { printWelcome } = await import('./welcome')

const env = readEnv()
const payload = await getPayload({ config: createConfig() })
await migrateDatabase(payload)

const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
if (users === 0 && !isProductionDeployment()) {
  const { seedDemo } = await import('../seed/demo')
  await seedDemo(payload, { log: (line) => payload.logger.info(line) })
}

const nextApp = next({ dev: false, dir: 'cms' })
await nextApp.prepare()
const handle = nextApp.getRequestHandler()
const app = createServer(payload, (req, res) => handle(req, res))

const server = app.listen(env.port, () => {
  clearInterval(keepAlive)
  printWelcome({ siteUrl: env.siteUrl, seconds: (Date.now() - started) / 1000, demo: !isProductionDeployment(), database: payload.db.name })
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close()
    void payload.destroy().finally(() => process.exit(0))
  })
}

export {}
