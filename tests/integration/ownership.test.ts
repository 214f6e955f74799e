import { describe, expect, test } from 'vitest'
import { applicationData, as, bizRegNo, createProgram, programInput, recruitingProgram, richText, signUpData, confirmedMember } from '../helpers/fixtures'
import { countAll, fieldMessages, HANGUL, refusal } from '../helpers/expectations'
import { useTestPayload } from '../helpers/suite'

/** Company ownership, publishing rights and applications: the rules behind the access matrix. */

const suite = useTestPayload({ world: true })

const stored = <T extends 'businesses' | 'programs' | 'companies' | 'applications' | 'card-news'>(collection: T, id: number) =>
  suite.payload.findByID({ collection, id, depth: 0 })

describe('a company admin works for its own company only', () => {
  test('B\'s admin cannot create a business for A: refused in Korean, nothing stored', async () => {
    const before = await countAll(suite.payload, 'businesses')
    const error = await refusal(suite.payload.create({ collection: 'businesses', data: { company: suite.world.companies.a, name: '남의 사업', overview: '개요' }, ...as(suite.world.users.adminB) }))
    expect(error.status).toBe(403)
    expect(fieldMessages(error, 'company')).toEqual([expect.stringContaining('소속 기업')])
    expect(await countAll(suite.payload, 'businesses')).toBe(before)
  })

  test('B\'s admin cannot register a program under A\'s business: refused, nothing stored', async () => {
    const before = await countAll(suite.payload, 'programs')
    const error = await refusal(suite.payload.create({ collection: 'programs', data: programInput(suite.world.businesses.a), ...as(suite.world.users.adminB) }))
    expect(error.status).toBe(403)
    expect(error.message).toMatch(HANGUL)
    expect(await countAll(suite.payload, 'programs')).toBe(before)
  })

  test('a business created without a company is the admin\'s own company\'s; its program follows it', async () => {
    const business = await suite.payload.create({ collection: 'businesses', data: { name: '한빛 신규 사업', overview: '개요' } as never, depth: 0, ...as(suite.world.users.adminB) })
    expect(business.company).toBe(suite.world.companies.b)
    const program = await suite.payload.create({ collection: 'programs', data: programInput(business.id), depth: 0, ...as(suite.world.users.adminB) })
    expect(program.company).toBe(suite.world.companies.b)
    expect(program.reviewStatus).toBe('draft')
  })

  test('B\'s admin cannot hand its business over to A', async () => {
    const error = await refusal(suite.payload.update({ collection: 'businesses', id: suite.world.businesses.b, data: { company: suite.world.companies.a }, ...as(suite.world.users.adminB) }))
    expect(error.status).toBe(403)
    expect((await stored('businesses', suite.world.businesses.b)).company).toBe(suite.world.companies.b)
  })

  test('B\'s admin cannot move its program into A\'s business', async () => {
    const program = await createProgram(suite.payload, suite.world.businesses.b, 'draft', suite.world.users.platformAdmin)
    const error = await refusal(suite.payload.update({ collection: 'programs', id: program.id, data: { business: suite.world.businesses.a }, ...as(suite.world.users.adminB) }))
    expect(error.status).toBe(403)
    const after = await stored('programs', program.id)
    expect([after.business, after.company]).toEqual([suite.world.businesses.b, suite.world.companies.b])
  })

  test('A\'s admin reads B\'s approved program but cannot change or delete it', async () => {
    const id = suite.world.programs.b.approved
    const before = await stored('programs', id)
    expect((await suite.payload.findByID({ collection: 'programs', id, ...as(suite.world.users.adminA) })).id).toBe(id)
    expect((await refusal(suite.payload.update({ collection: 'programs', id, data: { summary: '바꿔치기' }, ...as(suite.world.users.adminA) }))).status).toBe(403)
    expect((await refusal(suite.payload.delete({ collection: 'programs', id, ...as(suite.world.users.adminA) }))).status).toBe(403)
    const after = await stored('programs', id)
    expect([after.summary, after.reviewStatus, after.updatedAt]).toEqual([before.summary, 'approved', before.updatedAt])
  })

  test('a business that still holds programs is not deleted (409)', async () => {
    const error = await refusal(suite.payload.delete({ collection: 'businesses', id: suite.world.businesses.a, ...as(suite.world.users.adminA) }))
    expect(error.status).toBe(409)
    expect(error.message).toContain('프로그램')
    expect((await stored('businesses', suite.world.businesses.a)).id).toBe(suite.world.businesses.a)
  })
})

