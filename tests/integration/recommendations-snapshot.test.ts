/**
 * Recommendations at scale (issue 15): recommendedPrograms takes the live programs from a
 * snapshot checked against the database on every call (members/operations/liveProgramSnapshot.ts)
 * instead of reading them all each time. It must give exactly what the straightforward way gives
 * — every live program read with the asking user's access, the eligibility rule in memory — for
 * every demo user and every company (a platform admin's ?company=), on the demo data plus
 * synthetic programs of every scope, affiliates of a group and tier rules; and stay equal after
 * each kind of write (edit, new, unpublish, delete, two saves in one millisecond, company and
 * 주거래기업 changes, a new day, two requests at once).
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import type { Payload } from 'payload'
import { addDays, kstToday } from '../../kernel/rules/dates'
import { eligibility, recommendPrograms } from '../../kernel/rules/eligibility'
import { companyIdOf } from '../../kernel/rules/roles'
import type { Company, User } from '../../kernel/payload-types'
import { recommendedPrograms, type ProgramCompanyInfo, type Recommendations, type RecommendedProgram } from '../../members/operations/recommendations'
import { NEWEST_FIRST_SORT } from '../../members/operations/snapshotSync'
import { seedDemo } from '../../seed/demo'
import { seedSyntheticPrograms } from '../../seed/synthetic'
import { bizRegNo, confirmedMember, createProgram, signUpData } from '../helpers/fixtures'
import { useTestPayload } from '../helpers/suite'

type Id = string | number

/**
 * The straightforward way, as recommendations were computed before the snapshot: the member's
 * company, every approved program not ended by today read with the user's access (newest first,
 * then by id: the order the snapshot hands on), the companies running them, the rule in memory.
 */
async function straightforward(payload: Payload, user: User, forCompany?: Id): Promise<Recommendations> {
  const find = async (id: Id | null) => {
    if (id == null) return null
    const { docs } = await payload.find({ collection: 'companies', where: { id: { equals: id } }, depth: 0, limit: 1, overrideAccess: true })
    return docs[0] ?? null
  }
  const confirmed = forCompany ?? companyIdOf(user)
  let company: Company | null
  if (confirmed != null) company = await find(confirmed)
  else {
    const pending = await find(companyIdOf({ company: user.pendingCompany }))
    company = pending && { ...pending, mainPartners: [], group: null }
  }
  if (!company) return { company: null, items: [] }
  const startOfToday = new Date(`${kstToday()}T00:00:00+09:00`).toISOString()
  const { docs } = await payload.find({
    collection: 'programs',
    where: { and: [{ reviewStatus: { equals: 'approved' } }, { supportEnd: { greater_than_equal: startOfToday } }] },
    select: {
      title: true, summary: true, company: true, supportField: true, targetScope: true, applyStart: true, applyEnd: true,
      supportStart: true, supportEnd: true, regions: true, applyOnline: true, eligibility: true, reviewStatus: true, phase: true,
    },
    sort: NEWEST_FIRST_SORT,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
  })
  const programs = docs as unknown as RecommendedProgram[]
  const ids = [...new Set(programs.map((p) => companyIdOf({ company: p.company })).filter((id): id is Id => id != null))]
  const { docs: owners } = await payload.find({
    // The category too: the 기업집단's field access reads it (a 대기업's is public, an SME's not).
    collection: 'companies', where: { id: { in: ids } }, select: { name: true, group: true, category: true }, depth: 0, pagination: false, overrideAccess: false,
  })
  const byId = new Map(owners.map((doc) => [String(doc.id), { id: doc.id, name: doc.name, group: doc.group }]))
  const companyOf = (p: RecommendedProgram): ProgramCompanyInfo => {
    const id = String(companyIdOf({ company: p.company }) ?? '')
    return byId.get(id) ?? { id, name: '', group: null }
  }
  const ranked = recommendPrograms(company, programs, companyOf)
  return { company, items: ranked.map((program) => ({ program, company: companyOf(program), eligibleAs: eligibility(company, program, companyOf(program)).reason })) }
}

const world = { companies: {} as Record<string, Id>, businesses: {} as Record<string, Id>, affiliateMember: null as unknown as User, pendingMember: null as unknown as User }

