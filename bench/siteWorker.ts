/**
 * One measurement of the public-site benchmark (bench/site.ts), in a fresh Node process so
 * that the peak memory (`process.resourceUsage().maxRSS`, the process's high-water mark) is
 * this measurement's alone. Prints its result as one line: `BENCH_RESULT {json}`.
 *
 *   seed  --target=N   migrate, seed the demo, then synthetic programs until N are approved
 *   build              one full site build (buildSite, published) of the data dir's database
 *   bare  --count=N    a bare Eleventy build of N trivial pages from one JSON file
 *
 * The data dir is WINWINNURI_DATA_DIR (set by the parent before this process starts).
 */
process.env.DISABLE_PAYLOAD_HMR = 'true'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Eleventy from '@11ty/eleventy'
import { arg } from './args'

const RESULT_MARKER = 'BENCH_RESULT '

const kibToMiB = (kib: number) => Math.round((kib / 1024) * 10) / 10

function report(result: Record<string, unknown>): void {
  process.stdout.write(`\n${RESULT_MARKER}${JSON.stringify({ ...result, maxRssMiB: kibToMiB(process.resourceUsage().maxRSS) })}\n`)
}

/**
 * Peak resident memory of this process's child processes (Pagefind's binary, esbuild's
 * service), which `process.resourceUsage()` does not include: their /proc VmHWM (a high-water
 * mark), sampled every 50 ms while they live. Linux only; elsewhere it reports nothing.
 */
function watchChildren(): () => Record<string, number> {
  const peaks: Record<string, number> = {}
  const sample = () => {
    let pids: string[]
    try {
      pids = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))
    } catch {
      return
    }
    for (const pid of pids) {
      try {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
        if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue
        const name = /^Name:\s+(.+)$/m.exec(status)?.[1]?.trim() ?? pid
        const hwm = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0)
        peaks[name] = Math.max(peaks[name] ?? 0, kibToMiB(hwm))
      } catch {
        // gone meanwhile
      }
    }
  }
  const timer = setInterval(sample, 50)
  return () => {
    clearInterval(timer)
    sample()
    return peaks
  }
}

async function bootPayload() {
  const { getPayload } = await import('payload')
  const { createConfig } = await import('../cms/config/createConfig')
  const { migrateDatabase } = await import('../cms/database/migrate')
  const t0 = performance.now()
  const payload = await getPayload({ config: createConfig() })
  await migrateDatabase(payload)
  return { payload, bootMs: Math.round(performance.now() - t0) }
}

async function seed(target: number): Promise<void> {
  const { seedDemo } = await import('../seed/demo')
  const { seedSyntheticPrograms } = await import('../seed/synthetic')
  const { payload, bootMs } = await bootPayload()
  const approved = async () =>
    (await payload.count({ collection: 'programs', where: { reviewStatus: { equals: 'approved' } }, overrideAccess: true })).totalDocs
  const t0 = performance.now()
  await seedDemo(payload)
  // Seeding is set-up, not measured: on this throwaway file, skip the fsync of every write
  // (the synthetic seed writes without transactions, so this one connection does them all).
  const client = (payload.db as unknown as { client?: { execute(sql: string): Promise<unknown> } }).client
  await client?.execute('PRAGMA synchronous = OFF')
  await client?.execute('PRAGMA journal_mode = MEMORY')
  // About 88% of synthetic programs come out approved; top up with fresh seeds until the
  // approved count reaches the target exactly (each round adds at most the deficit).
  let created = 0
  let rounds = 0
  for (let have = await approved(); have < target && rounds < 40; have = await approved()) {
    const count = target - have
    await seedSyntheticPrograms(payload, { count, seed: 1114 + (Number(arg('seed-base') ?? 0)) + rounds })
    created += count
    rounds++
  }
  const seedMs = Math.round(performance.now() - t0)
  const total = (await payload.count({ collection: 'programs', overrideAccess: true })).totalDocs
  report({ mode: 'seed', approved: await approved(), programsTotal: total, syntheticCreated: created, rounds, seedMs, bootMs })
  await payload.destroy()
}

async function build(): Promise<void> {
  const { buildSite } = await import('../site/publish/buildSite')
  const { payload, bootMs } = await bootPayload()
  const children = watchChildren()
  // Resident and heap memory when each step ends: which step holds what.
  const memAfter: Record<string, { rssMiB: number; heapMiB: number }> = {}
  const onStep = (step: string, phase: 'start' | 'done') => {
    if (phase !== 'done') return
    const { rss, heapUsed } = process.memoryUsage()
    memAfter[step] = { rssMiB: Math.round(rss / 2 ** 20), heapMiB: Math.round(heapUsed / 2 ** 20) }
  }
  const t0 = performance.now()
  const result = await buildSite(payload, { siteUrl: 'http://localhost:3000', publish: true, onStep })
  const wallMs = Math.round(performance.now() - t0)
  report({
    mode: 'build',
    wallMs,
    durationMs: result.durationMs,
    pages: result.pages,
    programs: result.programs,
    images: result.images,
    searchPages: result.searchPages,
    searchBytes: treeBytes(path.join(result.dir, 'pagefind')),
    steps: result.steps,
    bootMs,
    childPeaksMiB: children(),
    memAfter,
  })
  await payload.destroy()
}

/** The bytes of every file under a folder (the search index as the browser may fetch it). */
function treeBytes(dir: string): number {
  let bytes = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size
  }
  return bytes
}

/** N items in `_data/items.json`, one Nunjucks template paginating them at size 1. */
function writeBareProject(dir: string, count: number): void {
  fs.mkdirSync(path.join(dir, '_data'), { recursive: true })
  const items = Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    title: `상생협력 프로그램 ${i + 1}`,
    summary: '협력 중소기업의 기술 경쟁력 강화를 위한 기술 지도와 시험 장비를 지원합니다.',
  }))
  fs.writeFileSync(path.join(dir, '_data', 'items.json'), JSON.stringify(items))
  fs.writeFileSync(
    path.join(dir, 'item.njk'),
    [
      '---',
      'pagination:',
      '  data: items',
      '  size: 1',
      '  alias: item',
      'permalink: "/items/{{ item.id }}/index.html"',
      '---',
      '<!doctype html>',
      '<html lang="ko"><head><meta charset="utf-8"><title>{{ item.title }}</title></head>',
      '<body><h1>{{ item.title }}</h1>',
      '<p>{{ item.summary }}</p>',
      '</body></html>',
      '',
    ].join('\n'),
  )
}

async function bare(count: number): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'winwinnuri-bench-bare-'))
  try {
    const input = path.join(root, 'src')
    const output = path.join(root, 'out')
    writeBareProject(input, count)
    const t0 = performance.now()
    const eleventy = new Eleventy(input, output, { quietMode: true })
    const [, templates] = (await eleventy.write()) as [unknown, { outputPath: string | false }[]]
    const wallMs = Math.round(performance.now() - t0)
    report({ mode: 'bare', wallMs, pages: templates.filter((t) => t.outputPath).length })
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
}

const mode = process.argv[2]
const work =
  mode === 'seed' ? seed(Number(arg('target')))
    : mode === 'build' ? build()
      : mode === 'bare' ? bare(Number(arg('count')))
        : Promise.reject(new Error(`unknown mode "${mode}" (seed | build | bare)`))
work.then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
