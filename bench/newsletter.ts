/**
 * The newsletter benchmark (run by `npm run bench` after the site table, or on its own:
 * `node --conditions=production --import tsx/esm bench/newsletter.ts`). Prints a table and the
 * target rows with MET / NOT MET; asserts nothing (machines here are shared and noisy).
 *
 * For each size (default 1,000 and 10,000 confirmed subscribers), on a SQLite file seeded with
 * the demo plus that many subscribers and one issue per run:
 *  - ours: the real sender (startSend + runSend: render and freeze, the ledger, personal links
 *    and headers per recipient) through the pooled SMTP transport;
 *  - raw: bare nodemailer sending one pre-rendered message (the same issue, the same headers) to
 *    as many addresses through the same pool options and the same number of messages in flight;
 * each in a fresh process (bench/newsletterWorker.ts), alternating raw then ours, against one SMTP
 * sink in its own process (bench/smtpSinkProcess.ts). Throughput is messages / time from the
 * send's first step to its last answer; the ratio is the median of each ours run over the raw run
 * just before it (so a machine that gets busier or quieter in between weighs on both). Memory is
 * the worker's peak resident set and sampled peak heap.
 *
 * CPU: each sender process reports its CPU time (all threads: the ledger's, the garbage
 * collector's) and that of its main thread, the one that drives the SMTP connections; the sink
 * reports its own. On a machine whose cores the sink shares with the sender, that says whether the
 * sender was short of CPU: "machine busy" is (sender + sink CPU) / (cores × wall time), and the
 * CPU-bound ratio (cpuBoundRatio) is the ratio the CPU times alone allow, with the sink's CPU on
 * these cores and without it.
 *
 * Options: --newsletter-sizes=1000,10000  --newsletter-runs=3
 *          --newsletter-pin: the sink on the last CPU, the senders on the others (Linux, taskset),
 *            so the sink never takes the sender's core; compare its ratio with an unpinned run
 *          --newsletter-keep: keep the prepared data dirs (to profile a worker on them)
 */
import { execFileSync, fork, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { arg } from './args'

const RESULT_MARKER = 'BENCH_RESULT '
const SIZES = (arg('newsletter-sizes') ?? '1000,10000').split(',').map(Number).filter((n) => n > 0)
const RUNS = Math.max(1, Number(arg('newsletter-runs') ?? 3))
const PIN = process.argv.includes('--newsletter-pin')
const CORES = os.cpus().length
/** issue 15: the newsletter's throughput against raw nodemailer's to the same sink, at 10,006 recipients. */
const RATIO_TARGET = 0.9
/** Peak resident memory at the largest size against the smallest. */
const FLAT_TARGET = 1.2
const log = (line: string) => console.error(`[newsletter bench ${new Date().toISOString().slice(11, 19)}] ${line}`)

type RunResult = { ms: number; sent: number; cpuMs: number; mainCpuMs: number | null; sinkCpuMs: number; peakRssMiB: number; peakHeapMiB: number }
type Prepared = { dir: string; issues: (string | number)[]; messageFile: string; recipients: number; ms: number; htmlKiB: number }
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]

const sink = fork(path.resolve('bench/smtpSinkProcess.ts'), [], { execArgv: ['--import', 'tsx/esm'] })
const port = await new Promise<number>((resolve) => sink.once('message', (m: { port: number }) => resolve(m.port)))
const smtpUrl = `smtp://127.0.0.1:${port}`
const sinkCpuMs = () =>
  new Promise<number>((resolve) => {
    sink.once('message', (m: { cpuMs: number }) => resolve(m.cpuMs))
    sink.send('cpu')
  })
// taskset -a: every thread of the sink, those it has and those it starts.
if (PIN) execFileSync('taskset', ['-a', '-p', '-c', String(CORES - 1), String(sink.pid)], { stdio: 'ignore' })
const senderCpus = `0-${Math.max(0, CORES - 2)}`