async function build(payload: Payload) {
  await seedDemo(payload)
  // Programs of every scope (partners, partial criteria with tiers, affiliates) over every business.
  await seedSyntheticPrograms(payload, { count: 120, seed: 15 })
  const { docs: companies } = await payload.find({ collection: 'companies', pagination: false, depth: 0, overrideAccess: true })
  for (const c of companies) world.companies[c.name] = c.id
  const { docs: businesses } = await payload.find({ collection: 'businesses', pagination: false, depth: 0, overrideAccess: true })
  for (const b of businesses) world.businesses[String(companyIdOf({ company: b.company }))] ??= b.id
  const samsung = world.companies['삼성전자']
  const doosan = world.companies['두산중공업']
  // An SME of the 삼성 group, 2차 partner of 삼성전자; and someone waiting to join (한빛정밀).
  const sme = await payload.create({
    collection: 'companies',
    data: {
      bizRegNo: bizRegNo(901), name: '삼성 계열 부품(주)', group: ' 삼성 ', ceoName: '대표자', category: 'sme', industry: 'C', homepage: 'https://parts.example.kr',
      address: { postcode: '16677', line1: '경기도 수원시 영통구 매탄로 1' }, mainPartners: [{ company: samsung as number, tier: 'tier2' }],
    },
    context: { trustedWrite: true },
  })
  world.companies[sme.name] = sme.id
  world.affiliateMember = await confirmedMember(payload, 'parts@example.kr', '부품 회원', sme.id)
  const pending = await payload.create({ collection: 'users', data: signUpData('waiting@example.kr', '대기 회원', { pendingCompany: world.companies['(주)한빛정밀'] as number }), context: { skipNotifications: true } })
  world.pendingMember = { ...(await payload.findByID({ collection: 'users', id: pending.id, depth: 0 })), collection: 'users' } as User
  // Live programs for each rule, whatever the synthetic draw gave.
  const admin = (await payload.find({ collection: 'users', where: { role: { equals: 'platform-admin' } }, limit: 1, depth: 0 })).docs[0] as User
  const day = kstToday()
  const make = (company: Id, title: string, overrides: object) =>
    createProgram(payload, world.businesses[String(company)] as number, 'approved', admin, { title: `${day.slice(0, 4)}년 ${title}`, ...overrides })
  await make(samsung, '삼성 계열사 오픈 기술교류', { targetScope: 'affiliates' })
  await make(doosan, '두산 부분 오픈 제조 중소기업 교육', { targetScope: 'partial', eligibility: { industries: ['C'], categories: ['sme'] } })
  await make(doosan, '두산 2차 협력사 전용 지원', { targetScope: 'partners', eligibility: { tiers: ['tier2'] } })
  await make(samsung, '삼성 협력사 전용 판로지원', { targetScope: 'partners', applyEnd: addDays(day, 3) })
  // Programs the ranking puts level, registered at the same instant: only the id orders them.
  const instant = new Date(Date.now() - 86_400_000).toISOString()
  for (const n of [1, 2, 3]) await make(doosan, `두산 동시 등록 설명회 ${n}`, { createdAt: instant, applyEnd: addDays(day, 20) })
  return world
}

const suite = useTestPayload({ world: build })

async function everyone(payload: Payload): Promise<{ user: User; forCompany?: Id; label: string }[]> {
  const { docs } = await payload.find({ collection: 'users', pagination: false, depth: 0, overrideAccess: true })
  const users = docs.map((u) => ({ ...u, collection: 'users' }) as User)
  const admin = users.find((u) => u.role === 'platform-admin')!
  const { docs: companies } = await payload.find({ collection: 'companies', pagination: false, depth: 0, overrideAccess: true })
  return [
    ...users.map((user) => ({ user, label: user.email })),
    ...companies.map((c) => ({ user: admin, forCompany: c.id, label: `platform admin for ${c.name}` })),
  ]
}

/** Both ways for every user and company, equal: the same programs, in the same order, with the same fields and reasons. */
async function expectSameBothWays(): Promise<Recommendations[]> {
  const results: Recommendations[] = []
  for (const { user, forCompany, label } of await everyone(suite.payload)) {
    const fast = await recommendedPrograms(suite.payload, user, forCompany)
    expect(fast, label).toEqual(await straightforward(suite.payload, user, forCompany))
    results.push(fast)
  }
  return results
}

const admin = async () => (await suite.payload.find({ collection: 'users', where: { role: { equals: 'platform-admin' } }, limit: 1, depth: 0 })).docs[0] as User
const asAdmin = async () => ({ overrideAccess: false as const, user: { ...(await admin()), collection: 'users' } as User })
const member = async (email = 'sme@winwinnuri.test') =>
  ({ ...(await suite.payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })).docs[0], collection: 'users' }) as User
const idsFor = async (user: User) => (await recommendedPrograms(suite.payload, user)).items.map((r) => r.program.id)

/** A live 전체 오픈 program that `user` is recommended, of a company other than its own. */
async function liveOpenProgram(user: User): Promise<RecommendedProgram> {
  const found = (await recommendedPrograms(suite.payload, user)).items.find((r) => r.eligibleAs === 'open')
  expect(found).toBeDefined()
  return found!.program
}

