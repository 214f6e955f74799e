/**
 * The load benchmark's helper processes (bench/load.ts starts them): `prepare <dir>` (the data),
 * `rebuilder <dir> <since>` (the site queue as a second process sees it: keeps the full rebuilds
 * queued, waits for it to be idle), `plain <dir> <port>` (the baseline), and the names and
 * markers both sides share.
 */
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { arg, sleep } from './args'

export const RESULT_MARKER = 'BENCH_RESULT '
export const EDITORS = 20
export const EDITOR_EMAIL = (i: number) => `load-editor-${String(i + 1).padStart(2, '0')}@winwinnuri.test`
export const CARD_TITLE = (i: number) => `부하 측정 카드뉴스 ${String(i + 1).padStart(2, '0')}`
export const PREPARED_FILE = 'load-prepared.json'
export const REBUILD_REASON = 'load benchmark'

export type Prepared = { programs: number; subscribers: number; approved: number; cardNews: (number | string)[]; cards: { image: number | string; alt: string }[]; ms: number }

/** This file, run as a helper: `node … bench/loadHelpers.ts <mode> <dir> [arg]`. */
export const HELPER_FILE = path.resolve('bench/loadHelpers.ts')
const [mode, modeDir, modeArg] = process.argv[1] === HELPER_FILE ? process.argv.slice(2) : []

