/**
 * A live program stays live while an edit is reviewed (docs/SPEC.md "Program review workflow"):
 * the owner's edit is a pending revision (Payload drafts), every public reader keeps the approved
 * version until a platform admin approves the revision, only platform admins publish, revisions
 * are validated and private to the program's company, and a re-approval counts once.
 */
import { beforeEach, describe, expect, test } from 'vitest'
import { dashboardCounts } from '../../cms/admin/dashboardCounts'
import { backfillProgramVersions } from '../../cms/database/backfillProgramVersions'
import { kstToday } from '../../kernel/rules/dates'
import { recommendedPrograms } from '../../members/operations/recommendations'
import { gather } from '../../evaluation/gather'
import { loadAlertPrograms } from '../../newsletter/alerts/programs'
import { loadSiteData } from '../../site/data/load'
import { as, createProgram, programInput, recruitingProgram } from '../helpers/fixtures'
import { HANGUL } from '../helpers/expectations'
import { PUBLISH_TASK, REBUILD_TASK } from '../../kernel/jobs'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload({ world: true, logins: ['platformAdmin', 'adminA', 'adminB', 'member'] })

const clearJobs = () => suite.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
const pendingRebuilds = async () =>
  (await suite.payload.count({ collection: 'payload-jobs', where: { taskSlug: { in: [REBUILD_TASK, PUBLISH_TASK] }, completedAt: { exists: false } } })).totalDocs
const versionsOf = async (id: number) =>
  (await suite.payload.findVersions({ collection: 'programs', where: { parent: { equals: id } }, sort: '-updatedAt', depth: 0, overrideAccess: true, limit: 100 })).docs
const publicRead = (id: number) => suite.payload.findByID({ collection: 'programs', id, depth: 0, ...as(undefined) })
const owner = () => suite.world.users.adminB
const admin = () => suite.world.users.platformAdmin
const edit = (id: number, data: Record<string, unknown>, user = owner()) => suite.payload.update({ collection: 'programs', id, data, depth: 0, ...as(user) })

/** A live program of company B (모집중, 신청가능, open to all) with the owner's revision waiting. */
async function liveWithRevision(summary = '수정본: 지원 규모가 두 배로 늘었습니다.') {
  const live = await recruitingProgram(suite.payload, suite.world)
  await clearJobs()
  const revision = await edit(live.id, { summary })
  return { live, revision, summary }
}

