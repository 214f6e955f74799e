/**
 * The command-line entry points (cli/) run as package.json's scripts run them, in a child process:
 * the TypeScript ones through tsx with the production condition (`npm run site:build`, `seed`,
 * `newsletter:send`, `alerts:send`), the plain JavaScript ones with node alone (`npm start`,
 * `npm run build`). The environment is this process's with `env` on top.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

export type CliName = 'site' | 'seed' | 'newsletterSend' | 'alertsSend' | 'start' | 'build'

export type CliResult = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; output: string }

/** Resolves once the process has exited and its output is complete; `child` to signal it before that. */
export type CliRun = Promise<CliResult> & { child: ChildProcess; output: () => string }

const PLAIN_JS: ReadonlySet<CliName> = new Set(['start', 'build'])

/** `detached`: in its own process group, so a signal to `-child.pid` reaches what it started too. */
export function runCli(name: CliName, args: string[] = [], options: { env?: Record<string, string | undefined>; detached?: boolean } = {}): CliRun {
  const entry = path.resolve('cli', `${name}.${PLAIN_JS.has(name) ? 'mjs' : 'ts'}`)
  const node = PLAIN_JS.has(name) ? [] : ['--conditions=production', '--import', 'tsx/esm', '--no-deprecation']
  const child = spawn(process.execPath, [...node, entry, ...args], {
    cwd: path.resolve('.'),
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached,
  })
  let stdout = ''
  let stderr = ''
  let output = ''
  child.stdout!.on('data', (chunk) => { stdout += chunk; output += chunk })
  child.stderr!.on('data', (chunk) => { stderr += chunk; output += chunk })
  const done = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, output })))
  return Object.assign(done, { child, output: () => output })
}
