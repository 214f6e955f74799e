import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { checkBizRegNo } from '../../kernel/rules/bizRegNo'
import { COMPANIES } from '../../seed/data/companies'
import { APPLICATIONS, PROMOTIONS } from '../../seed/data/participation'
import { DEMO_PASSWORD, USERS } from '../../seed/data/users'
import { seedDemo } from '../../seed/demo'
import { seedSyntheticPrograms } from '../../seed/synthetic'
import { useTestPayload } from '../helpers/suite'

// The demo is built around a fixed day; the clock is pinned to it (Date only, timers stay
// real) so the 진행단계 that reads derive agree with the day the seed planned for.
const NOW = new Date('2026-06-15T01:00:00.000Z') // 10:00 in Seoul
const COLLECTIONS = [
  'companies', 'users', 'businesses', 'programs', 'partner-guides', 'card-news', 'media', 'subscribers', 'newsletters',
  'applications', 'promotions', 'private-files',
] as const

// Registered before the boot: the clock is pinned before Payload starts and released after it stops.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW, shouldAdvanceTime: true })
})
afterAll(() => {
  vi.useRealTimers()
})
const suite = useTestPayload({ world: (payload) => seedDemo(payload, { now: NOW }) })

async function counts() {
  const result: Record<string, number> = {}
  for (const collection of COLLECTIONS) result[collection] = (await suite.payload.count({ collection, overrideAccess: true })).totalDocs
  return result
}

async function allPrograms() {
  const { docs } = await suite.payload.find({ collection: 'programs', pagination: false, depth: 0, overrideAccess: true })
  return docs
}

