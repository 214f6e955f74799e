/**
 * Publish on change: a program change queues one coalescing incremental publish on the `site`
 * queue, any other public change one full build; the queue runner (cms/jobs/siteQueue.ts) runs
 * them as soon as they are queued; a failed build leaves the live site as it was and is recorded.
 */
import fs from 'node:fs'
import { beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { addDays, kstToday } from '../../kernel/rules/dates'
import { runProgramPagesNow, runSiteBuild } from '../../cms/jobs/runSiteBuild'
import { liveSiteDir } from '../../site/publish/output'
import { as, createProgram, programInput } from '../helpers/fixtures'
import { PUBLISH_TASK, queueSiteRebuild, REBUILD_TASK, SITE_QUEUE } from '../../kernel/jobs'
import { startSiteQueue } from '../../cms/jobs/siteQueue'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload({ world: true })

const pendingRebuilds = async () =>
  (await suite.payload.find({ collection: 'payload-jobs', where: { taskSlug: { in: [REBUILD_TASK, PUBLISH_TASK] }, completedAt: { exists: false } }, depth: 0 })).docs
const pendingTasks = async () => (await pendingRebuilds()).map((job) => job.taskSlug).sort()
const clearJobs = () => suite.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  await runSiteBuild(suite.payload, 'test setup')
}, 120_000)
beforeEach(clearJobs)

describe('what queues a rebuild', () => {
  test('approving a program queues one incremental publish on the site queue, to run at once', async () => {
    await suite.payload.update({ collection: 'programs', id: suite.world.programs.b.submitted, data: { reviewStatus: 'approved' }, ...as(suite.world.users.platformAdmin) })
    const jobs = await pendingRebuilds()
    expect(jobs.map((job) => job.taskSlug)).toEqual([PUBLISH_TASK])
    expect(jobs[0].queue).toBe(SITE_QUEUE)
    expect(jobs[0].waitUntil ?? null).toBeNull()
  })

  test('a burst of program edits is one publish; other public edits are one full build, which covers programs saved after it', async () => {
    for (let i = 0; i < 5; i++) {
      await suite.payload.update({ collection: 'programs', id: suite.world.programs.a.approved, data: { summary: `요약 ${i}` }, overrideAccess: true, context: { trustedWrite: true } })
    }
    expect(await pendingTasks()).toEqual([PUBLISH_TASK])
    await suite.payload.update({ collection: 'card-news', id: suite.world.cardNews.published, data: { title: '한국상생공사 상생협력 협약식 (수정)' }, ...as(suite.world.users.editor) })
    await suite.payload.update({ collection: 'card-news', id: suite.world.cardNews.published, data: { title: '한국상생공사 상생협력 협약식' }, ...as(suite.world.users.editor) })
    expect(await pendingTasks()).toEqual([PUBLISH_TASK, REBUILD_TASK])
    await clearJobs()
    await suite.payload.update({ collection: 'card-news', id: suite.world.cardNews.published, data: { title: '한국상생공사 상생협력 협약식 (재수정)' }, ...as(suite.world.users.editor) })
    await suite.payload.update({ collection: 'programs', id: suite.world.programs.a.approved, data: { summary: '요약 마지막' }, overrideAccess: true, context: { trustedWrite: true } })
    expect(await pendingTasks()).toEqual([REBUILD_TASK])
  })

  test('deleting a public program takes a full build', async () => {
    const program = await createProgram(suite.payload, suite.world.businesses.a, 'approved', suite.world.users.platformAdmin)
    await clearJobs()
    await suite.payload.delete({ collection: 'programs', id: program.id, overrideAccess: true })
    expect(await pendingTasks()).toEqual([REBUILD_TASK])
  })

  test('edits nobody outside can see queue nothing', async () => {
    await suite.payload.update({ collection: 'programs', id: suite.world.programs.a.draft, data: { summary: '아직 작성중인 요약' }, ...as(suite.world.users.adminA) })
    await suite.payload.update({ collection: 'card-news', id: suite.world.cardNews.unpublished, data: { title: '초안 제목' }, ...as(suite.world.users.editor) })
    await suite.payload.update({ collection: 'companies', id: suite.world.companies.sme, data: { industryDetail: '정밀 부품' }, overrideAccess: true })
    expect(await pendingRebuilds()).toHaveLength(0)
  })

  test('seeds and imports can opt out with context.skipSiteRebuild', async () => {
    await createProgram(suite.payload, suite.world.businesses.a, 'approved', suite.world.users.platformAdmin)
    expect(await pendingRebuilds()).toHaveLength(1)
    await clearJobs()
    await suite.payload.create({
      collection: 'programs',
      data: { ...programInput(suite.world.businesses.a), reviewStatus: 'approved' },
      overrideAccess: true,
      context: { trustedWrite: true, skipSiteRebuild: true },
    })
    expect(await pendingRebuilds()).toHaveLength(0)
  })
})