describe('an owner\'s edit of a live program', () => {
  test('is stored as a pending revision in 확인요청; the main document stays the approved version', async () => {
    const { live, revision, summary } = await liveWithRevision()
    expect([revision.reviewStatus, revision._status, revision.summary]).toEqual(['submitted', 'draft', summary])
    const versions = await versionsOf(live.id)
    expect(versions[0]).toMatchObject({ latest: true, version: { _status: 'draft', reviewStatus: 'submitted', summary } })
    const main = await suite.payload.db.findOne<Record<string, unknown> & { id: number }>({ collection: 'programs', where: { id: { equals: live.id } } })
    expect([main?._status, main?.reviewStatus, main?.summary]).toEqual(['published', 'approved', live.summary])
  })

  test('every public reader keeps the approved version: REST, the site build\'s loader, recommendations, program alerts', async () => {
    const { live, summary } = await liveWithRevision('수정본에만 있는 요약 문장입니다.')
    const anonymous = await suite.api.get(`/programs/${live.id}?depth=0`)
    expect([anonymous.status, anonymous.body.summary, anonymous.body.phase]).toEqual([200, live.summary, 'recruiting'])
    // ?draft=true does not let anyone outside the company read the revision.
    for (const token of [undefined, suite.tokens.member, suite.tokens.adminA]) {
      const asked = await suite.api.as(token).get(`/programs/${live.id}?draft=true&depth=0`)
      expect([asked.status, asked.body.summary]).toEqual([200, live.summary])
    }
    const site = await loadSiteData(suite.payload, { siteUrl: 'http://localhost:3000' })
    const onSite = site.programs.find((p) => String(p.id) === String(live.id))
    expect(onSite?.summary).toBe(live.summary)
    expect(JSON.stringify(site)).not.toContain(summary)
    const recommended = await recommendedPrograms(suite.payload, suite.world.users.member)
    expect(recommended.items.find((r) => String(r.program.id) === String(live.id))?.program.title).toBe(live.title)
    const alerts = await loadAlertPrograms(suite.payload, new Date(Date.now() - 86_400_000))
    expect(JSON.stringify(alerts)).not.toContain(summary)
  })

  test('the owner and the platform admin read the revision with ?draft=true; 공개 진행단계 shows the live phase beside it', async () => {
    const { live, summary } = await liveWithRevision()
    for (const token of [suite.tokens.adminB, suite.tokens.platformAdmin]) {
      const { status, body } = await suite.api.as(token).get(`/programs/${live.id}?draft=true&depth=0`)
      expect([status, body.summary, body.reviewStatus, body.phase, body.publicPhase]).toEqual([200, summary, 'submitted', 'submitted', 'recruiting'])
    }
  })

  test('queues no site rebuild; approving it queues one and the public then reads the new text', async () => {
    const { live, summary } = await liveWithRevision()
    expect(await pendingRebuilds()).toBe(0)
    const approved = await edit(live.id, { reviewStatus: 'approved' }, admin())
    expect([approved.reviewStatus, approved._status, approved.summary]).toEqual(['approved', 'published', summary])
    expect(await pendingRebuilds()).toBe(1)
    expect((await publicRead(live.id)).summary).toBe(summary)
  })

  test('수정요청 on the revision keeps the live version public and gives the owner the reason', async () => {
    const { live } = await liveWithRevision()
    const note = '변경된 지원 규모의 근거를 지원내용에 적어 주세요.'
    const requested = await edit(live.id, { reviewStatus: 'changes-requested', reviewNote: note }, admin())
    expect([requested.reviewStatus, requested._status, requested.reviewNote]).toEqual(['changes-requested', 'draft', note])
    expect((await publicRead(live.id)).summary).toBe(live.summary)
    const { body } = await suite.api.as(suite.tokens.adminB).get(`/programs/${live.id}?draft=true&depth=0`)
    expect([body.reviewNote, body.reviewHistory.at(-1).note]).toEqual([note, note])
  })

  test('the owner may keep the revision as 작성중 before asking for review', async () => {
    const live = await recruitingProgram(suite.payload, suite.world)
    const draft = await edit(live.id, { summary: '아직 쓰는 중인 수정본', reviewStatus: 'draft' })
    expect([draft.reviewStatus, draft._status]).toEqual(['draft', 'draft'])
    expect((await publicRead(live.id)).reviewStatus).toBe('approved')
  })

  test('a platform admin\'s re-approval does not count twice in the 동반성장 평가 (approvedAt is the first approval)', async () => {
    const live = await createProgram(suite.payload, suite.world.businesses.a, 'approved', admin(), { title: `${kstToday().slice(0, 4)}년 공사 재승인 확인 프로그램` })
    const year = Number(kstToday().slice(0, 4))
    const before = (await gather(suite.payload, { year, companyId: suite.world.companies.a, user: admin() }))!.companies[0].items[0].count
    await edit(live.id, { summary: '수정본입니다.' }, suite.world.users.adminA)
    const reapproved = await edit(live.id, { reviewStatus: 'approved' }, admin())
    expect(reapproved.approvedAt).toBe(live.approvedAt)
    const after = (await gather(suite.payload, { year, companyId: suite.world.companies.a, user: admin() }))!.companies[0].items[0].count
    expect(after).toBe(before)
  })
})