function worker(args: string[]): Promise<RunResult & Prepared> {
  return new Promise((resolve, reject) => {
    let output = ''
    const node = [process.execPath, '--conditions=production', '--import', 'tsx/esm', '--no-deprecation', path.resolve('bench/newsletterWorker.ts'), ...args]
    const [command, ...rest] = PIN ? ['taskset', '-c', senderCpus, ...node] : node
    const child = spawn(command, rest, {
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

/** One measured send, with the sink's CPU time over the worker's life (the sink idles outside the send). */
async function measured(args: string[]): Promise<RunResult> {
  const before = await sinkCpuMs()
  const result = await worker(args)
  return { ...result, sinkCpuMs: (await sinkCpuMs()) - before }
}

const rate = (r: RunResult) => (r.sent / r.ms) * 1000
const perMessage = (runs: RunResult[], pick: (r: RunResult) => number | null) => {
  const values = runs.map((r) => pick(r)).filter((v): v is number => v !== null)
  return values.length ? `${Math.round((median(values) * 1000) / runs[0].sent)}` : '–'
}
const busy = (r: RunResult) => (r.cpuMs + r.sinkCpuMs) / (CORES * r.ms)
/**
 * The time a message needs when CPU is all that bounds a send: its sender's main thread cannot
 * go faster than its own CPU time, and the machine's cores cannot give more than they have to
 * the sender's threads and (when it runs here) the sink. With the medians of the CPU times per
 * message, ours' over raw's is the ratio a quiet machine would show if both were CPU-bound; with
 * and without the sink's share it says how much of the gap the sink's CPU explains.
 */
function cpuBoundRatio(ours: RunResult[], raw: RunResult[], withSink: boolean): string {
  const per = (runs: RunResult[], pick: (r: RunResult) => number | null) => median(runs.map((r) => (pick(r) ?? NaN) / r.sent))
  const bound = (runs: RunResult[]) => Math.max(per(runs, (r) => r.mainCpuMs), (per(runs, (r) => r.cpuMs) + (withSink ? per(runs, (r) => r.sinkCpuMs) : 0)) / CORES)
  const ratio = bound(raw) / bound(ours)
  return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '–'
}
const pct = (x: number) => `${Math.round(x * 100)} %`

const table: string[][] = [['subscribers', 'ours msg/s', 'raw nodemailer msg/s', 'ratio (each run)', 'ours peak RSS / heap', 'raw peak RSS / heap']]
const cpuTable: string[][] = [['subscribers', 'µs CPU / message: ours main / all threads', 'raw main / all', 'sink (ours / raw)', 'sink, cores (ours / raw)', 'machine busy (ours / raw)', 'CPU-bound ratio: with sink / sink elsewhere']]
const results: { size: number; recipients: number; ratio: number; ratios: number[]; peakRss: number }[] = []
for (const size of SIZES) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `winwinnuri-newsletter-bench-${size}-`))
  const prepared = (await worker(['prepare', dir, String(size), String(RUNS)])) as unknown as Prepared
  log(`${size}: ${prepared.recipients} confirmed subscribers ready in ${(prepared.ms / 1000).toFixed(1)} s (message ${prepared.htmlKiB} KiB HTML)${PIN ? `; sink on CPU ${CORES - 1}, senders on ${senderCpus}` : ''}`)
  const ours: RunResult[] = []
  const raw: RunResult[] = []
  for (let run = 0; run < RUNS; run++) {
    raw.push(await measured(['raw', prepared.messageFile, String(prepared.recipients)]))
    ours.push(await measured(['ours', dir, String(prepared.issues[run])]))
    log(`${size} run ${run + 1}: raw ${(raw[run].ms / 1000).toFixed(1)} s, ours ${(ours[run].ms / 1000).toFixed(1)} s (${(rate(ours[run]) / rate(raw[run])).toFixed(2)}×), load ${os.loadavg()[0].toFixed(1)}`)
  }
  const ratios = ours.map((o, i) => rate(o) / rate(raw[i]))
  const ratio = median(ratios)
  const peakRss = median(ours.map((x) => x.peakRssMiB))
  results.push({ size, recipients: prepared.recipients, ratio, ratios, peakRss })
  table.push([
    String(prepared.recipients),
    median(ours.map(rate)).toFixed(0),
    median(raw.map(rate)).toFixed(0),
    `${ratio.toFixed(2)}× (${ratios.map((r) => r.toFixed(2)).join(', ')})`,
    `${peakRss} / ${median(ours.map((x) => x.peakHeapMiB))} MiB`,
    `${median(raw.map((x) => x.peakRssMiB))} / ${median(raw.map((x) => x.peakHeapMiB))} MiB`,
  ])
  cpuTable.push([
    String(prepared.recipients),
    `${perMessage(ours, (r) => r.mainCpuMs)} / ${perMessage(ours, (r) => r.cpuMs)}`,
    `${perMessage(raw, (r) => r.mainCpuMs)} / ${perMessage(raw, (r) => r.cpuMs)}`,
    `${perMessage(ours, (r) => r.sinkCpuMs)} / ${perMessage(raw, (r) => r.sinkCpuMs)}`,
    `${median(ours.map((r) => r.sinkCpuMs / r.ms)).toFixed(2)} / ${median(raw.map((r) => r.sinkCpuMs / r.ms)).toFixed(2)}`,
    `${pct(median(ours.map(busy)))} / ${pct(median(raw.map(busy)))}`,
    `${cpuBoundRatio(ours, raw, true)} / ${cpuBoundRatio(ours, raw, false)}`,
  ])
  if (process.argv.includes('--newsletter-keep')) log(`kept ${dir} (issues ${prepared.issues.join(', ')}, all sent now)`)
  else fs.rmSync(dir, { recursive: true, force: true })
}
sink.kill()

const print = (rows: string[][]) => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '))
}
console.log(`\n상생누리 newsletter benchmark — ${new Date().toISOString()} — Node ${process.version}, ${CORES} cores, ` +
  `NEWSLETTER_CONCURRENCY=${process.env.NEWSLETTER_CONCURRENCY ?? 5}, ${RUNS} runs each (medians)${PIN ? `, sink pinned to CPU ${CORES - 1} and senders to ${senderCpus}` : ''}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`)
print(table)
console.log('')
print(cpuTable)
const largest = results.at(-1)!
const targets: string[][] = [
  ['target', 'now', 'target', ''],
  [`newsletter to ${largest.recipients.toLocaleString('en')} recipients / raw nodemailer to the same sink`, `${largest.ratio.toFixed(2)}× (runs ${largest.ratios.map((r) => r.toFixed(2)).join(', ')})`, `≥ ${RATIO_TARGET}×`, largest.ratio >= RATIO_TARGET ? 'MET' : 'NOT MET'],
]
if (results.length > 1) {
  const growth = largest.peakRss / results[0].peakRss
  targets.push([`newsletter peak memory, ${results[0].recipients.toLocaleString('en')} → ${largest.recipients.toLocaleString('en')} recipients`, `${results[0].peakRss} → ${largest.peakRss} MiB (×${growth.toFixed(2)})`, `flat (≤ ×${FLAT_TARGET})`, growth <= FLAT_TARGET ? 'MET' : 'NOT MET'])
}
console.log('')
print(targets)
console.log('')
process.exit(0)
