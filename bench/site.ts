/**
 * The public-site benchmark (run by `npm run bench` after the CMS table, or on its own:
 * `node --conditions=production --import tsx/esm bench/site.ts`). Prints a table; asserts
 * nothing (machines here are shared and noisy).
 *
 * For each size (default 1,114 and 11,140 approved programs, the guide's count and ten times
 * it), in a temp data dir seeded with the demo plus synthetic programs until exactly that many
 * are approved (a larger size starts from a copy of the smaller one's database and image cache):
 *  - the full site build (site/publish/buildSite.ts, published as the server does): one warm-up
 *    build (it encodes the images into the data dir's cache), then the median of 3 timed ones;
 *  - a bare Eleventy build of as many trivial pages from one JSON file, the same way;
 *  - each in a fresh Node process (bench/siteWorker.ts), so its peak memory is its own and
 *    both sides pay the same start-up; the time compared is measured inside the worker, from
 *    just before reading the data to just after the last file is written (Payload's boot is
 *    reported apart).
 * At each size, approve → live: the real server (cli/start.mjs) on that data dir, a
 * program created and submitted by the demo company admin, approved by the platform admin,
 * and the clock stopped when /programs/<id>/ serves the new page.
 *
 * Options: --site-sizes=1114,11140  --site-runs=3  --no-live (skip approve → live)
 *          --live-only=<data dir>: only approve → live, on a data dir seeded before (adds 3 programs)
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { approveToLive, LIVE_RUNS, type LiveResult } from './approveToLive'
import { arg } from './args'

const RESULT_MARKER = 'BENCH_RESULT '
const WORKER = ['--conditions=production', '--import', 'tsx/esm', '--no-deprecation', path.resolve('bench/siteWorker.ts')]
const SIZES = (arg('site-sizes') ?? '1114,11140').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b)
const RUNS = Math.max(1, Number(arg('site-runs') ?? 3))
const LIVE = !process.argv.includes('--no-live')
const GIB_MIB = 1024
/** Bytes under pagefind/ of the 11,140-program build before the search found words inside words (fb2fd50). */
const SEARCH_BYTES_BEFORE = 9_282_357

type Steps = Partial<Record<'load' | 'render' | 'search' | 'assets' | 'publish', number>>
type BuildResult = { wallMs: number; pages: number; programs: number; images: number; steps: Steps; bootMs: number; maxRssMiB: number; childPeaksMiB: Record<string, number>; searchBytes?: number; memAfter: Record<string, { rssMiB: number; heapMiB: number }> }
type BareResult = { wallMs: number; pages: number; maxRssMiB: number }
type SeedResult = { approved: number; programsTotal: number; syntheticCreated: number; rounds: number; seedMs: number }
type SizeResult = { size: number; seed: SeedResult; seedCopiedFrom?: number; warm: BuildResult; builds: BuildResult[]; bares: BareResult[] }

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const log = (line: string) => console.error(`[site bench ${new Date().toISOString().slice(11, 19)}] ${line}`)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Processes this script started, each its own process group; killed on any way out. */
const running = new Set<ChildProcess>()
const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  try {
    process.kill(-child.pid!, signal)
  } catch {
    // already gone
  }
}
/** The temp folder of all data dirs; removed on any way out too. */
let tempRoot: string | undefined
process.on('exit', () => {
  running.forEach((child) => killGroup(child, 'SIGKILL'))
  if (tempRoot) fs.rmSync(tempRoot, { recursive: true, force: true })
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130))

function workerEnv(dataDir: string): NodeJS.ProcessEnv {
  // As the server runs (cli/start.mjs): NODE_ENV=production for the libraries (no Payload
  // type generation on boot), the operator's intent recorded as "not production" (demo seed
  // allowed, the secret comes from the data dir).
  return { ...process.env, NODE_ENV: 'production', WINWINNURI_PRODUCTION: '0', WINWINNURI_DATA_DIR: dataDir, DATABASE_URI: '' }
}

async function runWorker<T>(args: string[], dataDir: string, timeoutMs: number): Promise<T> {
  const child = spawn(process.execPath, [...WORKER, ...args], { cwd: process.cwd(), env: workerEnv(dataDir), stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  running.add(child)
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), timeoutMs)
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)))
  clearTimeout(timer)
  running.delete(child)
  const line = output.split('\n').find((l) => l.startsWith(RESULT_MARKER))
  if (code !== 0 || !line) throw new Error(`worker ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`)
  return JSON.parse(line.slice(RESULT_MARKER.length)) as T
}