describe('only platform admins publish', () => {
  test('a company admin\'s PATCH with _status "published" is refused (403, Korean) and changes nothing', async () => {
    const { live } = await liveWithRevision()
    const before = await versionsOf(live.id)
    const { status, body } = await suite.api.as(suite.tokens.adminB).patch(`/programs/${live.id}`, { summary: '바로 공개하려는 시도', _status: 'published' })
    expect(status).toBe(403)
    expect(JSON.stringify(body)).toMatch(HANGUL)
    expect(await versionsOf(live.id)).toHaveLength(before.length)
    expect((await publicRead(live.id)).summary).toBe(live.summary)
  })

  test('a company admin cannot create a published program (403), nothing stored', async () => {
    const count = (await suite.payload.count({ collection: 'programs', overrideAccess: true })).totalDocs
    const { status } = await suite.api.as(suite.tokens.adminB).post('/programs', { ...programInput(suite.world.businesses.b), _status: 'published' })
    expect(status).toBe(403)
    expect((await suite.payload.count({ collection: 'programs', overrideAccess: true })).totalDocs).toBe(count)
  })

  test('a company admin\'s plain PATCH (no ?draft) of a live program is still only a revision', async () => {
    const live = await recruitingProgram(suite.payload, suite.world)
    const { status, body } = await suite.api.as(suite.tokens.adminB).patch(`/programs/${live.id}`, { summary: 'PATCH로 바꾼 요약' })
    expect([status, body.doc.reviewStatus, body.doc._status]).toEqual([200, 'submitted', 'draft'])
    expect((await publicRead(live.id)).summary).toBe(live.summary)
  })

  test('Unpublish: a company admin\'s `_status: draft` leaves the program live; the platform admin\'s takes it off the site', async () => {
    const live = await recruitingProgram(suite.payload, suite.world)
    expect((await suite.api.as(suite.tokens.adminB).patch(`/programs/${live.id}?depth=0`, { _status: 'draft' })).status).toBe(200)
    expect((await publicRead(live.id)).reviewStatus).toBe('approved')
    const { status, body } = await suite.api.as(suite.tokens.platformAdmin).patch(`/programs/${live.id}?depth=0`, { _status: 'draft' })
    expect([status, body.doc.reviewStatus, body.doc._status]).toEqual([200, 'draft', 'draft'])
    expect((await suite.api.get(`/programs/${live.id}`)).status).toBe(404)
  })

  test('several programs at once (bulk PATCH with where) are refused with a Korean 400', async () => {
    const { status, body } = await suite.api.as(suite.tokens.platformAdmin).patch(`/programs?where[company][equals]=${suite.world.companies.b}`, { notes: '일괄 수정' })
    expect(status).toBe(400)
    expect(body.errors[0].message).toMatch(HANGUL)
  })
})

