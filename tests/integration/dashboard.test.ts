import { describe, expect, test } from 'vitest'
import { dashboardCounts } from '../../cms/admin/dashboardCounts'
import { siteBuildNotice } from '../../cms/admin/siteBuildNotice'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload({ world: true })

const byLabel = (counts: Awaited<ReturnType<typeof dashboardCounts>>) =>
  Object.fromEntries(counts.map((c) => [c.label.ko, c.count]))

/** Expected numbers are counted independently with overrideAccess, from the fixture world. */
async function count(collection: 'businesses' | 'programs' | 'applications', where: object) {
  return (await suite.payload.count({ collection, where: where as never, overrideAccess: true })).totalDocs
}

test("a company admin's dashboard counts its own company's businesses, programs and new applications", async () => {
  const b = suite.world.companies.b
  const counts = byLabel(await dashboardCounts(suite.payload, suite.world.users.adminB))
  expect(counts['사업']).toBe(await count('businesses', { company: { equals: b } }))
  expect(counts['프로그램']).toBe(await count('programs', { company: { equals: b } }))
  expect(counts['확인요청 중']).toBe(await count('programs', { company: { equals: b }, reviewStatus: { equals: 'submitted' } }))
  expect(counts['접수된 신청서']).toBe(await count('applications', { programCompany: { equals: b }, status: { equals: 'submitted' } }))
  expect(counts['프로그램']).toBeGreaterThan(0)
  // Never the other company's numbers.
  expect(counts['프로그램']).toBeLessThan(await count('programs', {}))
})

test('the platform admin sees the review queue; a member has no tiles', async () => {
  const counts = byLabel(await dashboardCounts(suite.payload, suite.world.users.platformAdmin))
  expect(counts['확인 대기 프로그램']).toBe(await count('programs', { reviewStatus: { equals: 'submitted' } }))
  expect(counts['확인 대기 프로그램']).toBeGreaterThan(0)
  expect(await dashboardCounts(suite.payload, suite.world.users.member)).toEqual([])
})

describe('the public site build on the dashboard', () => {
  test('editors and platform admins see that the site is not built yet; others see nothing', async () => {
    expect((await siteBuildNotice(suite.payload, suite.world.users.editor))?.text.ko).toBe('공개 사이트를 아직 만들지 않았습니다.')
    expect(await siteBuildNotice(suite.payload, suite.world.users.adminA)).toBeNull()
    expect(await siteBuildNotice(suite.payload, suite.world.users.member)).toBeNull()
  })

  test('a failed build is shown with its reason and the time of the site still live', async () => {
    await suite.payload.updateGlobal({
      slug: 'site-status',
      data: { state: 'failed', lastBuiltAt: '2026-11-28T01:00:00.000Z', lastFailedAt: '2026-11-28T02:30:00.000Z', lastError: '공개 데이터 검사에 실패했습니다: programs 7: title' },
    })
    const notice = await siteBuildNotice(suite.payload, suite.world.users.platformAdmin)
    expect(notice?.failed).toBe(true)
    expect(notice?.text.ko).toContain('2026-11-28 11:30')
    expect(notice?.text.ko).toContain('programs 7: title')
    expect(notice?.text.ko).toContain('2026-11-28 10:00에 만든 사이트가 그대로 공개 중입니다.')
  })
})
