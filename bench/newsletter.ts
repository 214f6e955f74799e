/**
 * The newsletter benchmark (run by `npm run bench` after the site table, or on its own:
 * `node --conditions=production --import tsx/esm bench/newsletter.ts`). Prints a table; asserts
 * nothing (machines here are shared and noisy).
 *
 * For each size (default 1,000 and 10,000 confirmed subscribers), on a SQLite file seeded with
 * the demo plus that many subscribers and one issue per run:
 *  - ours: the real sender (startSend + runSend: render and freeze, the ledger, personal links
 *    and headers per recipient) through the pooled SMTP transport;
 *  - raw: bare nodemailer sending one pre-rendered message (the same issue, the same headers) to
 *    as many addresses through the same pool options and the same number of messages in flight;
 * each in a fresh process (bench/newsletterWorker.ts), alternating, against one SMTP sink in its
 * own process (bench/smtpSinkProcess.ts). Throughput is messages / time from the send's first
 * step to its last answer; memory is the worker's peak resident set and sampled peak heap.
 *
 * Options: --newsletter-sizes=1000,10000  --newsletter-runs=1
 *          --newsletter-keep: keep the prepared data dirs (to profile a worker on them)
 */
import { fork, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const RESULT_MARKER = 'BENCH_RESULT '
const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const SIZES = (arg('newsletter-sizes') ?? '1000,10000').split(',').map(Number).filter((n) => n > 0)
const RUNS = Math.max(1, Number(arg('newsletter-runs') ?? 1))
const log = (line: string) => console.error(`[newsletter bench ${new Date().toISOString().slice(11, 19)}] ${line}`)

type RunResult = { ms: number; sent: number; peakRssMiB: number; peakHeapMiB: number }
type Prepared = { dir: string; issues: (string | number)[]; messageFile: string; recipients: number; ms: number; htmlKiB: number }
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]

function worker(args: string[], smtpUrl: string): Promise<RunResult & Prepared> {
  return new Promise((resolve, reject) => {
    let output = ''
    const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx/esm', '--no-deprecation', path.resolve('bench/newsletterWorker.ts'), ...args], {
      // Payload in production mode, as the server runs it; a demo (not production) deployment, so the seed may run.
      env: { ...process.env, SMTP_URL: smtpUrl, NODE_ENV: 'production', WINWINNURI_PRODUCTION: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => {
      const line = output.split('\n').find((l) => l.startsWith(RESULT_MARKER))
      if (code === 0 && line) resolve(JSON.parse(line.slice(RESULT_MARKER.length)))
      else reject(new Error(`worker ${args[0]} exited ${code}:\n${output.slice(-3000)}`))
    })
  })
}

const sink = fork(path.resolve('bench/smtpSinkProcess.ts'), [], { execArgv: ['--import', 'tsx/esm'] })
const port = await new Promise<number>((resolve) => sink.once('message', (m: { port: number }) => resolve(m.port)))
const smtpUrl = `smtp://127.0.0.1:${port}`

const rows: string[][] = [['subscribers', 'ours msg/s', 'raw nodemailer msg/s', 'ratio', 'ours peak RSS / heap', 'raw peak RSS / heap']]
const oursPeaks: number[] = []
for (const size of SIZES) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `winwinnuri-newsletter-bench-${size}-`))
  const prepared = (await worker(['prepare', dir, String(size), String(RUNS)], smtpUrl)) as unknown as Prepared
  log(`${size}: ${prepared.recipients} confirmed subscribers ready in ${(prepared.ms / 1000).toFixed(1)} s (message ${prepared.htmlKiB} KiB HTML)`)
  const ours: RunResult[] = []
  const raw: RunResult[] = []
  for (let run = 0; run < RUNS; run++) {
    raw.push(await worker(['raw', prepared.messageFile, String(prepared.recipients)], smtpUrl))
    log(`${size} raw: ${raw.at(-1)!.sent} in ${(raw.at(-1)!.ms / 1000).toFixed(1)} s`)
    ours.push(await worker(['ours', dir, String(prepared.issues[run])], smtpUrl))
    log(`${size} ours: ${ours.at(-1)!.sent} in ${(ours.at(-1)!.ms / 1000).toFixed(1)} s`)
  }
  const rate = (r: RunResult[]) => median(r.map((x) => (x.sent / x.ms) * 1000))
  oursPeaks.push(median(ours.map((x) => x.peakRssMiB)))
  rows.push([
    String(prepared.recipients),
    rate(ours).toFixed(0),
    rate(raw).toFixed(0),
    `${(rate(ours) / rate(raw)).toFixed(2)}×`,
    `${median(ours.map((x) => x.peakRssMiB))} / ${median(ours.map((x) => x.peakHeapMiB))} MiB`,
    `${median(raw.map((x) => x.peakRssMiB))} / ${median(raw.map((x) => x.peakHeapMiB))} MiB`,
  ])
  if (process.argv.includes('--newsletter-keep')) log(`kept ${dir} (issues ${prepared.issues.join(', ')}, all sent now)`)
  else fs.rmSync(dir, { recursive: true, force: true })
}
sink.kill()

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
console.log(`\n상생누리 newsletter benchmark — ${new Date().toISOString()} — Node ${process.version}, ${os.cpus().length} cores, ` +
  `NEWSLETTER_CONCURRENCY=${process.env.NEWSLETTER_CONCURRENCY ?? 5}, median of ${RUNS}\n`)
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '))
if (oursPeaks.length > 1) console.log(`\nours: peak RSS ${oursPeaks[0]} MiB at ${SIZES[0]} → ${oursPeaks.at(-1)} MiB at ${SIZES.at(-1)} subscribers (×${(oursPeaks.at(-1)! / oursPeaks[0]).toFixed(2)})`)
console.log('Targets: ratio ≥ 0.8× raw nodemailer; peak memory flat as subscribers grow.\n')
process.exit(0)