describe('companies', () => {
  test('a member edits its own SME (main partners included) but not another SME', async () => {
    await suite.payload.update({ collection: 'companies', id: suite.world.companies.sme, data: { industryDetail: '정밀 부품 제조업' }, ...as(suite.world.users.member) })
    expect((await stored('companies', suite.world.companies.sme)).industryDetail).toBe('정밀 부품 제조업')
    expect((await refusal(suite.payload.update({ collection: 'companies', id: suite.world.companies.sme2, data: { industryDetail: '침입' }, ...as(suite.world.users.member) }))).status).toBe(403)
    expect((await stored('companies', suite.world.companies.sme2)).industryDetail ?? null).toBeNull()
  })

  test('a confirmed member of large company B still cannot rewrite B\'s record', async () => {
    const user = await confirmedMember(suite.payload, 'claim-b@test.kr', '한빛 직원', suite.world.companies.b)
    expect(user.role).toBe('member')
    const error = await refusal(suite.payload.update({ collection: 'companies', id: suite.world.companies.b, data: { homepage: 'https://phishing.example.com' }, ...as(user) }))
    expect(error.status).toBe(403)
    expect((await stored('companies', suite.world.companies.b)).homepage).toBe('https://b.example.kr')
  })

  test('a member cannot register a large company: refused in Korean, nothing stored', async () => {
    const before = await countAll(suite.payload, 'companies')
    const error = await refusal(suite.payload.create({
      collection: 'companies',
      data: { bizRegNo: bizRegNo(900), name: '가짜대기업', ceoName: '대표', address: { line1: '서울' }, homepage: 'https://fake.example.kr', category: 'large', industry: 'C' },
      ...as(suite.world.users.member),
    }))
    expect(error.status).toBe(403)
    expect(fieldMessages(error, 'category')).toEqual([expect.stringContaining('대기업')])
    expect(await countAll(suite.payload, 'companies')).toBe(before)
  })
})

describe('publishing', () => {
  const card = (status: 'draft' | 'published') => ({
    title: '공사 상생 활동', category: 'activity' as const, sourceCompany: suite.world.companies.a, status, cards: [{ image: suite.world.media.image, alt: '사진' }],
  })

  test('a company admin submits card news but cannot publish it; nothing stored', async () => {
    const before = await countAll(suite.payload, 'card-news')
    const error = await refusal(suite.payload.create({ collection: 'card-news', data: card('published'), ...as(suite.world.users.adminA) }))
    expect(error.status).toBe(403)
    expect(fieldMessages(error, 'status')).toEqual([expect.stringContaining('게시')])
    expect(await countAll(suite.payload, 'card-news')).toBe(before)
    const draft = await suite.payload.create({ collection: 'card-news', data: { ...card('draft'), status: 'in-review' }, ...as(suite.world.users.adminA) })
    expect(draft.status).toBe('in-review')
  })

  test('an editor publishes (publishedAt stamped); the company admin\'s later edit takes it back to review', async () => {
    const submitted = await suite.payload.create({ collection: 'card-news', data: card('draft'), ...as(suite.world.users.adminA) })
    const published = await suite.payload.update({ collection: 'card-news', id: submitted.id, data: { status: 'published' }, ...as(suite.world.users.editor) })
    expect(published.status).toBe('published')
    expect(published.publishedAt).toBeTruthy()
    await suite.payload.update({ collection: 'card-news', id: submitted.id, data: { title: '공사 상생 활동 (수정)' }, ...as(suite.world.users.adminA) })
    expect((await stored('card-news', submitted.id)).status).toBe('in-review')
  })

  test('게시일 is the server\'s: a backdated or moved publishedAt is ignored, on publish and after', async () => {
    const backdated = await suite.payload.create({ collection: 'card-news', data: { ...card('published'), publishedAt: '2019-03-01T00:00:00.000Z' }, ...as(suite.world.users.editor) })
    const stampedAt = Date.parse(String(backdated.publishedAt))
    expect(Math.abs(Date.now() - stampedAt)).toBeLessThan(60_000)
    await suite.payload.update({ collection: 'card-news', id: backdated.id, data: { publishedAt: '2019-03-01T00:00:00.000Z' }, ...as(suite.world.users.editor) })
    expect((await stored('card-news', backdated.id)).publishedAt).toBe(backdated.publishedAt)
    const draft = await suite.payload.create({ collection: 'card-news', data: { ...card('draft'), status: 'in-review', publishedAt: '2019-03-01T00:00:00.000Z' }, ...as(suite.world.users.adminA) })
    expect(draft.publishedAt ?? null).toBeNull()
    // A trusted import (the demo seed) keeps its date.
    const imported = await suite.payload.create({ collection: 'card-news', data: { ...card('published'), publishedAt: '2025-06-02T00:00:00.000Z' }, context: { trustedWrite: true } })
    expect(imported.publishedAt).toBe('2025-06-02T00:00:00.000Z')
  })

  test('a company admin publishes its own partner guide', async () => {
    const guide = await suite.payload.create({
      collection: 'partner-guides',
      data: { company: suite.world.companies.a, title: '공사 협력사 등록', industryLabel: '수도업', howToBecomeSupplier: richText('등록 방법'), published: true },
      ...as(suite.world.users.adminA),
    })
    const { docs } = await suite.payload.find({ collection: 'partner-guides', where: { id: { equals: guide.id } }, ...as(undefined) })
    expect(docs.map((d) => d.id)).toEqual([guide.id])
  })
})

