/**
 * The same application rules whatever the client: POST /api/applications through Payload's real
 * REST handlers (the collection hook), and selection by the program's company admin with REST
 * PATCH, which e-mails the applicant once per decision through a real SMTP server.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { isDuplicateApplicationError } from '../../members/applications/activeKey'
import { addDays, kstToday } from '../../kernel/rules/dates'
import type { Program } from '../../kernel/payload-types'
import { decisionEmailsSettled } from '../../collections/Applications/notifyDecision'
import { docx, hwp, hwpx, pdf, png } from '../helpers/documents'
import { rawRequest } from '../helpers/rawRest'
import { countAll, HANGUL, refusal } from '../helpers/expectations'
import { createProgram, recruitingProgram } from '../helpers/fixtures'
import { testConfig } from '../helpers/payload'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload({ smtp: true, world: true, logins: ['member', 'member2', 'adminA', 'adminB', 'platformAdmin'] })
afterAll(async () => {
  await decisionEmailsSettled()
})

const fresh = (overrides: Partial<Program> = {}) => recruitingProgram(suite.payload, suite.world, overrides)
const messages = (body: { errors?: { message: string }[] }) => (body?.errors ?? []).map((e) => e.message).join(' ')
const apply = (token: string, data: Record<string, unknown>) => suite.api.as(token).post('/applications', { answers: '신청합니다.', applicantPhone: '010-1234-5678', ...data })

describe('POST /api/applications follows the same rules as the page', () => {
  const cases: [string, () => Promise<Record<string, unknown>>, 'member' | 'platformAdmin', number, RegExp][] = [
    ['upcoming (예정)', async () => ({ program: suite.world.programs.a.approved }), 'member', 409, /아직 신청기간이 아닙니다/],
    ['applications over', async () => ({ program: (await fresh({ applyStart: addDays(kstToday(), -10), applyEnd: addDays(kstToday(), -1) })).id }), 'member', 409, /지나 신청할 수 없습니다/],
    ['not 상생누리 신청가능', async () => ({ program: (await fresh({ applyOnline: false })).id }), 'member', 403, /신청을 받지 않습니다/],
    ['not eligible (partners-only, another company)', async () => ({ program: (await createProgram(suite.payload, suite.world.businesses.a, 'approved', suite.world.users.platformAdmin, { targetScope: 'partners' })).id }), 'member', 403, /협력사만/],
    ['a duplicate', async () => ({ program: suite.world.programs.b.approved }), 'member', 409, /이미 이 프로그램에 신청했습니다/],
    ['not approved', async () => ({ program: suite.world.programs.b.submitted }), 'member', 400, /찾을 수 없습니다/],
    ['a platform admin without naming a company', async () => ({ program: (await fresh()).id }), 'platformAdmin', 403, /소속 기업/],
  ]
  test.each(cases)('%s: refused with a Korean message, nothing stored', async (_what, data, who, status, says) => {
    const body = await data()
    const before = await countAll(suite.payload, 'applications')
    const res = await apply(suite.tokens[who], body)
    expect(res.status).toBe(status)
    expect(messages(res.body)).toMatch(says)
    expect(await countAll(suite.payload, 'applications')).toBe(before)
  })

  test('a company admin cannot apply (access: 403)', async () => {
    const res = await apply(suite.tokens.adminA, { program: (await fresh()).id })
    expect(res.status).toBe(403)
  })

  test('attachments must be the applicant\'s own unattached application files', async () => {
    const data = pdf()
    const file = await suite.payload.create({ collection: 'private-files', data: { purpose: 'application' }, file: { data, mimetype: 'application/pdf', name: 'member-file.pdf', size: data.length }, user: suite.world.users.member, overrideAccess: false })
    const program = (await fresh()).id
    const someoneElses = await apply(suite.tokens.member2, { program, attachments: [file.id] })
    expect(someoneElses.status).toBe(400)
    expect(messages(someoneElses.body)).toMatch(HANGUL)
    const own = await apply(suite.tokens.member, { program, attachments: [file.id] })
    expect(own.status).toBe(201)
    const linked = await suite.payload.findByID({ collection: 'private-files', id: file.id, depth: 0, overrideAccess: true })
    expect([linked.application, linked.audienceCompany]).toEqual([own.body.doc.id, suite.world.companies.b])
    const reused = await apply(suite.tokens.member, { program: (await fresh()).id, attachments: [file.id] })
    expect(reused.status).toBe(400)
  })

  test('several requests at once: exactly one 201, the others 409', async () => {
    const program = (await fresh()).id
    const before = await countAll(suite.payload, 'applications')
    const results = await Promise.all(Array.from({ length: 4 }, () => apply(suite.tokens.member, { program })))
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409])
    for (const r of results.filter((x) => x.status === 409)) expect(messages(r.body)).toMatch(HANGUL)
    expect(await countAll(suite.payload, 'applications')).toBe(before + 1)
  })

  test('a duplicate only the unique index catches comes back 409 in Korean, not 400/500', async () => {
    const program = (await fresh()).id
    const first = await apply(suite.tokens.member, { program })
    expect(first.status).toBe(201)
    // The row no longer looks live to the check, but its activeKey still holds the place.
    await suite.payload.db.updateOne({ collection: 'applications', id: first.body.doc.id, data: { status: 'withdrawn' } })
    const second = await apply(suite.tokens.member, { program })
    expect(second.status).toBe(409)
    expect(messages(second.body)).toContain('이미 이 프로그램에 신청했습니다')
    // And through the Local API the error is recognisable as such.
    const error = await refusal(suite.payload.create({ collection: 'applications', data: { program, answers: 'x', applicantPhone: '010-1234-5678' } as never, user: suite.world.users.member, overrideAccess: false }))
    expect(isDuplicateApplicationError(error)).toBe(true)
  })

  test('withdrawn, the company may apply again; the withdrawn row keeps a key of its own', async () => {
    const program = (await fresh()).id
    const first = await apply(suite.tokens.member, { program })
    const withdrawn = await suite.api.as(suite.tokens.member).patch(`/applications/${first.body.doc.id}`, { status: 'withdrawn' })
    expect(withdrawn.status).toBe(200)
    const again = await apply(suite.tokens.member, { program })
    expect(again.status).toBe(201)
    const rows = await suite.payload.find({ collection: 'applications', where: { program: { equals: program } }, depth: 0, overrideAccess: true, showHiddenFields: true })
    const keys = rows.docs.map((d) => d.activeKey).sort()
    expect(keys).toEqual([`${program}:${suite.world.companies.sme}`, `${program}:${suite.world.companies.sme}:withdrawn:${first.body.doc.id}`].sort())
  })
})

describe('private files are checked by content, whatever the client (REST upload)', () => {
  const upload = (name: string, data: Buffer, type: string) => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ purpose: 'application' }))
    form.append('file', new Blob([new Uint8Array(data)], { type }), name)
    return rawRequest(testConfig(), 'POST', '/api/private-files', { headers: { authorization: `JWT ${suite.tokens.member}` }, body: form })
  }
  test.each([
    ['신청서.hwp', () => hwp(), 'application/x-hwp'],
    ['신청서.hwpx', () => hwpx(), 'application/hwp+zip'],
    ['계획서.docx', () => docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ] as const)('%s is accepted and stored with the MIME type its content shows', async (name, make, mime) => {
    const res = await upload(name, make(), 'application/octet-stream')
    expect(res.status, res.text).toBe(201)
    expect(res.json().doc.mimeType).toBe(mime)
  })
  test.each([
    ['a PNG named .pdf', '사진.pdf', async () => png(), /「사진\.pdf」 파일의 실제 형식\(PNG\)/],
    ['an HWP named .docx', '서류.docx', async () => hwp(), /「서류\.docx」/],
  ])('%s is refused in Korean, nothing stored', async (_what, name, make, says) => {
    const before = await countAll(suite.payload, 'private-files')
    const res = await upload(name, await make(), 'application/pdf')
    expect(res.status).toBe(400)
    expect(messages(res.json())).toMatch(says)
    expect(await countAll(suite.payload, 'private-files')).toBe(before)
  })
})

describe('selection by the program company\'s admin', () => {
  let id: number
  let program: Program
  beforeAll(async () => {
    program = await fresh()
    id = (await apply(suite.tokens.member, { program: program.id, answers: '품질 담당자 1명 참여' })).body.doc.id
  })

  test('another company\'s admin cannot see or decide it', async () => {
    const res = await suite.api.as(suite.tokens.adminA).patch(`/applications/${id}`, { status: 'selected' })
    expect([403, 404]).toContain(res.status)
    expect((await suite.payload.findByID({ collection: 'applications', id, depth: 0, overrideAccess: true })).status).toBe('submitted')
    expect(suite.sink.to('member@test.kr')).toHaveLength(0)
  })

  test('B\'s admin selects with a note: saved with decidedAt; the applicant gets exactly one e-mail', async () => {
    const res = await suite.api.as(suite.tokens.adminB).patch(`/applications/${id}`, { status: 'selected', decisionNote: '교육 2일 전에 안내 문자를 보내 드립니다.', answers: '바꾸려는 답변' })
    expect(res.status).toBe(200)
    const stored = await suite.payload.findByID({ collection: 'applications', id, depth: 0, overrideAccess: true })
    expect([stored.status, stored.decisionNote, stored.answers]).toEqual(['selected', '교육 2일 전에 안내 문자를 보내 드립니다.', '품질 담당자 1명 참여'])
    expect(stored.decidedAt).toBeTruthy()
    await suite.sink.waitFor(1)
    await decisionEmailsSettled()
    await suite.sink.settled()
    const mails = suite.sink.to('member@test.kr')
    expect(mails).toHaveLength(1)
    const { mail } = mails[0]
    expect(mail.subject).toBe(`[상생누리] ${program.title} 선정 결과 안내`)
    expect(mail.text).toContain('결과: 선정')
    expect(mail.text).toContain('교육 2일 전에 안내 문자를 보내 드립니다.')
    expect(mail.text).toMatch(/https?:\/\/[^\s]+\/my\//)
    expect(mail.html).toContain('선정')
  })

  test('an unrelated save (the note corrected) sends nothing more', async () => {
    const res = await suite.api.as(suite.tokens.adminB).patch(`/applications/${id}`, { decisionNote: '교육 3일 전에 안내 문자를 보내 드립니다.' })
    expect(res.status).toBe(200)
    await decisionEmailsSettled()
    await new Promise((r) => setTimeout(r, 300))
    expect(suite.sink.to('member@test.kr')).toHaveLength(1)
  })

  test('the applicant sees the result through the API', async () => {
    const res = await suite.api.as(suite.tokens.member).get(`/applications/${id}?depth=0`)
    expect(res.status).toBe(200)
    expect([res.body.status, res.body.decisionNote]).toEqual(['selected', '교육 3일 전에 안내 문자를 보내 드립니다.'])
    expect(res.body.activeKey).toBeUndefined()
  })

  test('a revised decision is a new decision: one more e-mail', async () => {
    const res = await suite.api.as(suite.tokens.adminB).patch(`/applications/${id}`, { status: 'not-selected' })
    expect(res.status).toBe(200)
    // Other mail (to the program company's admins) goes through the same sink: count the applicant's.
    await decisionEmailsSettled()
    await suite.sink.settled()
    const mails = suite.sink.to('member@test.kr')
    expect(mails).toHaveLength(2)
    expect(mails[1].mail.text).toContain('결과: 미선정')
  })

  test('the company admin may not set 철회 or change the answers; a failing mail server never fails the save', async () => {
    const other = (await apply(suite.tokens.member2, { program: (await fresh()).id })).body.doc.id
    const withdraw = await suite.api.as(suite.tokens.adminB).patch(`/applications/${other}`, { status: 'withdrawn' })
    expect(withdraw.status).toBe(409)
    expect(messages(withdraw.body)).toMatch(HANGUL)
    suite.sink.failWith(550, 'mailbox unavailable', 1, 'member2@test.kr')
    const decided = await suite.api.as(suite.tokens.adminB).patch(`/applications/${other}`, { status: 'not-selected' })
    expect(decided.status).toBe(200)
    await decisionEmailsSettled()
    expect((await suite.payload.findByID({ collection: 'applications', id: other, depth: 0, overrideAccess: true })).status).toBe('not-selected')
    expect(suite.sink.to('member2@test.kr')).toHaveLength(0)
  })
})
