/**
 * 신청자 정보 on applications: whatever the path (REST, the Local API with and without access
 * checks, a trusted import), the server copies the applicant's name and e-mail and the company's
 * name, and keeps the contact phone the applicant typed (a Korean number, in one format). The
 * client never sets the copied three, nobody edits any of the four later, a bad phone is a Korean
 * 400 on the field with nothing stored, only the application's parties read it, and the backfill
 * fills older rows once.
 */
import { restRoutes } from '../../cms/api/routes'
import { beforeAll, describe, expect, test } from 'vitest'
import { backfillApplicantSnapshots } from '../../cms/database/backfillApplicantSnapshots'
import type { Application, Program } from '../../kernel/payload-types'
import { countAll, fieldMessages, HANGUL, refusal } from '../helpers/expectations'
import { as, recruitingProgram } from '../helpers/fixtures'
import { testConfig } from '../helpers/payload'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload({ world: true, logins: ['platformAdmin', 'adminA', 'adminB', 'member', 'member2'] })

const fresh = (overrides: Partial<Program> = {}) => recruitingProgram(suite.payload, suite.world, overrides)
const stored = (id: number | string) => suite.payload.findByID({ collection: 'applications', id, depth: 0, overrideAccess: true })
const snapshotOf = (doc: Partial<Application>) => ({
  applicantCompanyName: doc.applicantCompanyName,
  applicantName: doc.applicantName,
  applicantEmail: doc.applicantEmail,
  applicantPhone: doc.applicantPhone,
})
/** What member@test.kr (누리테크 담당자 of 누리테크) shares, with the phone as stored. */
const MEMBER = (phone: string) => ({ applicantCompanyName: '누리테크', applicantName: '누리테크 담당자', applicantEmail: 'member@test.kr', applicantPhone: phone })
/** Values a client might try to slip in for the copied fields. */
const FORGED = { applicantCompanyName: '(주)가짜기업', applicantName: '다른 사람', applicantEmail: 'attacker@example.com' }

type FieldError = { path: string; message: string; label?: string }
const fieldErrors = (body: { errors?: { data?: { errors?: FieldError[] } }[] }): FieldError[] =>
  (body?.errors ?? []).flatMap((e) => e.data?.errors ?? [])

describe('every submission path stores the snapshot', () => {
  test('REST POST: copied from the member and its company, the phone in its national format; forged values ignored', async () => {
    const res = await suite.api.as(suite.tokens.member).post('/applications', { program: (await fresh()).id, answers: '신청합니다.', applicantPhone: '01012345678', ...FORGED })
    expect(res.status).toBe(201)
    expect(snapshotOf(await stored(res.body.doc.id))).toEqual(MEMBER('010-1234-5678'))
  })

  test('Local API with access checks (as the member): the same', async () => {
    const doc = await suite.payload.create({
      collection: 'applications', data: { program: (await fresh()).id, answers: '신청합니다.', applicantPhone: '02-123-4567', ...FORGED } as never, ...as(suite.world.users.member),
    })
    expect(snapshotOf(await stored(doc.id))).toEqual(MEMBER('02-123-4567'))
  })

  test('Local API without access checks (server code acting for the member): the copied fields still come from the records', async () => {
    const doc = await suite.payload.create({
      collection: 'applications', data: { program: (await fresh()).id, answers: '신청합니다.', applicantPhone: '+82 10-9876-5432', ...FORGED } as never, user: suite.world.users.member,
    })
    expect(snapshotOf(await stored(doc.id))).toEqual(MEMBER('010-9876-5432'))
  })

  test('a trusted write (the seed, an import) gets the applicant and company it names', async () => {
    const doc = await suite.payload.create({
      collection: 'applications',
      data: { program: (await fresh()).id, answers: '가져온 신청서', applicant: suite.world.users.member2.id, company: suite.world.companies.sme2, applicantPhone: '031-123-4567', ...FORGED } as never,
      context: { trustedWrite: true },
    })
    expect(snapshotOf(await stored(doc.id))).toEqual({ applicantCompanyName: '다온소프트', applicantName: '다온소프트 담당자', applicantEmail: 'member2@test.kr', applicantPhone: '031-123-4567' })
  })

  test('a platform admin applying for a company in its own name gives its own phone; the company is the one it names', async () => {
    const res = await suite.api.as(suite.tokens.platformAdmin).post('/applications', { program: (await fresh()).id, company: suite.world.companies.sme2, answers: '대리 신청', applicantPhone: '070-1234-5678' })
    expect(res.status).toBe(201)
    expect(snapshotOf(await stored(res.body.doc.id))).toEqual({ applicantCompanyName: '다온소프트', applicantName: '플랫폼 관리자', applicantEmail: 'admin@test.kr', applicantPhone: '070-1234-5678' })
  })
})

