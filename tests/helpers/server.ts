import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { runCli } from './cli'

export type RunningServer = { url: string; dataDir: string; output: () => string; stop: () => Promise<void> }

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/**
 * Runs the real `npm start` entry (cli/start.mjs) as a child process on a free port with its own
 * data folder, and waits until /healthz answers. The admin build is reused when fresh.
 */
export async function startServer(options: { timeoutMs?: number; env?: Record<string, string>; dataDir?: string } = {}): Promise<RunningServer> {
  const port = await freePort()
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'winwinnuri-server-'))
  // An operator's demo install: not production (vitest's own NODE_ENV is 'test').
  const env = { NODE_ENV: 'development', PORT: String(port), WINWINNURI_DATA_DIR: dataDir, DATABASE_URI: '', ...options.env }
  // Its own process group, so stop() reaches the launcher and the server it started.
  const { child, output } = runCli('start', [], { env, detached: true })
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal)
    } catch {
      // already gone
    }
  }
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + (options.timeoutMs ?? 600_000)
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${output()}`)
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  if (Date.now() >= deadline) {
    signalGroup('SIGKILL')
    throw new Error(`server did not become healthy:\n${output()}`)
  }
  return {
    url,
    dataDir,
    output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        signalGroup('SIGTERM')
        setTimeout(() => signalGroup('SIGKILL'), 10_000).unref()
      }),
  }
}

/** The pid of the server process (cli/start.mjs's child, running the bundle) on `dataDir`, from /proc. */
export function serverProcess(dataDir: string): number | null {
  let pids: string[] = []
  try {
    pids = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return null
  }
  for (const pid of pids) {
    try {
      if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('serve.mjs')) continue
      if (fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`WINWINNURI_DATA_DIR=${dataDir}`)) return Number(pid)
    } catch {
      // gone, or not ours to read
    }
  }
  return null
}