const build = (dataDir: string) => runWorker<BuildResult>(['build'], dataDir, 30 * 60_000)
const bare = (dataDir: string, count: number) => runWorker<BareResult>(['bare', `--count=${count}`], dataDir, 30 * 60_000)

/** The data a later (larger) size starts from: database, secret, uploads, encoded images. */
function copyDataDir(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true })
  for (const name of ['winwinnuri.db', '.secret', 'media', 'cache']) {
    const source = path.join(from, name)
    if (fs.existsSync(source)) fs.cpSync(source, path.join(to, name), { recursive: true })
  }
}

async function measureSize(size: number, dataDir: string, copiedFrom?: number): Promise<SizeResult> {
  log(`${size}: seeding${copiedFrom ? ` (topping up the ${copiedFrom} database)` : ''}…`)
  const seed = await runWorker<SeedResult>(['seed', `--target=${size}`, `--seed-base=${size}`], dataDir, 60 * 60_000)
  log(`${size}: ${seed.approved} approved (${seed.syntheticCreated} synthetic added in ${sec(seed.seedMs)}); warm-up build…`)
  const warm = await build(dataDir)
  log(`${size}: warm-up build ${sec(warm.wallMs)}, ${warm.pages} pages; bare warm-up…`)
  await bare(dataDir, warm.pages)
  const builds: BuildResult[] = []
  const bares: BareResult[] = []
  // Interleaved, so a noisy minute on the machine hits both sides alike.
  for (let run = 1; run <= RUNS; run++) {
    builds.push(await build(dataDir))
    bares.push(await bare(dataDir, warm.pages))
    log(`${size}: run ${run}/${RUNS}: site ${sec(builds.at(-1)!.wallMs)}, bare ${sec(bares.at(-1)!.wallMs)}`)
  }
  return { size, seed, seedCopiedFrom: copiedFrom, warm, builds, bares }
}

// ---- the run ----

const liveOnly = arg('live-only')
if (liveOnly) {
  const result = await approveToLive(path.resolve(liveOnly), log)
  console.log(`approve → live: ${result.seconds.map((s) => `${s.toFixed(2)} s`).join(' / ')} — median ${median(result.seconds).toFixed(2)} s; server builds ${result.buildS.map((s) => s?.toFixed(2) ?? '?').join(' / ')} s`)
  process.exit(0)
}

const benchStarted = Date.now()
const root = (tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'winwinnuri-site-bench-')))
const results: SizeResult[] = []
/** Approve → live at each size (or why it failed). */
const lives = new Map<number, LiveResult | string>()
try {
  let previous: { size: number; dir: string } | undefined
  for (const size of SIZES) {
    const dir = path.join(root, `programs-${size}`)
    if (previous) copyDataDir(previous.dir, dir)
    results.push(await measureSize(size, dir, previous?.size))
    if (LIVE) {
      lives.set(size, await approveToLive(dir, log).catch((error) => {
        const message = error instanceof Error ? error.message : String(error)
        log(message)
        return message
      }))
    }
    if (previous) fs.rmSync(previous.dir, { recursive: true, force: true })
    previous = { size, dir }
  }
} finally {
  fs.rmSync(root, { recursive: true, force: true })
}

// ---- the table ----