describe('a contact phone that is missing or not a Korean number: Korean 400 on the field, nothing stored', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['missing', {}, /연락처를 입력해 주세요/],
    ['empty', { applicantPhone: '' }, /연락처를 입력해 주세요/],
    ['blank', { applicantPhone: '   ' }, /연락처를 입력해 주세요/],
    ['letters', { applicantPhone: '공일공-일이삼사-오육칠팔' }, /국내 전화번호/],
    ['10,000 characters', { applicantPhone: '0'.repeat(10_000) }, /국내 전화번호/],
    // NUL is refused for the whole body, before any field rule (cms/api/routes.ts), still on the field.
    ['control characters', { applicantPhone: '010-1234-5678\u0000\u001b[2J' }, /applicantPhone에 넣을 수 없는 제어 문자가 있습니다/],
    ['a line break and a second header', { applicantPhone: '010-1234-5678\r\nBcc: x@example.com' }, /국내 전화번호/],
    ['a javascript: URL', { applicantPhone: 'javascript:alert(1)' }, /국내 전화번호/],
    ['a foreign number', { applicantPhone: '+1 650 253 0000' }, /국내 전화번호/],
    ['a number instead of text', { applicantPhone: 1012345678 }, HANGUL],
  ]
  test.each(cases)('REST, %s', async (_what, phone, says) => {
    const before = await countAll(suite.payload, 'applications')
    const res = await suite.api.as(suite.tokens.member).post('/applications', { program: (await fresh()).id, answers: '신청합니다.', ...phone })
    expect(res.status).toBe(400)
    const errors = fieldErrors(res.body)
    expect(errors.map((e) => e.path)).toEqual(['applicantPhone'])
    expect(errors[0].message).toMatch(says)
    expect(await countAll(suite.payload, 'applications')).toBe(before)
  })

  test('Local API: a ValidationError on applicantPhone with the Korean message', async () => {
    const before = await countAll(suite.payload, 'applications')
    const error = await refusal(suite.payload.create({ collection: 'applications', data: { program: (await fresh()).id, answers: '신청합니다.', applicantPhone: '010-12' } as never, ...as(suite.world.users.member) }))
    expect(error.status).toBe(400)
    expect(fieldMessages(error, 'applicantPhone')).toEqual([expect.stringMatching(/국내 전화번호/)])
    expect(await countAll(suite.payload, 'applications')).toBe(before)
  })

  test('a malformed JSON body is a 4xx, nothing stored', async () => {
    const before = await countAll(suite.payload, 'applications')
    const request = new Request('http://localhost:3000/api/applications', {
      method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `JWT ${suite.tokens.member}` }, body: '{"program": 1, "applicantPhone": "010-',
    })
    const response = await restRoutes(testConfig()).POST(request, { params: Promise.resolve({ slug: ['applications'] }) })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(await countAll(suite.payload, 'applications')).toBe(before)
  })
})

describe('nobody edits the snapshot afterwards', () => {
  let id: number
  beforeAll(async () => {
    id = (await suite.api.as(suite.tokens.member).post('/applications', { program: (await fresh()).id, answers: '신청합니다.', applicantPhone: '010-1111-2222' })).body.doc.id
  })

  test.each([
    ['the applicant', 'member' as const, { applicantPhone: '010-3333-4444', ...FORGED }],
    ['the program company\'s admin', 'adminB' as const, { status: 'selected', applicantPhone: '010-3333-4444', ...FORGED }],
    ['a platform admin', 'platformAdmin' as const, { applicantPhone: '010-3333-4444', ...FORGED }],
  ])('%s sends new values: the save goes through, the snapshot stays', async (_who, who, data) => {
    const res = await suite.api.as(suite.tokens[who]).patch(`/applications/${id}`, data)
    expect(res.status).toBe(200)
    expect(snapshotOf(await stored(id))).toEqual(MEMBER('010-1111-2222'))
  })

  test('not through the Local API without access checks either', async () => {
    await suite.payload.update({ collection: 'applications', id, data: { ...FORGED, applicantPhone: '010-3333-4444' }, user: suite.world.users.platformAdmin })
    expect(snapshotOf(await stored(id))).toEqual(MEMBER('010-1111-2222'))
  })
})