describe('the daily rebuild', () => {
  test('is scheduled for 00:00:05 in Seoul, the next day, on the site queue', async () => {
    // The server runs with TZ=Asia/Seoul (cli/start.mjs); Payload reads its crons in the process's zone.
    const zone = process.env.TZ
    process.env.TZ = 'Asia/Seoul'
    try {
      const result = await suite.payload.jobs.handleSchedules({ queue: SITE_QUEUE })
      expect(result.queued.map((q) => q.taskConfig?.slug)).toEqual(['rebuildSiteDaily'])
      const { docs } = await suite.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSiteDaily' } }, depth: 0 })
      expect(docs).toHaveLength(1)
      const at = new Date(docs[0].waitUntil!)
      expect(at.toISOString()).toBe(new Date(`${addDays(kstToday(), 1)}T00:00:05+09:00`).toISOString())
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })
})

describe('the queue runner publishes the change as soon as it is queued', () => {
  test('an approved program has a live page in the same live folder, with no call to run the queue, and the job is cleared', async () => {
    const title = `${kstToday().slice(0, 4)}년 큐 게시 확인 프로그램`
    const program = await createProgram(suite.payload, suite.world.businesses.b, 'submitted', suite.world.users.platformAdmin, { title })
    const before = liveSiteDir()!
    expect(fs.existsSync(`${before}/programs/${program.id}/index.html`)).toBe(false)

    // A poll far away: only the kick of the save can start the job in time.
    const runner = startSiteQueue(suite.payload, { pollMs: 10 * 60_000 })
    try {
      await runner.idle()
      await suite.payload.update({ collection: 'programs', id: program.id, data: { reviewStatus: 'approved' }, ...as(suite.world.users.platformAdmin) })
      for (let i = 0; i < 100 && !fs.existsSync(`${before}/programs/${program.id}/index.html`); i++) await sleep(100)
      await runner.idle()
    } finally {
      runner.stop()
    }

    const after = liveSiteDir()!
    expect(after).toBe(before)
    expect(fs.readFileSync(`${after}/programs/${program.id}/index.html`, 'utf8')).toContain(title)
    expect(fs.readFileSync(`${after}/programs/index.html`, 'utf8')).toContain(title)
    expect(await pendingRebuilds()).toHaveLength(0)
    const status = await suite.payload.findGlobal({ slug: 'site-status', overrideAccess: true })
    expect(status.state).toBe('ok')
    expect(status.programs).toBeGreaterThan(0)
  }, 60_000)
})

describe('a save while the runner is busy', () => {
  test('gets its program page from the fast lane before the job ahead of it ends, then the full publish', async () => {
    const title = `${kstToday().slice(0, 4)}년 빠른 게시 확인 프로그램`
    const program = await createProgram(suite.payload, suite.world.businesses.b, 'submitted', suite.world.users.platformAdmin, { title })
    const live = liveSiteDir()!
    const page = `${live}/programs/${program.id}/index.html`
    // What the fast lane wrote each time the runner called it.
    const seen: (number | null)[] = []
    const runner = startSiteQueue(suite.payload, {
      pollMs: 10 * 60_000,
      whileBusy: async () => {
        seen.push(await runProgramPagesNow(suite.payload))
      },
    })
    try {
      await runner.idle()
      await runSiteBuild(suite.payload, 'remembered by this process') // the fast lane patches the build this process made
      // A full build takes its time: the save below arrives while it runs, and the build read
      // the programs before it. Only the fast lane can put the page up before the build ends.
      await queueSiteRebuild(suite.payload, 'a job ahead')
      await suite.payload.update({ collection: 'programs', id: program.id, data: { reviewStatus: 'approved' }, ...as(suite.world.users.platformAdmin) })
      for (let i = 0; i < 100 && !fs.existsSync(page); i++) await sleep(20)
      await runner.idle()
    } finally {
      runner.stop()
    }
    expect(seen).toContain(1)
    expect(fs.readFileSync(`${liveSiteDir()}/programs/${program.id}/index.html`, 'utf8')).toContain(title)
    expect(fs.readFileSync(`${liveSiteDir()}/programs/index.html`, 'utf8')).toContain(title)
    expect(await pendingRebuilds()).toHaveLength(0)
  }, 120_000)
})

describe('a failed build', () => {
  test('leaves the live site as it was, keeps no half-written folder, and is recorded for the admin', async () => {
    const live = liveSiteDir()!
    const buildsBefore = fs.readdirSync(`${live}/..`).sort()
    // A record the schema refuses (a title of only spaces cannot be typed through the admin).
    const broken = await createProgram(suite.payload, suite.world.businesses.a, 'approved', suite.world.users.platformAdmin)
    await suite.payload.db.updateOne({ collection: 'programs', where: { id: { equals: broken.id } }, data: { title: '' } })

    await expect(runSiteBuild(suite.payload, 'broken data')).rejects.toThrow()
    expect(liveSiteDir()).toBe(live)
    expect(fs.readdirSync(`${live}/..`).sort()).toEqual(buildsBefore)
    const status = await suite.payload.findGlobal({ slug: 'site-status', overrideAccess: true })
    expect(status.state).toBe('failed')
    expect(status.lastError).toContain(`programs ${broken.id}: title`)

    await suite.payload.delete({ collection: 'programs', id: broken.id, overrideAccess: true, context: { skipSiteRebuild: true } })
    await runSiteBuild(suite.payload, 'fixed')
    expect((await suite.payload.findGlobal({ slug: 'site-status', overrideAccess: true })).state).toBe('ok')
  }, 120_000)

  test('the site status is readable by editors and platform admins only', async () => {
    await expect(suite.payload.findGlobal({ slug: 'site-status', ...as(suite.world.users.editor) })).resolves.toBeTruthy()
    await expect(suite.payload.findGlobal({ slug: 'site-status', ...as(suite.world.users.adminA) })).rejects.toThrow()
    await expect(suite.payload.findGlobal({ slug: 'site-status', ...as(undefined) })).rejects.toThrow()
  })
})