const fmtN = (n: number) => n.toLocaleString('en-US')
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB (${fmtN(bytes)} B)`
const peakOf = (b: BuildResult) => b.maxRssMiB + Object.values(b.childPeaksMiB).reduce((s, v) => s + v, 0)
const columns = results.map((r) => `${fmtN(r.size)} programs`)
const rows: string[][] = [['measure', ...columns]]
const row = (label: string, cell: (r: SizeResult) => string) => rows.push([label, ...results.map(cell)])
const times = (list: { wallMs: number }[]) => list.map((b) => b.wallMs)
const spread = (list: { wallMs: number }[]) => `${sec(median(times(list)))} (${sec(Math.min(...times(list)))}–${sec(Math.max(...times(list)))})`
const stepMedian = (r: SizeResult, step: keyof Steps) => median(r.builds.map((b) => b.steps[step] ?? 0))

row('approved programs (synthetic added, seed time)', (r) => `${fmtN(r.seed.approved)} (+${fmtN(r.seed.syntheticCreated)}${r.seedCopiedFrom ? ` on the ${fmtN(r.seedCopiedFrom)} db` : ''}, ${sec(r.seed.seedMs)})`)
row('pages written by Eleventy', (r) => fmtN(r.warm.pages))
row('warm-up build (encodes images)', (r) => sec(r.warm.wallMs))
row(`site build wall time, median of ${RUNS} (min–max)`, (r) => spread(r.builds))
row('site build pages per second', (r) => (r.warm.pages / (median(times(r.builds)) / 1000)).toFixed(0))
for (const step of ['load', 'render', 'search', 'assets', 'publish'] as const) {
  row(`  ${step} (median)`, (r) => `${sec(stepMedian(r, step))} (${((stepMedian(r, step) / median(times(r.builds))) * 100).toFixed(0)}%)`)
}
row('search index: bytes under pagefind/ (timed builds)', (r) => mib(Math.max(...r.builds.map((b) => b.searchBytes ?? 0))))
row('Payload init before a build (not in wall time)', (r) => sec(median(r.builds.map((b) => b.bootMs))))
const allBuilds = (r: SizeResult) => [r.warm, ...r.builds]
const pagefindPeak = (b: BuildResult) => b.childPeaksMiB.pagefind_extend ?? b.childPeaksMiB.pagefind ?? 0
row('peak memory, timed builds: build process (maxRSS)', (r) => `${Math.max(...r.builds.map((b) => b.maxRssMiB)).toFixed(0)} MiB`)
row('peak memory, timed builds: its Pagefind process', (r) => `${Math.max(...r.builds.map(pagefindPeak)).toFixed(0)} MiB`)
row('peak memory, warm-up build: process / Pagefind', (r) => `${r.warm.maxRssMiB.toFixed(0)} / ${pagefindPeak(r.warm).toFixed(0)} MiB`)
row('peak timed build: RSS (heap) after load / render / search', (r) => {
  const m = r.builds.reduce((a, b) => (b.maxRssMiB > a.maxRssMiB ? b : a)).memAfter
  return (['load', 'render', 'search'] as const).map((step) => (m[step] ? `${m[step].rssMiB} (${m[step].heapMiB})` : '?')).join(' / ') + ' MiB'
})
row('peak memory, any build: process + children', (r) => `${Math.max(...allBuilds(r).map(peakOf)).toFixed(0)} MiB`)
row(`bare Eleventy, as many trivial pages, median of ${RUNS}`, (r) => spread(r.bares))
row('bare Eleventy pages per second', (r) => (r.warm.pages / (median(times(r.bares)) / 1000)).toFixed(0))
row('bare Eleventy peak memory (maxRSS)', (r) => `${Math.max(...r.bares.map((b) => b.maxRssMiB)).toFixed(0)} MiB`)
row('site build / bare build', (r) => `${(median(times(r.builds)) / median(times(r.bares))).toFixed(2)}×`)

const width = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
console.log(`\n상생누리 public-site benchmark — ${new Date().toISOString()} — Node ${process.version}, ${os.cpus().length} cores`)
console.log(`Each build in a fresh Node process, published (live link switched, old builds pruned); wall time measured inside it, Payload boot excluded.\n`)
for (const r of rows) console.log(r.map((cell, i) => cell.padEnd(width[i])).join('  ').trimEnd())

for (const [size, live] of lives) {
  if (typeof live === 'string') {
    console.log(`\napprove → live at ${fmtN(size)} programs: FAILED — ${live.split('\n')[0]}`)
    continue
  }
  console.log(`\napprove → live at ${fmtN(size)} programs (real server, approve request → /programs/<id>/ serves the title, polled every 20 ms):`)
  console.log(`  ${live.seconds.map((s) => `${s.toFixed(2)} s`).join(' / ')} — median ${median(live.seconds).toFixed(2)} s (the approve request itself: median ${median(live.approveMs).toFixed(0)} ms)`)
  console.log(`  the server's publish job (site-status durationMs, pages + search after the program page): ${live.buildS.map((s) => (s === null ? '?' : `${s.toFixed(2)} s`)).join(' / ')}`)
  console.log(`  server start ${live.serverStartS.toFixed(1)} s${live.adminRebuilt ? ' (admin rebuilt first)' : ''}; its start-up site rebuild ${live.startBuildS === null ? 'not seen' : `${live.startBuildS.toFixed(1)} s`}`)
}

