/**
 * The web thread's handle on the jobs thread (server/jobsHost.ts), driven with small worker files
 * that play the jobs thread's part of the protocol (server/jobsThread.ts): ready, kicks answered,
 * writes reported, a stop honoured or ignored, a death before or after ready.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, expect, test } from 'vitest'
import { startJobsThread } from '../../server/jobsHost'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winwinnuri-jobs-host-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** A worker file whose body runs with `port` (its parentPort) and `data` (a counter file) in scope. */
function threadFile(name: string, body: string): URL {
  const file = path.join(dir, `${name}.mjs`)
  fs.writeFileSync(file, `import { parentPort as port } from 'node:worker_threads'\nimport fs from 'node:fs'\nconst starts = ${JSON.stringify(path.join(dir, `${name}.starts`))}\n${body}\n`)
  return pathToFileURL(file)
}
const startsOf = (name: string) => (fs.existsSync(path.join(dir, `${name}.starts`)) ? fs.readFileSync(path.join(dir, `${name}.starts`), 'utf8').length : 0)

function recorder() {
  const lines: string[] = []
  const wrote: [string, boolean][] = []
  return { lines, wrote, hooks: { info: (m: string) => lines.push(`info ${m}`), error: (m: string) => lines.push(`error ${m}`), wrote: (slug: string, deleted: boolean) => wrote.push([slug, deleted]) } }
}
const until = async (check: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 20))
  }
}

test('ready resolves when the thread says so; a kick reaches it and the writes it reports reach the web thread; stop lets it end', async () => {
  const file = threadFile(
    'polite',
    `port.on('message', (m) => {
       if (m.type === 'kick') port.postMessage({ type: 'wrote', slug: 'programs', deleted: false })
       if (m.type === 'stop') { port.postMessage({ type: 'wrote', slug: 'media', deleted: true }); process.exit(0) }
     })
     port.postMessage({ type: 'ready' })`,
  )
  const log = recorder()
  const jobs = startJobsThread(file, log.hooks)
  await jobs.ready
  jobs.kick()
  await until(() => log.wrote.length === 1)
  expect(log.wrote).toEqual([['programs', false]])
  await jobs.stop()
  expect(log.wrote).toEqual([['programs', false], ['media', true]])
  expect(log.lines).toEqual(['info 작업 스레드가 준비되었습니다 (사이트 빌드·발송·알림)'])
  await jobs.stop() // a second stop of an ended thread returns at once
})

test('a thread that dies before it is ready rejects ready with its error, in Korean, and is not restarted', async () => {
  const file = threadFile('broken', `fs.appendFileSync(starts, 'x')\nthrow new Error('데이터베이스를 열 수 없습니다')`)
  const log = recorder()
  const jobs = startJobsThread(file, log.hooks, { restartDelayMs: 50 })
  await expect(jobs.ready).rejects.toThrow(/작업 스레드를 시작하지 못했습니다 \(종료 코드 1\): 데이터베이스를 열 수 없습니다/)
  await new Promise((r) => setTimeout(r, 300))
  expect(startsOf('broken')).toBe(1)
})

test('a thread that dies after it was ready is started again, and the restart is logged', async () => {
  // The first start dies a moment after ready; the second stays.
  const file = threadFile(
    'crashing',
    `fs.appendFileSync(starts, 'x')
     const first = fs.readFileSync(starts, 'utf8').length === 1
     port.on('message', (m) => { if (m.type === 'stop') process.exit(0) })
     port.postMessage({ type: 'ready' })
     if (first) setTimeout(() => { throw new Error('렌더링 중 오류') }, 50)`,
  )
  const log = recorder()
  const jobs = startJobsThread(file, log.hooks, { restartDelayMs: 50 })
  await jobs.ready
  await until(() => startsOf('crashing') === 2 && log.lines.includes('info 작업 스레드를 다시 시작했습니다'))
  expect(log.lines.some((line) => line.startsWith('error 작업 스레드가 멈췄습니다 (종료 코드 1)'))).toBe(true)
  await jobs.stop()
  await new Promise((r) => setTimeout(r, 300))
  expect(startsOf('crashing')).toBe(2) // a stopped thread is not restarted
})

test('a thread that ignores stop is terminated after the timeout', async () => {
  const file = threadFile('stubborn', `port.postMessage({ type: 'ready' })\nsetInterval(() => {}, 1000)`)
  const jobs = startJobsThread(file, recorder().hooks)
  await jobs.ready
  const started = Date.now()
  await jobs.stop(200)
  expect(Date.now() - started).toBeGreaterThanOrEqual(150)
})