describe('revisions follow the rules and stay private', () => {
  test('the Korean rules run on a revision: a title without its period is refused on the field, nothing stored', async () => {
    const live = await recruitingProgram(suite.payload, suite.world)
    const before = await versionsOf(live.id)
    const { status, body } = await suite.api.as(suite.tokens.adminB).patch(`/programs/${live.id}?draft=true`, { title: '기간 없는 프로그램명' })
    expect(status).toBe(400)
    const fields = body.errors[0].data.errors
    expect(fields.map((e: { path: string }) => e.path)).toContain('title')
    expect(fields.find((e: { path: string }) => e.path === 'title').message).toMatch(/시기를 명시/)
    expect(await versionsOf(live.id)).toHaveLength(before.length)
  })

  test.each([
    ['anonymous', () => undefined],
    ['a member', () => suite.tokens.member],
    ['another company\'s admin', () => suite.tokens.adminA],
  ])('%s reads no revisions (GET /api/programs/versions)', async (_who, token) => {
    const { live } = await liveWithRevision()
    const list = await suite.api.as(token()).get(`/programs/versions?where[parent][equals]=${live.id}&depth=0`)
    expect(list.status === 403 || (list.status === 200 && list.body.docs.length === 0)).toBe(true)
    const [version] = await versionsOf(live.id)
    const one = await suite.api.as(token()).get(`/programs/versions/${version.id}?depth=0`)
    expect([403, 404]).toContain(one.status)
  })

  test('the owner and the platform admin read the revisions', async () => {
    const { live, summary } = await liveWithRevision()
    for (const token of [suite.tokens.adminB, suite.tokens.platformAdmin]) {
      const { status, body } = await suite.api.as(token).get(`/programs/versions?where[parent][equals]=${live.id}&sort=-updatedAt&depth=0`)
      expect(status).toBe(200)
      expect(body.docs[0].version.summary).toBe(summary)
    }
  })

  test('the review history names who acted, and never embeds a user object', async () => {
    const { live } = await liveWithRevision()
    await edit(live.id, { reviewStatus: 'changes-requested', reviewNote: '근거 자료를 붙여 주세요.' }, admin())
    const { body } = await suite.api.as(suite.tokens.adminB).get(`/programs/${live.id}?draft=true&depth=3`)
    const last = body.reviewHistory.at(-1)
    expect(last.byName).toBe(`${admin().name} (상생누리 관리자)`)
    expect(typeof last.by === 'number' || typeof last.by === 'string').toBe(true)
    expect(typeof body.reviewedBy === 'object' && body.reviewedBy !== null).toBe(false)
    expect(JSON.stringify(body)).not.toContain('sessions')
  })
})

describe('the dashboard reads the latest versions', () => {
  beforeEach(clearJobs)

  test('a revision waiting for review counts in the owner\'s 확인요청 중 and the platform admin\'s queue', async () => {
    const ownerBefore = await dashboardCounts(suite.payload, owner())
    const adminBefore = await dashboardCounts(suite.payload, admin())
    await liveWithRevision()
    const ownerAfter = await dashboardCounts(suite.payload, owner())
    const adminAfter = await dashboardCounts(suite.payload, admin())
    const count = (tiles: { label: { ko: string }; count: number }[], ko: string) => tiles.find((t) => t.label.ko === ko)!.count
    expect(count(ownerAfter, '확인요청 중')).toBe(count(ownerBefore, '확인요청 중') + 1)
    expect(count(adminAfter, '확인 대기 프로그램')).toBe(count(adminBefore, '확인 대기 프로그램') + 1)
    // The live version still counts as approved.
    expect(count(adminAfter, '확인완료 프로그램')).toBe(count(adminBefore, '확인완료 프로그램') + 1)
  })
})

describe('backfillProgramVersions (the migration\'s data step)', () => {
  test('gives programs without versions one, with _status from the review status, and is idempotent', async () => {
    const approved = await recruitingProgram(suite.payload, suite.world)
    const draft = await createProgram(suite.payload, suite.world.businesses.b, 'draft', admin())
    for (const id of [approved.id, draft.id]) {
      await suite.payload.db.deleteVersions({ collection: 'programs', where: { parent: { equals: id } } })
      await suite.payload.db.updateOne({ collection: 'programs', id, data: { _status: null } })
    }
    const filled = await backfillProgramVersions(suite.payload)
    expect(filled).toBeGreaterThanOrEqual(2)
    for (const [id, status] of [[approved.id, 'published'], [draft.id, 'draft']] as const) {
      const versions = await versionsOf(id)
      expect(versions.map((v) => [v.latest, v.version._status])).toEqual([[true, status]])
      const main = await suite.payload.db.findOne<Record<string, unknown> & { id: number }>({ collection: 'programs', where: { id: { equals: id } } })
      expect(main?._status).toBe(status)
    }
    expect(await backfillProgramVersions(suite.payload)).toBe(0)
    expect(await versionsOf(approved.id)).toHaveLength(1)
    expect((await publicRead(approved.id)).id).toBe(approved.id)
  })
})
