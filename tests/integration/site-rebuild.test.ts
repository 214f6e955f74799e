/**
 * Rebuild on publish: public changes queue one coalescing job on the `site` queue; running the
 * queue builds and publishes; a failed build leaves the live site as it was and is recorded.
 */
import fs from 'node:fs'
import { beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { addDays, kstToday } from '../../kernel/rules/dates'
import { runSiteBuild } from '../../cms/jobs/runSiteBuild'
import { liveSiteDir } from '../../site/publish/output'
import { as, createProgram, programInput } from '../helpers/fixtures'
import { REBUILD_DEBOUNCE_MS, REBUILD_TASK, SITE_QUEUE } from '../../kernel/jobs'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload({ world: true })

const pendingRebuilds = async () =>
  (await suite.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: REBUILD_TASK }, completedAt: { exists: false } }, depth: 0 })).docs
const clearJobs = () => suite.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  await runSiteBuild(suite.payload, 'test setup')
}, 120_000)
beforeEach(clearJobs)

describe('what queues a rebuild', () => {
  test('approving a program queues one rebuild on the site queue', async () => {
    await suite.payload.update({ collection: 'programs', id: suite.world.programs.b.submitted, data: { reviewStatus: 'approved' }, ...as(suite.world.users.platformAdmin) })
    const jobs = await pendingRebuilds()
    expect(jobs).toHaveLength(1)
    expect(jobs[0].queue).toBe(SITE_QUEUE)
    expect(new Date(jobs[0].waitUntil!).getTime()).toBeGreaterThan(Date.now() - REBUILD_DEBOUNCE_MS)
  })

  test('a burst of public edits coalesces into the one pending rebuild', async () => {
    for (let i = 0; i < 5; i++) {
      await suite.payload.update({ collection: 'programs', id: suite.world.programs.a.approved, data: { summary: `요약 ${i}` }, overrideAccess: true, context: { trustedWrite: true } })
    }
    await suite.payload.update({ collection: 'card-news', id: suite.world.cardNews.published, data: { title: '한국상생공사 상생협력 협약식 (수정)' }, ...as(suite.world.users.editor) })
    expect(await pendingRebuilds()).toHaveLength(1)
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

describe('running the queue publishes the change', () => {
  test('an approved program has a live page after the queued job runs, and the job is cleared', async () => {
    const title = `${kstToday().slice(0, 4)}년 큐 재빌드 확인 프로그램`
    const program = await createProgram(suite.payload, suite.world.businesses.b, 'submitted', suite.world.users.platformAdmin, { title })
    await suite.payload.update({ collection: 'programs', id: program.id, data: { reviewStatus: 'approved' }, ...as(suite.world.users.platformAdmin) })
    const before = liveSiteDir()!
    expect(fs.existsSync(`${before}/programs/${program.id}/index.html`)).toBe(false)

    await sleep(REBUILD_DEBOUNCE_MS + 100)
    await suite.payload.jobs.run({ queue: SITE_QUEUE })

    const after = liveSiteDir()!
    expect(after).not.toBe(before)
    expect(fs.readFileSync(`${after}/programs/${program.id}/index.html`, 'utf8')).toContain(title)
    expect(await pendingRebuilds()).toHaveLength(0)
    const status = await suite.payload.findGlobal({ slug: 'site-status', overrideAccess: true })
    expect(status.state).toBe('ok')
    expect(status.programs).toBeGreaterThan(0)
  }, 60_000)
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