describe('only the application\'s parties read it', () => {
  let id: number
  beforeAll(async () => {
    id = (await suite.api.as(suite.tokens.member).post('/applications', { program: (await fresh()).id, answers: '신청합니다.', applicantPhone: '010-5555-6666' })).body.doc.id
  })

  test('the program company\'s admin and a platform admin see the applicant', async () => {
    for (const who of ['adminB', 'platformAdmin'] as const) {
      const res = await suite.api.as(suite.tokens[who]).get(`/applications/${id}?depth=0`)
      expect(res.status).toBe(200)
      expect(snapshotOf(res.body)).toEqual(MEMBER('010-5555-6666'))
    }
  })

  test('another company\'s admin gets nothing: not by id, not in the list, not by searching the name', async () => {
    const one = await suite.api.as(suite.tokens.adminA).get(`/applications/${id}?depth=0`)
    expect(one.status).toBe(404)
    expect(JSON.stringify(one.body)).not.toContain('member@test.kr')
    const list = await suite.api.as(suite.tokens.adminA).get('/applications?depth=0&limit=100')
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: Application) => d.id)).not.toContain(id)
    const search = await suite.api.as(suite.tokens.adminA).get(`/applications?depth=0&where[applicantName][like]=${encodeURIComponent('누리테크')}`)
    expect(search.body.docs).toEqual([])
  })

  test('another member never sees the member\'s snapshot', async () => {
    const one = await suite.api.as(suite.tokens.member2).get(`/applications/${id}?depth=0`)
    expect(one.status).toBe(404)
    const list = await suite.api.as(suite.tokens.member2).get('/applications?depth=0&limit=100')
    expect(list.body.docs.length).toBeGreaterThan(0)
    for (const doc of list.body.docs as Application[]) expect(doc.applicantEmail).not.toBe('member@test.kr')
    const byEmail = await suite.api.as(suite.tokens.member2).get(`/applications?depth=0&where[applicantEmail][equals]=${encodeURIComponent('member@test.kr')}`)
    expect(byEmail.body.docs).toEqual([])
  })

  test('anonymous: nothing', async () => {
    const res = await suite.api.get(`/applications/${id}?depth=0`)
    expect([401, 403, 404]).toContain(res.status)
  })
})

describe('backfillApplicantSnapshots', () => {
  test('fills an older row from its applicant and company, never overwrites, and a second run changes nothing', async () => {
    const id = (await suite.api.as(suite.tokens.member).post('/applications', { program: (await fresh()).id, answers: '예전 신청서', applicantPhone: '010-7777-8888' })).body.doc.id
    // As a row submitted before issue 11: no copied fields, no phone.
    await suite.payload.db.updateOne({ collection: 'applications', id, data: { applicantCompanyName: null, applicantName: null, applicantEmail: null, applicantPhone: null } })
    // And one whose company name is there already (kept as it is).
    const partial = (await suite.api.as(suite.tokens.member2).post('/applications', { program: (await fresh()).id, answers: '예전 신청서', applicantPhone: '010-1234-0000' })).body.doc.id
    await suite.payload.db.updateOne({ collection: 'applications', id: partial, data: { applicantCompanyName: '다온소프트(구 상호)', applicantName: null, applicantEmail: null } })

    const filled = await backfillApplicantSnapshots(suite.payload)
    expect(filled).toBe(2)
    expect(snapshotOf(await stored(id))).toEqual({ ...MEMBER('010-7777-8888'), applicantPhone: null })
    expect(snapshotOf(await stored(partial))).toEqual({ applicantCompanyName: '다온소프트(구 상호)', applicantName: '다온소프트 담당자', applicantEmail: 'member2@test.kr', applicantPhone: '010-1234-0000' })

    const before = (await suite.payload.find({ collection: 'applications', depth: 0, pagination: false, overrideAccess: true, sort: 'id' })).docs
    expect(await backfillApplicantSnapshots(suite.payload)).toBe(0)
    const after = (await suite.payload.find({ collection: 'applications', depth: 0, pagination: false, overrideAccess: true, sort: 'id' })).docs
    expect(after).toEqual(before)
  })

  test('an older row without a phone can still be decided (the phone is only required when submitting)', async () => {
    const id = (await suite.api.as(suite.tokens.member).post('/applications', { program: (await fresh()).id, answers: '예전 신청서', applicantPhone: '010-2222-3333' })).body.doc.id
    await suite.payload.db.updateOne({ collection: 'applications', id, data: { applicantPhone: null } })
    const res = await suite.api.as(suite.tokens.adminB).patch(`/applications/${id}`, { status: 'selected' })
    expect(res.status).toBe(200)
    expect((await stored(id)).status).toBe('selected')
  })
})