describe('applications', () => {
  const apply = (program: number, user = suite.world.users.member) =>
    suite.payload.create({ collection: 'applications', data: applicationData(program, '신청합니다.'), ...as(user) })

  test('the applicant and its company are the signed-in member\'s, whatever is sent', async () => {
    const doc = await suite.payload.create({
      collection: 'applications',
      data: { ...applicationData((await recruitingProgram(suite.payload, suite.world)).id), applicant: suite.world.users.member2.id, company: suite.world.companies.sme2, status: 'selected' },
      ...as(suite.world.users.member),
    })
    expect([doc.applicant, doc.company, doc.status, doc.programCompany].map((v) => (typeof v === 'object' && v ? v.id : v)))
      .toEqual([suite.world.users.member.id, suite.world.companies.sme, 'submitted', suite.world.companies.b])
  })

  test('a member cannot apply to a program that is not public: refused, nothing stored', async () => {
    const before = await countAll(suite.payload, 'applications')
    const error = await refusal(apply(suite.world.programs.b.draft))
    expect(error.status).toBe(400)
    expect(error.message).toMatch(HANGUL)
    expect(await countAll(suite.payload, 'applications')).toBe(before)
  })

  test('a member withdraws its own application; only the status moves', async () => {
    const program = (await recruitingProgram(suite.payload, suite.world)).id
    const doc = await apply(program)
    await suite.payload.update({ collection: 'applications', id: doc.id, data: { status: 'withdrawn', answers: '바뀐 답변' }, ...as(suite.world.users.member) })
    const after = await stored('applications', doc.id)
    expect([after.status, after.answers, after.program]).toEqual(['withdrawn', '신청합니다.', program])
  })

  test('another member cannot touch it; the program\'s admin selects, after which it cannot be withdrawn', async () => {
    const doc = await apply((await recruitingProgram(suite.payload, suite.world)).id)
    expect((await refusal(suite.payload.update({ collection: 'applications', id: doc.id, data: { status: 'withdrawn' }, ...as(suite.world.users.member2) }))).status).toBe(403)
    await suite.payload.update({ collection: 'applications', id: doc.id, data: { status: 'selected' }, ...as(suite.world.users.adminB) })
    const error = await refusal(suite.payload.update({ collection: 'applications', id: doc.id, data: { status: 'withdrawn' }, ...as(suite.world.users.member) }))
    expect(error.status).toBe(409)
    expect((await stored('applications', doc.id)).status).toBe('selected')
  })
})