// ---- the targets ----

const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'MET' : 'NOT MET')
const small = results.find((r) => r.size === 1114) ?? results[0]
const large = results.find((r) => r.size === 11140)
/** The build without the search index: every step but Pagefind's, which runs in its own process alongside the render. */
const withoutSearch = (r: SizeResult) => median(r.builds.map((b) => (['load', 'render', 'assets', 'publish'] as const).reduce((sum, step) => sum + (b.steps[step] ?? 0), 0)))
const ratio = small ? withoutSearch(small) / median(times(small.bares)) : null
const searchS = (r: SizeResult | undefined) => (r ? stepMedian(r, 'search') / 1000 : null)
const peakAt = (r: SizeResult | undefined) => (r ? Math.max(...allBuilds(r).map(peakOf)) : null)
const liveMedianAt = (size: number) => {
  const live = lives.get(size)
  return live && typeof live !== 'string' ? median(live.seconds) : null
}
/**
 * When the search knew the program, at most: the approve request's end plus the whole publish job
 * (the job starts during the request, on the save's kick), median of the runs.
 */
const searchFreshAt = (size: number) => {
  const live = lives.get(size)
  if (!live || typeof live === 'string' || live.buildS.some((s) => s === null)) return null
  return median(live.approveMs.map((ms, i) => ms / 1000 + live.buildS[i]!))
}
const target = (label: string, value: string | null, ok: boolean | null) => console.log(`  ${label}: ${value ?? '—'} — ${verdict(value === null ? null : ok)}`)
const searchBytes = large ? Math.max(...large.builds.map((b) => b.searchBytes ?? 0)) : null
const live1 = liveMedianAt(1114)
const live11 = liveMedianAt(11140)
const search1 = searchS(small)
const search11 = searchS(large)
const peak11 = peakAt(large)
console.log('\ntargets (issue 15):')
target('approve → live page, 1,114 programs, median ≤ 1.0 s', live1 === null ? null : `${live1.toFixed(2)} s`, live1 !== null && live1 <= 1.0)
target('approve → live page, 11,140 programs, median ≤ 1.5 s', live11 === null ? null : `${live11.toFixed(2)} s`, live11 !== null && live11 <= 1.5)
for (const size of [1114, 11140]) {
  const fresh = searchFreshAt(size)
  target(`search finds an approved program, ${fmtN(size)} programs, ≤ 10 s (approve request + publish job, an upper bound)`, fresh === null ? null : `${fresh.toFixed(2)} s`, fresh !== null && fresh <= 10)
}
target(`site build without search / bare Eleventy of as many pages, ${small ? fmtN(small.size) : '1,114'}, ≤ 2.0×`, ratio === null ? null : `${ratio.toFixed(2)}×`, ratio !== null && ratio <= 2.0)
target('search index (Pagefind), 1,114, ≤ 1.5 s', search1 === null ? null : `${search1.toFixed(1)} s`, search1 !== null && search1 <= 1.5)
target('search index (Pagefind), 11,140, ≤ 12 s', search11 === null ? null : `${search11.toFixed(1)} s`, search11 !== null && search11 <= 12)
target('build memory at 11,140, build + Pagefind processes (sum of their peaks), ≤ 1 GiB', peak11 === null ? null : `${peak11.toFixed(0)} MiB`, peak11 !== null && peak11 <= GIB_MIB)
target(`search index bytes at 11,140 ≤ 2× its size before inner terms (${mib(SEARCH_BYTES_BEFORE)})`, searchBytes ? `${mib(searchBytes)}, ${(searchBytes / SEARCH_BYTES_BEFORE).toFixed(2)}×` : null, searchBytes !== null && searchBytes <= 2 * SEARCH_BYTES_BEFORE)
console.log(`\n(site benchmark took ${((Date.now() - benchStarted) / 60_000).toFixed(1)} min)\n`)
process.exit(0)
