import { describe, expect, test } from 'vitest'
import type { ReviewStatus } from '../../kernel/rules/reviewWorkflow'
import { createProgram, PASSWORD, programInput, recruitingProgram } from '../helpers/fixtures'
import { countAll, HANGUL } from '../helpers/expectations'
import { useTestPayload } from '../helpers/suite'

/** The REST contract (SPEC "API contract") through Payload's real route handlers. */

const suite = useTestPayload({ world: true, logins: ['platformAdmin', 'adminA', 'adminB', 'member'] })

const fresh = async (status: ReviewStatus) => (await createProgram(suite.payload, suite.world.businesses.b, status, suite.world.users.platformAdmin)).id
const statusOf = async (id: number) => (await suite.payload.findByID({ collection: 'programs', id, depth: 0 })).reviewStatus
/** Payload's error body and ours: `{ errors: [{ message, data? }] }`. */
const messages = (body: { errors?: { message: string; data?: { errors?: { message: string }[] } }[] }) =>
  (body.errors ?? []).flatMap((e) => [e.message, ...(e.data?.errors ?? []).map((d) => d.message)])

describe('authentication', () => {
  test('POST /api/users/login returns a token and the user', async () => {
    const { status, body } = await suite.api.post('/users/login', { email: 'member@test.kr', password: PASSWORD })
    expect(status).toBe(200)
    expect(body.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
    expect([body.user.email, body.user.role]).toEqual(['member@test.kr', 'member'])
  })

  test('a wrong password is 401', async () => {
    const { status } = await suite.api.post('/users/login', { email: 'member@test.kr', password: 'wrong-password' })
    expect(status).toBe(401)
  })

  test('Authorization: JWT <token> identifies the user', async () => {
    const { status, body } = await suite.api.as(suite.tokens.adminB).get('/users/me')
    expect(status).toBe(200)
    expect([body.user.email, body.user.role]).toEqual(['admin-b@test.kr', 'company-admin'])
    expect((await suite.api.get('/users/me')).body.user).toBeNull()
  })

  test('the signed-in user carries its company as an id (auth depth 0), and the company is read on its own', async () => {
    const { body } = await suite.api.as(suite.tokens.adminB).get('/users/me')
    expect(String(body.user.company)).toBe(String(suite.world.companies.b))
    const company = await suite.api.as(suite.tokens.adminB).get(`/companies/${body.user.company}`)
    expect([company.status, String(company.body.id)]).toEqual([200, String(suite.world.companies.b)])
  })
})

describe('GET /api/programs', () => {
  test('anonymous gets exactly the approved programs, each with its phase', async () => {
    const { status, body } = await suite.api.get('/programs?depth=0&limit=100&sort=id')
    expect(status).toBe(200)
    expect(body.docs.map((doc: { id: number; phase: string }) => [doc.id, doc.phase])).toEqual([
      [suite.world.programs.a.approved, 'upcoming'],
      [suite.world.programs.b.approved, 'recruiting'],
    ])
    for (const doc of body.docs) {
      expect(doc.reviewNote ?? null).toBeNull()
      expect(doc.reviewedBy ?? null).toBeNull()
      expect(doc.reviewHistory ?? []).toEqual([])
    }
  })

  test('a company admin gets its own programs in every status with their phases, and others\' approved ones', async () => {
    const { body } = await suite.api.as(suite.tokens.adminB).get(`/programs?depth=0&limit=100&where[id][less_than_equal]=${suite.world.programs.b['changes-requested']}&sort=id`)
    expect(body.docs.map((doc: { id: number; phase: string }) => [doc.id, doc.phase])).toEqual([
      [suite.world.programs.b.draft, 'draft'],
      [suite.world.programs.b.submitted, 'submitted'],
      [suite.world.programs.a.approved, 'upcoming'],
      [suite.world.programs.b.approved, 'recruiting'],
      [suite.world.programs.b['changes-requested'], 'changes-requested'],
    ])
  })

  test('anonymous GET of a draft by id is 404', async () => {
    expect((await suite.api.get(`/programs/${suite.world.programs.b.draft}`)).status).toBe(404)
  })

  test('anonymous company reads carry no mainPartners', async () => {
    const { body } = await suite.api.get(`/companies/${suite.world.companies.sme}?depth=0`)
    expect(body.name).toBe('누리테크')
    expect(body.mainPartners ?? []).toEqual([])
  })
})

describe('POST /api/programs/:id/submit', () => {
  test('the owner submits: 200 and 확인요청', async () => {
    const id = await fresh('draft')
    const { status, body } = await suite.api.as(suite.tokens.adminB).post(`/programs/${id}/submit`)
    expect(status).toBe(200)
    expect([body.doc.reviewStatus, body.doc.phase]).toEqual(['submitted', 'submitted'])
    expect(await statusOf(id)).toBe('submitted')
  })

  test('another company\'s admin is refused (403/404), the program stays a draft', async () => {
    const id = await fresh('draft')
    const { status, body } = await suite.api.as(suite.tokens.adminA).post(`/programs/${id}/submit`)
    expect([403, 404]).toContain(status)
    expect(messages(body).join(' ')).toMatch(HANGUL)
    expect(await statusOf(id)).toBe('draft')
  })

  test('anonymous is 401 with a Korean message', async () => {
    const id = await fresh('draft')
    const { status, body } = await suite.api.post(`/programs/${id}/submit`)
    expect(status).toBe(401)
    expect(messages(body)[0]).toContain('로그인')
    expect(await statusOf(id)).toBe('draft')
  })

  test('submitting an approved program is refused (409)', async () => {
    const id = await fresh('approved')
    expect((await suite.api.as(suite.tokens.adminB).post(`/programs/${id}/submit`)).status).toBe(409)
    expect(await statusOf(id)).toBe('approved')
  })

  test('an unknown program: 404 for the platform admin, 403 for a company admin (no existence leak)', async () => {
    expect((await suite.api.as(suite.tokens.platformAdmin).post('/programs/999999/submit')).status).toBe(404)
    expect((await suite.api.as(suite.tokens.adminB).post('/programs/999999/submit')).status).toBe(403)
  })
})

describe('POST /api/programs/:id/review', () => {
  const review = (token: string | undefined, id: number, body: unknown) => suite.api.as(token).post(`/programs/${id}/review`, body)

  test('the platform admin approves: 200 and 확인완료', async () => {
    const id = await fresh('submitted')
    const { status, body } = await review(suite.tokens.platformAdmin, id, { decision: 'approve' })
    expect(status).toBe(200)
    expect([body.doc.reviewStatus, body.doc.phase]).toEqual(['approved', 'recruiting'])
    expect(await statusOf(id)).toBe('approved')
  })

  test('request-changes with a note: 200, note stored', async () => {
    const id = await fresh('submitted')
    const { status, body } = await review(suite.tokens.platformAdmin, id, { decision: 'request-changes', note: '지원 규모를 적어 주세요.' })
    expect(status).toBe(200)
    expect([body.doc.reviewStatus, body.doc.reviewNote]).toEqual(['changes-requested', '지원 규모를 적어 주세요.'])
  })

  test.each([{}, { note: '' }, { note: '   ' }])('request-changes with note %j: 400 with a Korean message', async (note) => {
    const id = await fresh('submitted')
    const { status, body } = await review(suite.tokens.platformAdmin, id, { decision: 'request-changes', ...note })
    expect(status).toBe(400)
    expect(messages(body)[0]).toContain('수정요청 사유')
    expect(await statusOf(id)).toBe('submitted')
  })

  test.each([{ decision: 'reject' }, { decision: 'approved' }, {}, { decision: ['approve'] }, { decision: 'toString' }, { decision: '__proto__' }])('decision %j: 400', async (payloadBody) => {
    const id = await fresh('submitted')
    const { status, body } = await review(suite.tokens.platformAdmin, id, payloadBody)
    expect(status).toBe(400)
    expect(messages(body)[0]).toContain('decision')
    expect(await statusOf(id)).toBe('submitted')
  })

  test('a company admin may not review, even its own program: 403', async () => {
    const id = await fresh('submitted')
    const { status, body } = await review(suite.tokens.adminB, id, { decision: 'approve' })
    expect(status).toBe(403)
    expect(messages(body)[0]).toContain('상생누리 관리자')
    expect(await statusOf(id)).toBe('submitted')
  })

  test('anonymous: 401; approving a draft: 409', async () => {
    const id = await fresh('draft')
    expect((await review(undefined, id, { decision: 'approve' })).status).toBe(401)
    expect((await review(suite.tokens.platformAdmin, id, { decision: 'approve' })).status).toBe(409)
    expect(await statusOf(id)).toBe('draft')
  })
})

describe('PATCH and POST /api/programs', () => {
  test('a company admin PATCHing reviewStatus=approved: 403, unchanged', async () => {
    const id = await fresh('submitted')
    const { status, body } = await suite.api.as(suite.tokens.adminB).patch(`/programs/${id}`, { reviewStatus: 'approved' })
    expect(status).toBe(403)
    expect(messages(body)[0]).toMatch(HANGUL)
    expect(await statusOf(id)).toBe('submitted')
  })

  test('a member PATCHing its own role: 403, role unchanged', async () => {
    const { status } = await suite.api.as(suite.tokens.member).patch(`/users/${suite.world.users.member.id}`, { role: 'platform-admin' })
    expect(status).toBe(403)
    expect((await suite.payload.findByID({ collection: 'users', id: suite.world.users.member.id })).role).toBe('member')
  })

  test('a valid POST by the owner creates a draft: 201', async () => {
    const { status, body } = await suite.api.as(suite.tokens.adminB).post('/programs', programInput(suite.world.businesses.b))
    expect(status).toBe(201)
    expect([body.doc.reviewStatus, body.doc.phase]).toEqual(['draft', 'draft'])
  })

  test.each([
    ['title without period', { title: '기술지원 프로그램' }, '시기'],
    ['summary over 200', { summary: '가'.repeat(201) }, '200자'],
    ['impossible date', { applyStart: '2018-02-31' }, '존재하지 않는 날짜'],
    ['end before start', { applyEnd: '2000-01-01' }, '종료일'],
    ['unknown value in a list', { regions: ['mars'] }, ''],
    ['date that is not a date', { supportEnd: 'next week' }, ''],
    ['wrong type for a group', { contact: 'call us' }, ''],
    ['unknown business', { business: 999999 }, ''],
    ['business id that is not a number', { business: 'abc' }, ''],
    ['missing everything', null, ''],
  ])('bad input (%s): 400 with a Korean message, never 500, nothing stored', async (_, overrides, text) => {
    const before = await countAll(suite.payload, 'programs')
    const data = overrides === null ? {} : { ...programInput(suite.world.businesses.b), ...overrides }
    const { status, body } = await suite.api.as(suite.tokens.adminB).post('/programs', data)
    expect(status).toBe(400)
    const all = messages(body)
    expect(all.join(' ')).toMatch(HANGUL)
    expect(all.join(' ')).toContain(text)
    expect(await countAll(suite.payload, 'programs')).toBe(before)
  })
})

describe('POST /api/applications', () => {
  test('a member applies to an approved program: 201, in 접수', async () => {
    const program = await recruitingProgram(suite.payload, suite.world)
    const { status, body } = await suite.api.as(suite.tokens.member).post('/applications', { program: program.id, answers: '신청합니다.', applicantPhone: '010-1234-5678' })
    expect(status).toBe(201)
    expect(body.doc.status).toBe('submitted')
  })

  test.each([
    ['no program', () => ({})],
    ['a program id that is not a number', () => ({ program: 'abc' })],
    ['an unknown program', () => ({ program: 999999 })],
    ['a program that is not public', () => ({ program: suite.world.programs.b.draft })],
  ])('%s: 400 with a Korean message, never 500, nothing stored', async (_, data) => {
    const before = await countAll(suite.payload, 'applications')
    const response = await suite.api.as(suite.tokens.member).post('/applications', data())
    expect(response.status).toBe(400)
    expect(messages(response.body).join(' ')).toMatch(HANGUL)
    expect(await countAll(suite.payload, 'applications')).toBe(before)
  })
})