/** The data: the demo, synthetic programs to `--load-programs` approved, subscribers, editors and their card news. */
async function prepare(dir: string): Promise<void> {
  const started = performance.now()
  const programs = Number(arg('load-programs') ?? 1114)
  const subscribers = Number(arg('load-subscribers') ?? 10_000)
  const { getPayload } = await import('payload')
  const { createConfig } = await import('../cms/config/createConfig')
  const { migrateDatabase } = await import('../cms/database/migrate')
  const { seedDemo } = await import('../seed/demo')
  const { seedSyntheticPrograms } = await import('../seed/synthetic')
  const { DEMO_PASSWORD } = await import('../seed/data/users')
  const payload = await getPayload({ config: createConfig({ autoRunJobs: false }) })
  await migrateDatabase(payload)
  await seedDemo(payload)
  // Set-up, not measured: no fsync per write on this throwaway file (the server sets its own pragmas).
  const client = (payload.db as unknown as { client?: { execute(sql: string): Promise<unknown> } }).client
  await client?.execute('PRAGMA synchronous = OFF')
  const quiet = { overrideAccess: true, context: { trustedWrite: true, skipSiteRebuild: true, skipNotifications: true }, depth: 0 } as const
  const approved = async () => (await payload.count({ collection: 'programs', where: { reviewStatus: { equals: 'approved' } }, overrideAccess: true })).totalDocs
  for (let have = await approved(), round = 0; have < programs && round < 40; have = await approved(), round++) {
    await seedSyntheticPrograms(payload, { count: programs - have, seed: 1114 + round })
  }
  const confirmed = async () => (await payload.count({ collection: 'subscribers', where: { status: { equals: 'confirmed' } }, overrideAccess: true })).totalDocs
  for (let i = 0, have = await confirmed(); have + i < subscribers; i++) {
    await payload.db.create({ collection: 'subscribers', data: { email: `load-reader-${have + i}@example.kr`, status: 'confirmed', confirmedAt: '2026-01-01T00:00:00.000Z' }, returning: false })
  }
  const media = (await payload.find({ collection: 'media', limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (!media) throw new Error('prepare: the demo has no media to put on a card')
  const cards = [{ image: media.id, alt: '부하 측정용 카드 이미지' }]
  const cardNews: (number | string)[] = []
  for (let i = 0; i < EDITORS; i++) {
    const email = EDITOR_EMAIL(i)
    const user = (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, ...quiet })).docs[0]
    if (!user) await payload.create({ collection: 'users', data: { email, password: DEMO_PASSWORD, name: `부하편집자${i + 1}`, role: 'editor' } as never, ...quiet })
    const existing = (await payload.find({ collection: 'card-news', where: { title: { like: CARD_TITLE(i) } }, limit: 1, ...quiet })).docs[0]
    const doc = existing ?? (await payload.create({ collection: 'card-news', data: { title: CARD_TITLE(i), category: 'activity', status: 'published', cards } as never, ...quiet }))
    cardNews.push(doc.id)
  }
  const result: Prepared = { programs: (await payload.count({ collection: 'programs', overrideAccess: true })).totalDocs, approved: await approved(), subscribers: await confirmed(), cardNews, cards, ms: Math.round(performance.now() - started) }
  fs.writeFileSync(path.join(dir, PREPARED_FILE), JSON.stringify({ ...result, asked: { programs, subscribers } }))
  console.log(RESULT_MARKER + JSON.stringify(result))
  await payload.destroy()
}

/**
 * The server's site queue, seen from a second process as a CLI would see it (REST does not show
 * Payload's job rows): on stdin `start`, keeps a full site rebuild queued — a new one as soon as
 * none is waiting or running — until `stop` (answers STOPPED); `idle` waits until no site job of
 * this server is due or running, then prints the builds that finished since the last `idle`; `exit`.
 */
async function rebuilder(since: string): Promise<void> {
  const { getPayload } = await import('payload')
  const { createConfig } = await import('../cms/config/createConfig')
  const { REBUILD_TASK, SITE_QUEUE } = await import('../kernel/jobs')
  const payload = await getPayload({ config: createConfig({ autoRunJobs: false }) })
  const slugs = (payload.config.jobs.tasks ?? []).map((task) => task.slug)
  // The daily 진행단계 rebuild is always a full one; a content change's may not be.
  const task = slugs.includes('rebuildSiteDaily') ? 'rebuildSiteDaily' : REBUILD_TASK
  /** Site jobs due or running: not those scheduled for later, nor those a killed server left `processing` for good. */
  const unfinished = async (tasks?: string[]) =>
    (
      await payload.count({
        collection: 'payload-jobs',
        where: {
          and: [
            { queue: { equals: SITE_QUEUE } },
            ...(tasks ? [{ taskSlug: { in: tasks } }] : []),
            { completedAt: { exists: false } },
            { hasError: { not_equals: true } },
            { createdAt: { greater_than_equal: since } },
            { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: new Date().toISOString() } }] },
          ],
        },
        overrideAccess: true,
      })
    ).totalDocs
  const builds: { at: string; durationMs: number; reason: string }[] = []
  let lastBuiltAt = (await payload.findGlobal({ slug: 'site-status', overrideAccess: true })).lastBuiltAt
  let lastFailedAt = (await payload.findGlobal({ slug: 'site-status', overrideAccess: true })).lastFailedAt
  let queued = 0
  let failures = 0
  let running = false
  const look = async () => {
    const status = await payload.findGlobal({ slug: 'site-status', overrideAccess: true })
    if (status.lastBuiltAt && status.lastBuiltAt !== lastBuiltAt) {
      lastBuiltAt = status.lastBuiltAt
      builds.push({ at: status.lastBuiltAt, durationMs: status.durationMs ?? 0, reason: status.reason ?? '' })
    }
    if (status.lastFailedAt && status.lastFailedAt !== lastFailedAt) {
      lastFailedAt = status.lastFailedAt
      failures += 1
    }
  }
  // Every build is seen as it ends (site-status keeps only the last one).
  let watching = true
  const watcher = (async () => {
    while (watching) await look().then(() => sleep(200))
  })()
  const loop = async () => {
    while (running) {
      if ((await unfinished([task, REBUILD_TASK])) === 0) {
        await payload.jobs.queue({ task: task as never, queue: SITE_QUEUE, input: { reason: REBUILD_REASON } as never })
        queued += 1
      }
      await sleep(250)
    }
  }
  let looping: Promise<void> = Promise.resolve()
  console.log('READY')
  for await (const line of readline.createInterface({ input: process.stdin })) {
    if (line === 'start' && !running) {
      running = true
      looping = loop()
    } else if (line === 'stop') {
      running = false
      await looping
      console.log('STOPPED')
    } else if (line === 'idle') {
      for (const deadline = Date.now() + 15 * 60_000; Date.now() < deadline && (await unfinished()) > 0; ) await sleep(250)
      await look()
      console.log(RESULT_MARKER + JSON.stringify({ task, queued, builds, failures }))
      queued = 0
      failures = 0
      builds.length = 0
    } else if (line === 'exit') break
  }
  watching = false
  await watcher
  await payload.destroy()
  process.exit(0)
}

/** The baseline: plain express.static with the same compression as server/security/headers.ts, on the live link. */
async function plain(dir: string, port: number): Promise<void> {
  const { default: express } = await import('express')
  const { default: compression } = await import('compression')
  const app = express()
  app.use(compression({ threshold: 1024 }))
  app.use(express.static(path.join(dir, 'site'), { extensions: ['html'] }))
  app.listen(port, '127.0.0.1', () => console.log('READY'))
}

if (mode === 'prepare') {
  await prepare(modeDir)
  process.exit(0)
}
if (mode === 'rebuilder') await rebuilder(modeArg)
if (mode === 'plain') await plain(modeDir, Number(modeArg))
