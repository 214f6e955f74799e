/**
 * `npm start`: builds the admin when its inputs changed, then runs the server (cms/serve.ts)
 * in its own process and passes signals on to it.
 *
 * Two processes on purpose: in a process running tsx's off-thread module loader, loading the
 * server's modules after a `next build` child had run sometimes hung forever (Node 20). The
 * server process never builds, so it never meets that.
 */
import { spawn } from 'node:child_process'
import { ensureAdminBuild } from './build'

const startedAt = Date.now()
try {
  ensureAdminBuild()
} catch (error) {
  console.error(`관리자 화면 빌드에 실패했습니다: ${(error as Error).message}`)
  process.exit(1)
}

const server = spawn(process.execPath, ['--import', 'tsx/esm', '--no-deprecation', 'cms/serve.ts'], {
  stdio: 'inherit',
  env: { ...process.env, WINWINNURI_STARTED_AT: String(startedAt) },
})
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => server.kill(signal))
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