describe('demo seed', () => {
  test('creates the demo accounts with their roles and companies', async () => {
    for (const fixture of USERS) {
      const { docs } = await suite.payload.find({ collection: 'users', where: { email: { equals: fixture.email } }, depth: 1, overrideAccess: true })
      expect(docs, fixture.email).toHaveLength(1)
      const user = docs[0]
      expect(user.role).toBe(fixture.role)
      const company = typeof user.company === 'object' ? user.company : null
      const expected = COMPANIES.find((c) => c.key === fixture.company)
      expect(company?.name ?? null).toBe(expected?.name ?? null)
    }
    const { docs } = await suite.payload.find({ collection: 'users', where: { email: { equals: 'sme@winwinnuri.test' } }, depth: 2, overrideAccess: true })
    const sme = docs[0].company as { category: string; mainPartners: { company: { name: string }; tier: string }[] }
    expect(sme.category).toBe('sme')
    expect(sme.mainPartners).toContainEqual(expect.objectContaining({ company: expect.objectContaining({ name: '두산중공업' }), tier: 'tier1' }))
  })

  test('shows every 진행단계 and every review status', async () => {
    const programs = await allPrograms()
    const phases = new Set(programs.map((p) => p.phase))
    for (const phase of ['upcoming', 'recruiting', 'in-progress', 'closed', 'draft', 'submitted', 'changes-requested']) {
      expect(phases, phase).toContain(phase)
    }
    const statuses = new Set(programs.map((p) => p.reviewStatus))
    for (const status of ['draft', 'submitted', 'changes-requested', 'approved']) expect(statuses).toContain(status)
    for (const p of programs.filter((p) => p.reviewStatus === 'changes-requested')) expect(p.reviewNote).toBeTruthy()
    for (const p of programs.filter((p) => p.reviewStatus === 'approved')) expect(p.approvedAt).toBeTruthy()
  })

  test('한국수자원공사\'s live 싱가포르 program carries a revision sent back with a reason; the public keeps the approved version', async () => {
    const { docs } = await suite.payload.find({ collection: 'programs', where: { title: { contains: '싱가포르 국제 물주간' } }, depth: 0, overrideAccess: true })
    expect(docs).toHaveLength(1)
    const live = docs[0]
    expect([live.reviewStatus, live._status, live.phase]).toEqual(['approved', 'published', 'recruiting'])
    expect(live.summary).not.toContain('항공료')
    const latest = await suite.payload.findByID({ collection: 'programs', id: live.id, draft: true, depth: 0, overrideAccess: true })
    expect([latest.reviewStatus, latest._status, latest.publicPhase]).toEqual(['changes-requested', 'draft', 'recruiting'])
    expect(latest.summary).toContain('항공료')
    expect(latest.reviewNote).toContain('항공료 지원의 한도')
    expect(latest.reviewHistory?.at(-1)?.byName).toContain('상생누리 관리자')
  })

  test('has the programs the demo scenarios need', async () => {
    const programs = await allPrograms()
    const companyId = async (name: string) =>
      (await suite.payload.find({ collection: 'companies', where: { name: { equals: name } }, limit: 1, overrideAccess: true })).docs[0].id
    const doosan = await companyId('두산중공업')
    const samsung = await companyId('삼성전자')
    const applicable = programs.filter((p) => p.company === doosan && p.phase === 'recruiting' && p.applyOnline && ['open', 'partners'].includes(p.targetScope))
    expect(applicable.length).toBeGreaterThanOrEqual(2)
    expect(programs.some((p) => p.company === samsung && p.targetScope === 'affiliates')).toBe(true)
    expect(programs.some((p) => p.targetScope === 'partial' && (p.eligibility?.industries?.length ?? 0) > 0)).toBe(true)
    expect(new Set(programs.map((p) => p.supportField)).size).toBe(10)
    expect(new Set(programs.flatMap((p) => p.regions)).size).toBeGreaterThan(8)
    // Registrations spread over the past ~18 months, for the cumulative chart.
    const created = programs.map((p) => new Date(p.createdAt).getTime())
    expect((NOW.getTime() - Math.min(...created)) / 86_400_000).toBeGreaterThan(450)
    expect(Math.max(...created)).toBeLessThanOrEqual(Date.now())
  })

  test('gives every company a valid registration number', async () => {
    const { docs } = await suite.payload.find({ collection: 'companies', pagination: false, depth: 0, overrideAccess: true })
    expect(docs.length).toBe(COMPANIES.length)
    for (const company of docs) expect(checkBizRegNo(company.bizRegNo).ok, company.name).toBe(true)
  })

  test('publishes partner guides and card news, with one story awaiting the editor', async () => {
    const guides = await suite.payload.find({ collection: 'partner-guides', where: { published: { equals: true } } })
    expect(guides.totalDocs).toBe(7)
    const news = await suite.payload.find({ collection: 'card-news', pagination: false, depth: 1, overrideAccess: true })
    expect(news.docs.filter((n) => n.status === 'published')).toHaveLength(3)
    expect(news.docs.filter((n) => n.status === 'in-review')).toHaveLength(1)
    for (const story of news.docs) {
      expect(story.cards?.length).toBeGreaterThanOrEqual(2)
      for (const card of story.cards ?? []) {
        expect(card.alt).toBeTruthy()
        expect(typeof card.image === 'object' && card.image?.mimeType).toBe('image/png')
      }
    }
  })

  test("has newsletter readers and last month's sent issue; this month's is left to the editor", async () => {
    const readers = await suite.payload.find({ collection: 'subscribers', pagination: false, overrideAccess: true })
    const byStatus = (status: string) => readers.docs.filter((doc) => doc.status === status).length
    expect([byStatus('confirmed'), byStatus('pending'), byStatus('unsubscribed')]).toEqual([6, 1, 1])
    expect(readers.docs.find((doc) => doc.email === 'sme@winwinnuri.test')?.status).toBe('confirmed')
    const issues = await suite.payload.find({ collection: 'newsletters', pagination: false, depth: 0, overrideAccess: true })
    expect(issues.docs.map((doc) => [doc.issueMonth, doc.status])).toEqual([['2026-05', 'sent']])
    expect(issues.docs[0].cardNews?.length).toBeGreaterThan(0)
  })

  test('has SME applications to 두산중공업 and promotion records with evidence, reviewed as planned', async () => {
    const applications = await suite.payload.find({ collection: 'applications', pagination: false, depth: 1, overrideAccess: true })
    expect(applications.totalDocs).toBe(APPLICATIONS.length)
    for (const application of applications.docs) {
      expect(typeof application.programCompany === 'object' && application.programCompany?.name).toBe('두산중공업')
    }
    expect(applications.docs.map((a) => a.status).sort()).toEqual(['selected', 'submitted', 'submitted'])
    const promotions = await suite.payload.find({ collection: 'promotions', pagination: false, depth: 0, overrideAccess: true })
    expect(promotions.docs.map((p) => p.review).sort()).toEqual(PROMOTIONS.map((p) => p.review).sort())
    for (const promotion of promotions.docs) expect(promotion.evidence).toHaveLength(1)
    const files = await suite.payload.find({ collection: 'private-files', pagination: false, depth: 0, overrideAccess: true })
    expect(files.docs.every((file) => file.mimeType === 'application/pdf' && file.uploadedBy != null)).toBe(true)
  })

  test('lets every demo account log in with the demo password', async () => {
    for (const fixture of USERS) {
      const result = await suite.payload.login({ collection: 'users', data: { email: fixture.email, password: DEMO_PASSWORD } })
      expect(result.token, fixture.email).toBeTruthy()
      expect(result.user?.role).toBe(fixture.role)
    }
  })

  test('is idempotent: seeding again creates nothing', async () => {
    const before = await counts()
    const { tally } = await seedDemo(suite.payload, { now: NOW })
    expect(await counts()).toEqual(before)
    for (const [collection, { created }] of Object.entries(tally)) expect(created, collection).toBe(0)
  })

  test('refuses to run on a production deployment', async () => {
    const saved = process.env.WINWINNURI_PRODUCTION
    process.env.WINWINNURI_PRODUCTION = '1'
    try {
      await expect(seedDemo(suite.payload, { now: NOW })).rejects.toThrow(/production/)
      await expect(seedSyntheticPrograms(suite.payload, { count: 1, now: NOW })).rejects.toThrow(/production/)
    } finally {
      if (saved === undefined) delete process.env.WINWINNURI_PRODUCTION
      else process.env.WINWINNURI_PRODUCTION = saved
    }
  })
})

describe('synthetic programs', () => {
  test('adds the requested number of programs', async () => {
    const before = (await suite.payload.count({ collection: 'programs', overrideAccess: true })).totalDocs
    const result = await seedSyntheticPrograms(suite.payload, { count: 50, now: NOW, seed: 7 })
    expect(result.created).toBe(50)
    expect((await suite.payload.count({ collection: 'programs', overrideAccess: true })).totalDocs).toBe(before + 50)
  })
})
