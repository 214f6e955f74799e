import type { Payload } from 'payload'
import { expect, test } from 'vitest'
import { dashboardCounts } from '../../cms/admin/dashboardCounts'
import { type World, bootSeededWorld } from '../helpers/fixtures'

let payload: Payload
let world: World
bootSeededWorld((p, w) => {
  payload = p
  world = w
})

const byLabel = (counts: Awaited<ReturnType<typeof dashboardCounts>>) =>
  Object.fromEntries(counts.map((c) => [c.label.ko, c.count]))

/** Expected numbers are counted independently with overrideAccess, from the fixture world. */
async function count(collection: 'businesses' | 'programs' | 'applications', where: object) {
  return (await payload.count({ collection, where: where as never, overrideAccess: true })).totalDocs
}

test("a company admin's dashboard counts its own company's businesses, programs and new applications", async () => {
  const b = world.companies.b
  const counts = byLabel(await dashboardCounts(payload, world.users.adminB))
  expect(counts['사업']).toBe(await count('businesses', { company: { equals: b } }))
  expect(counts['프로그램']).toBe(await count('programs', { company: { equals: b } }))
  expect(counts['확인요청 중']).toBe(await count('programs', { company: { equals: b }, reviewStatus: { equals: 'submitted' } }))
  expect(counts['접수된 신청서']).toBe(await count('applications', { programCompany: { equals: b }, status: { equals: 'submitted' } }))
  expect(counts['프로그램']).toBeGreaterThan(0)
  // Never the other company's numbers.
  expect(counts['프로그램']).toBeLessThan(await count('programs', {}))
})

test('the platform admin sees the review queue; a member has no tiles', async () => {
  const counts = byLabel(await dashboardCounts(payload, world.users.platformAdmin))
  expect(counts['확인 대기 프로그램']).toBe(await count('programs', { reviewStatus: { equals: 'submitted' } }))
  expect(counts['확인 대기 프로그램']).toBeGreaterThan(0)
  expect(await dashboardCounts(payload, world.users.member)).toEqual([])
})