describe('the snapshot gives what the straightforward way gives', () => {
  test('for every demo user and every company, on the demo and synthetic programs of every scope', async () => {
    const results = await expectSameBothWays()
    const reasons = new Set(results.flatMap((r) => r.items.map((i) => i.eligibleAs)))
    for (const reason of ['open', 'partner', 'affiliate', 'criteria'] as const) expect(reasons, reason).toContain(reason)
    const level = (await recommendedPrograms(suite.payload, await member())).items.filter((i) => i.program.title.includes('동시 등록'))
    expect(level.map((i) => i.program.title.slice(-1))).toEqual(['1', '2', '3'])
    // The member waiting to join is not yet a partner or an affiliate of anyone; the affiliate SME
    // gets its group's programs (its 기업집단 written with spaces around it).
    const pending = await recommendedPrograms(suite.payload, world.pendingMember)
    expect(pending.items.length).toBeGreaterThan(0)
    expect(pending.items.filter((i) => i.eligibleAs === 'partner' || i.eligibleAs === 'affiliate')).toEqual([])
    expect((await recommendedPrograms(suite.payload, world.affiliateMember)).items.some((i) => i.eligibleAs === 'affiliate')).toBe(true)
  })

  test('after an edit that changes who may apply', async () => {
    const user = await member()
    const program = await liveOpenProgram(user)
    await suite.payload.update({ collection: 'programs', id: program.id, data: { targetScope: 'affiliates', title: `${program.title} (계열사 전용)` }, depth: 0, ...(await asAdmin()) })
    expect(await idsFor(user)).not.toContain(program.id)
    await expectSameBothWays()
  })

  test('after a new approved program, an unpublished one and a deleted one', async () => {
    const user = await member()
    const hanbitPartner = world.companies['두산중공업']
    const created = await createProgram(suite.payload, world.businesses[String(hanbitPartner)] as number, 'approved', await admin(), { title: `${kstToday().slice(0, 4)}년 새로 승인된 프로그램` })
    expect(await idsFor(user)).toContain(created.id)
    const unpublished = await liveOpenProgram(user)
    await suite.payload.update({ collection: 'programs', id: unpublished.id, data: { reviewStatus: 'draft' }, depth: 0, ...(await asAdmin()) })
    const deleted = (await recommendedPrograms(suite.payload, user)).items.find((r) => r.eligibleAs === 'open' && r.program.id !== created.id)!.program
    await suite.payload.delete({ collection: 'programs', id: deleted.id, overrideAccess: true })
    const ids = await idsFor(user)
    expect(ids).not.toContain(unpublished.id)
    expect(ids).not.toContain(deleted.id)
    await expectSameBothWays()
  })

  test('two programs saved in the same millisecond, then one deleted: the count check reads the set again', async () => {
    const user = await member()
    const [a, b] = (await recommendedPrograms(suite.payload, user)).items.filter((r) => r.eligibleAs === 'open').map((r) => r.program)
    const { updatedAt } = await suite.payload.findByID({ collection: 'programs', id: a.id, depth: 0, select: { updatedAt: true } })
    await suite.payload.db.updateOne({ collection: 'programs', id: b.id, data: { updatedAt }, returning: false })
    await expectSameBothWays()
    await suite.payload.delete({ collection: 'programs', id: b.id, overrideAccess: true })
    expect(await idsFor(user)).not.toContain(b.id)
    await expectSameBothWays()
  })

  test('after a program company’s name and the member’s 주거래기업 change', async () => {
    const doosan = world.companies['두산중공업']
    await suite.payload.update({ collection: 'companies', id: doosan, data: { name: '두산에너빌리티' }, overrideAccess: true, context: { trustedWrite: true } })
    const hanbit = world.companies['(주)한빛정밀']
    await suite.payload.update({ collection: 'companies', id: hanbit, data: { mainPartners: [{ company: world.companies['삼성전자'] as number, tier: 'tier1' }] }, overrideAccess: true, context: { trustedWrite: true } })
    const items = (await recommendedPrograms(suite.payload, await member())).items
    expect(items.some((i) => i.company.name === '두산에너빌리티')).toBe(true)
    expect(items.some((i) => i.eligibleAs === 'partner' && i.company.name === '삼성전자')).toBe(true)
    await expectSameBothWays()
  })

  test('two requests at once right after a save both see it', async () => {
    const user = await member()
    const program = await liveOpenProgram(user)
    await suite.payload.update({ collection: 'programs', id: program.id, data: { targetScope: 'affiliates' }, depth: 0, ...(await asAdmin()) })
    const both = await Promise.all([idsFor(user), idsFor(user), idsFor(await member('data@winwinnuri.test'))])
    for (const ids of both) expect(ids).not.toContain(program.id)
  })

  describe('on a later day', () => {
    beforeAll(() => {
      vi.useFakeTimers({ toFake: ['Date'], now: new Date(Date.now() + 40 * 86_400_000), shouldAdvanceTime: true })
    })
    afterAll(() => {
      vi.useRealTimers()
    })

    test('programs that ended leave, the 진행단계 move on', async () => {
      await expectSameBothWays()
    })
  })

  test('and back on today, the programs that had left return', async () => {
    await expectSameBothWays()
  })
})
