/**
 * `npm start`: builds when the inputs changed (cli/build.mjs), then runs the server bundle in
 * its own process, passes signals on to it, and answers the public port itself with the front
 * (server/front.ts: the site's files here, everything else to the server on loopback). Plain JavaScript: nothing here needs a
 * TypeScript loader at run time.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import { ensureBuild, FRONT_BUNDLE, SERVER_BUNDLE } from './build.mjs'

const startedAt = Date.now()
try {
  ensureBuild()
} catch (error) {
  console.error(`빌드에 실패했습니다: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

const port = Number(process.env.PORT ?? 3000)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0–65535), not "${process.env.PORT}".`)
  process.exit(1)
}
/** Made afresh for this start: the front names clients to the server with it (kernel/http/clientAddress.ts). */
const token = randomBytes(32).toString('base64url')

const env = {
  ...process.env,
  // The operator's intent, recorded before NODE_ENV is set for Next's production runtime:
  // the demo seed and the secret rule ask isProductionDeployment(), which reads this.
  WINWINNURI_PRODUCTION: process.env.WINWINNURI_PRODUCTION ?? (process.env.NODE_ENV === 'production' ? '1' : '0'),
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DISABLE_PAYLOAD_HMR: 'true',
  // Every date rule is in Seoul time; the daily site rebuild's cron reads the process clock.
  TZ: 'Asia/Seoul',
  WINWINNURI_STARTED_AT: String(startedAt),
}
// The public port is the front's (server/front.ts): the site's files from here, the rest passed to
// the server on the loopback port it reports once it listens. Taken first, so a port in use stops
// the start before the server migrates or seeds anything.
let serverPort = null
try {
  const { startFront } = await import(pathToFileURL(FRONT_BUNDLE).href)
  await startFront(port, { token, upstreamPort: () => serverPort, siteUrl: process.env.SITE_URL, trustProxy: process.env.TRUST_PROXY })
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}

// --conditions=production: lexical's default Node entry picks its build with a top-level
// `await import()`, and on Node 20 loading those modules hung or exited with code 13 in about
// half of the starts. The production condition resolves straight to the built files.
const server = spawn(process.execPath, ['--conditions=production', '--enable-source-maps', '--no-deprecation', SERVER_BUNDLE], {
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  env: { ...env, WINWINNURI_FRONT_TOKEN: token },
})
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
server.on('message', (message) => {
  if (message && Number.isInteger(message.winwinnuriServerPort)) serverPort = message.winwinnuriServerPort
})
