/**
 * The member area: GET /api/programs/recommended (who may ask, what a company is recommended and
 * in which order), /my/ (greeting, counters equal to the API's, recommendations, applications
 * with results) — on the real Express app around Payload, signed in through /login/.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { addDays, kstToday } from '../../kernel/rules/dates'
import { as, createProgram, PASSWORD, signUpData } from '../helpers/fixtures'
import { PageSession, signedIn } from '../helpers/pageSession'
import { useTestPayload } from '../helpers/suite'

const extra = { bPartners: 0, aPartners: 0, bUpcoming: 0, bOffline: 0 }
const suite = useTestPayload({ world: true, pages: true })
beforeAll(async () => {
  const day = kstToday()
  const year = day.slice(0, 4)
  const make = (business: number, title: string, overrides: object) =>
    createProgram(suite.payload, business, 'approved', suite.world.users.platformAdmin, { title: `${year}년 ${title}`, ...overrides }).then((p) => p.id)
  extra.bPartners = await make(suite.world.businesses.b, '한빛 협력사 전용 기술지원', { targetScope: 'partners', applyEnd: addDays(day, 4) })
  extra.aPartners = await make(suite.world.businesses.a, '공사 협력사 전용 교육', { targetScope: 'partners' })
  extra.bUpcoming = await make(suite.world.businesses.b, '한빛 하반기 판로지원', { applyStart: addDays(day, 5), applyEnd: addDays(day, 30) })
  extra.bOffline = await make(suite.world.businesses.b, '한빛 방문 접수 상담회', { applyOnline: false })
})

type Doc = { id: number; phase: string; eligibleAs: string; title: string }
const recommended = async (session: PageSession, query = '') => session.api(`/api/programs/recommended${query}`)
const ids = (docs: Doc[]) => docs.map((d) => d.id)

describe('GET /api/programs/recommended', () => {
  test('the SME partner of B: B’s partners-only program, open programs, not A’s partners-only one; ranked', async () => {
    const { status, body } = await recommended(await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD))
    expect(status).toBe(200)
    const docs = body.docs as Doc[]
    expect(body.totalDocs).toBe(docs.length)
    expect(ids(docs)).toEqual(expect.arrayContaining([extra.bPartners, suite.world.programs.b.approved, suite.world.programs.a.approved, extra.bUpcoming]))
    expect(ids(docs)).not.toContain(extra.aPartners)
    for (const status of ['draft', 'submitted', 'changes-requested'] as const) expect(ids(docs)).not.toContain(suite.world.programs.b[status])
    expect(docs.find((d) => d.id === extra.bPartners)).toMatchObject({ phase: 'recruiting', eligibleAs: 'partner' })
    expect(docs.find((d) => d.id === suite.world.programs.b.approved)).toMatchObject({ phase: 'recruiting', eligibleAs: 'open' })
    expect(docs.find((d) => d.id === suite.world.programs.a.approved)).toMatchObject({ phase: 'upcoming', eligibleAs: 'open' })
    const phases = docs.map((d) => d.phase)
    expect(phases.lastIndexOf('recruiting')).toBeLessThan(phases.indexOf('upcoming'))
    // Among the recruiting ones, the nearest deadline first: bPartners closes in 4 days, the others in 10.
    expect(docs[0].id).toBe(extra.bPartners)
  })

  test('a member whose company has no 주거래기업 gets the open programs only', async () => {
    const { body } = await recommended(await signedIn(suite.server.url, suite.world.users.member2.email, PASSWORD))
    expect(ids(body.docs)).not.toContain(extra.bPartners)
    expect(ids(body.docs)).toContain(suite.world.programs.b.approved)
    expect((body.docs as Doc[]).every((d) => d.eligibleAs === 'open')).toBe(true)
  })

  test('anonymous 401; editors and company admins 403', async () => {
    expect((await recommended(new PageSession(suite.server.url))).status).toBe(401)
    for (const who of ['editor', 'adminB'] as const) {
      const { status, body } = await recommended(await signedIn(suite.server.url, suite.world.users[who].email, PASSWORD))
      expect(status, who).toBe(403)
      expect(body.errors[0].message).toMatch(/[가-힣]/)
    }
  })

  test('a platform admin sees a company’s recommendations with ?company=', async () => {
    const admin = await signedIn(suite.server.url, suite.world.users.platformAdmin.email, PASSWORD)
    const member = await recommended(await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD))
    expect(ids((await recommended(admin, `?company=${suite.world.companies.sme}`)).body.docs)).toEqual(ids(member.body.docs))
    expect(ids((await recommended(admin, `?company=${suite.world.companies.sme2}`)).body.docs)).not.toContain(extra.bPartners)
    expect((await recommended(admin, '?company=999999')).status).toBe(404)
  })

  test('a member cannot look at another company with ?company=', async () => {
    const session = await signedIn(suite.server.url, suite.world.users.member2.email, PASSWORD)
    expect(ids((await recommended(session, `?company=${suite.world.companies.sme}`)).body.docs)).not.toContain(extra.bPartners)
  })
})

describe('/my/', () => {
  test('greeting, and counters equal to the API’s counts; the cards in the API’s order', async () => {
    const session = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const page = await session.get('/my/')
    expect(page.status).toBe(200)
    expect(page.doc.querySelector('.member-summary__hello')?.text).toBe(`안녕하세요 ${suite.world.users.member.name} 님 환영합니다. 일반회원`)
    const api = await recommended(session)
    const applications = await session.api('/api/applications?depth=0&limit=0')
    const counters = page.doc.querySelectorAll('.member-counters li').map((li) => li.text.replace(/\s+/g, ' ').trim())
    expect(counters).toEqual([`추천 프로그램 ${api.body.totalDocs}건`, `신청 및 참여이력 ${applications.body.totalDocs}건`])
    expect(applications.body.totalDocs).toBeGreaterThan(0)
    const titles = page.doc.querySelectorAll('#recommended .program-card__title a').map((a) => a.text)
    expect(titles).toEqual((api.body.docs as Doc[]).map((d) => d.title))
  })

  test('each card: link, company, phase, 신청기간, why; 신청하기 only for 모집중 programs taking online applications', async () => {
    const page = await (await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)).get('/my/')
    const card = (id: number) => page.doc.querySelectorAll('#recommended .program-card').find((c) => c.querySelector(`a[href="/programs/${id}/"]`))!
    const partners = card(extra.bPartners)
    expect(partners.querySelector('.program-card__company')?.text).toBe('한빛전자')
    expect(partners.querySelector('.phase')?.text).toBe('모집중')
    expect(partners.querySelectorAll('time').map((t) => t.text)).toEqual([addDays(kstToday(), -5), addDays(kstToday(), 4)])
    expect(partners.text).toContain('주거래기업의 협력사 지원 프로그램입니다.')
    expect(partners.querySelector(`a[href="/programs/${extra.bPartners}/apply/"]`)?.text).toContain('신청하기')
    expect(card(extra.bUpcoming).querySelector('.phase')?.text).toBe('예정')
    expect(card(extra.bUpcoming).querySelector('a[href$="/apply/"]')).toBeNull()
    expect(card(extra.bOffline).querySelector('a[href$="/apply/"]')).toBeNull()
  })

  test('applications: 신청일, status label, the decision note once decided, 신청 철회 while 접수', async () => {
    const member = suite.world.users.member
    const applied = await suite.payload.create({ collection: 'applications', data: { program: extra.bPartners, answers: '신청합니다.', applicantPhone: '010-1234-5678' } as never, ...as(member) })
    await suite.payload.update({ collection: 'applications', id: applied.id, data: { status: 'selected', decisionNote: '선정을 축하합니다. 담당자가 연락드립니다.' }, ...as(suite.world.users.adminB) })
    const page = await (await signedIn(suite.server.url, member.email, PASSWORD)).get('/my/')
    const rows = page.doc.querySelectorAll('#history tbody tr')
    const row = (program: number) => rows.find((r) => r.querySelector(`a[href="/programs/${program}/"]`))!
    const selected = row(extra.bPartners)
    expect(selected.querySelector('.status')?.text).toBe('선정')
    expect(selected.text).toContain('선정을 축하합니다. 담당자가 연락드립니다.')
    expect(selected.querySelector('time')?.text).toBe(kstToday())
    expect(selected.querySelector('a.withdraw-link')).toBeNull()
    const submitted = row(suite.world.programs.b.approved)
    expect(submitted.querySelector('.status')?.text).toBe('접수')
    // 신청 철회 leads to its confirmation page (tests/integration/member-pages.test.ts).
    expect(submitted.querySelector('a.withdraw-link')?.getAttribute('href')).toBe(`/my/applications/${suite.world.applications.member}/withdraw`)
    expect(submitted.querySelector('a.withdraw-link')?.text).toContain('신청 철회')
  })

  test('a member without a company is asked to finish signing up; the API recommends nothing', async () => {
    await suite.payload.create({ collection: 'users', data: signUpData('no-company@test.kr', '소속 없음'), ...as(undefined) })
    const session = await signedIn(suite.server.url, 'no-company@test.kr', PASSWORD)
    const page = await session.get('/my/')
    expect(page.doc.querySelector('main a[href="/join/"]')).toBeTruthy()
    expect(page.doc.querySelector('.member-counters')).toBeNull()
    expect((await recommended(session)).body).toMatchObject({ docs: [], totalDocs: 0 })
  })
})

describe('paging the recommendations', () => {
  test('?page= and ?limit= page the ranked list like Payload’s own lists; nonsense is a Korean 400', async () => {
    const session = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const all = (await recommended(session, '?limit=100')).body
    expect(all.totalDocs).toBeGreaterThan(2)
    const second = (await recommended(session, '?limit=1&page=2')).body
    expect(second).toMatchObject({ page: 2, limit: 1, totalDocs: all.totalDocs, totalPages: all.totalDocs })
    expect(ids(second.docs)).toEqual([all.docs[1].id])
    for (const query of ['?page=0', '?page=abc', '?limit=101', '?limit=-1']) {
      const res = await recommended(session, query)
      expect(res.status, query).toBe(400)
      expect(JSON.stringify(res.body), query).toMatch(/[가-힣]/)
    }
  })

  test('/my/ shows 20 a page with a pager; the counter stays the total', async () => {
    // Enough open programs (deadlines late, so they rank last) to need a second page.
    const year = kstToday().slice(0, 4)
    for (let i = 1; i <= 21; i++) {
      await createProgram(suite.payload, suite.world.businesses.b, 'approved', suite.world.users.platformAdmin, { title: `${year}년 한빛 공개 세미나 ${i}회`, applyEnd: addDays(kstToday(), 60) })
    }
    const session = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const api = (await recommended(session, '?limit=100')).body
    expect(api.totalDocs).toBeGreaterThan(20)
    const first = await session.get('/my/')
    expect(first.doc.querySelectorAll('#recommended .program-card')).toHaveLength(20)
    expect(first.doc.querySelector('.member-counters')?.text).toContain(`추천 프로그램 ${api.totalDocs}건`)
    expect(first.doc.querySelector('#recommended nav.pagination a[aria-current="page"]')?.text).toContain('1')
    const next = first.doc.querySelector('#recommended nav.pagination a[rel="next"]')?.getAttribute('href')
    expect(next).toBe('/my/?page=2#recommended')
    const second = await session.get('/my/?page=2')
    const titles = second.doc.querySelectorAll('#recommended .program-card__title a').map((a) => a.text)
    expect(titles).toEqual((api.docs as Doc[]).slice(20, 40).map((d) => d.title))
    // A page past the end shows the last one rather than nothing.
    expect((await session.get('/my/?page=999')).doc.querySelectorAll('#recommended .program-card__title a').map((a) => a.text)).toEqual(titles)
  })
})
