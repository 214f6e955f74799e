/**
 * `npm start`: builds when the inputs changed (cli/build.mjs), then runs the server bundle in
 * its own process and passes signals on to it. Plain JavaScript: nothing here needs a
 * TypeScript loader at run time.
 */
import { spawn } from 'node:child_process'
import { ensureBuild, SERVER_BUNDLE } from './build.mjs'

const startedAt = Date.now()
try {
  ensureBuild()
} catch (error) {
  console.error(`빌드에 실패했습니다: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

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
// --conditions=production: lexical's default Node entry picks its build with a top-level
// `await import()`, and on Node 20 loading those modules hung or exited with code 13 in about
// half of the starts. The production condition resolves straight to the built files.
const server = spawn(process.execPath, ['--conditions=production', '--enable-source-maps', '--no-deprecation', SERVER_BUNDLE], {
  stdio: 'inherit',
  env,
})
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
