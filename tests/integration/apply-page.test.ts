/**
 * Applying online through the real Express app (startPageServer): a member's multipart form with
 * attachments, success, undoing a half-done submission (a damaged second file, the unique index
 * catching a race), withdrawing and applying again, and who may download an attachment.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { postApply, privateFilesDir, storedCounts } from '../helpers/applyForm'
import { applyPath, bootApplySuite } from '../helpers/applySuite'
import { docx, pdf, png, xlsx } from '../helpers/documents'
import { PageSession } from '../helpers/pageSession'

const suite = bootApplySuite()
const { sessions } = suite
const fresh: typeof suite.fresh = (overrides) => suite.fresh(overrides)

describe('applying', () => {
  test('a member applies with a PDF: 303 to /my/, stored in 접수, the file linked to it and to the program\'s company', async () => {
    const program = await fresh()
    const before = await storedCounts(suite.payload)
    const res = await postApply(suite.server.url, sessions.member, applyPath(program.id), { phone: '(02) 1234 5678', answers: '생산관리 담당자 2명이 참여합니다.\r\n둘째 줄', files: [{ name: '사업계획서.pdf', data: pdf() }] })
    expect(res.status).toBe(303)
    const id = /^\/my\/\?applied=(.+)$/.exec(res.location ?? '')?.[1]
    expect(id).toBeTruthy()
    const application = await suite.payload.findByID({ collection: 'applications', id: decodeURIComponent(id!), depth: 0, overrideAccess: true })
    expect(application).toMatchObject({ program: program.id, applicant: suite.world.users.member.id, company: suite.world.companies.sme, programCompany: suite.world.companies.b, status: 'submitted', answers: '생산관리 담당자 2명이 참여합니다.\n둘째 줄' })
    // 신청자 정보 as the program's company will see it; the phone as typed, in one format.
    expect(application).toMatchObject({ applicantCompanyName: '누리테크', applicantName: '누리테크 담당자', applicantEmail: 'member@test.kr', applicantPhone: '02-1234-5678' })
    expect(application.attachments).toHaveLength(1)
    const file = await suite.payload.findByID({ collection: 'private-files', id: application.attachments![0] as number, depth: 0, overrideAccess: true })
    expect(file).toMatchObject({ purpose: 'application', application: application.id, audienceCompany: suite.world.companies.b, uploadedBy: suite.world.users.member.id, ownerCompany: suite.world.companies.sme, mimeType: 'application/pdf' })
    expect(fs.existsSync(path.join(privateFilesDir(), file.filename!))).toBe(true)
    expect(await storedCounts(suite.payload)).toEqual({ applications: before.applications + 1, privateFiles: before.privateFiles + 1, filesOnDisk: before.filesOnDisk + 1 })
    // The member area lists it.
    const my = await sessions.member.get(`/my/?applied=${id}`)
    expect(my.status).toBe(200)
    expect(my.doc.text).toContain(program.title)
    expect(my.doc.text).toContain('신청서를 접수했습니다')
  })

  test('every accepted kind goes through, up to five files, and no file at all is fine too', async () => {
    const files = [{ name: '계획서.docx', data: docx() }, { name: '명단.xlsx', data: xlsx() }, { name: '로고.png', data: await png() }, { name: '신청서.pdf', data: pdf() }]
    const withFiles = await postApply(suite.server.url, sessions.member, applyPath((await fresh()).id), { files })
    expect(withFiles.status).toBe(303)
    const none = await postApply(suite.server.url, sessions.member, applyPath((await fresh()).id), {})
    expect(none.status).toBe(303)
  })

  test('a failure after the first file is stored undoes everything (a damaged second PDF)', async () => {
    const program = await fresh()
    const before = await storedCounts(suite.payload)
    // %PDF- at the start passes the content check; Payload's own PDF check then refuses the file
    // (no cross-reference table), after the first file is already written.
    const damaged = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n')
    const res = await postApply(suite.server.url, sessions.member, applyPath(program.id), { files: [{ name: '정상.pdf', data: pdf() }, { name: '손상.pdf', data: damaged }] })
    expect(res.status).toBe(400)
    expect(res.doc.querySelector('#f-attachments-error')?.text).toContain('「손상.pdf」 파일을 저장하지 못했습니다')
    expect(await storedCounts(suite.payload)).toEqual(before)
  })

  test('two submissions at once for one program: one application, the other 409 with its file removed', async () => {
    const program = await fresh()
    const before = await storedCounts(suite.payload)
    const results = await Promise.all([1, 2, 3].map((n) => postApply(suite.server.url, sessions.member, applyPath(program.id), { files: [{ name: `동시${n}.pdf`, data: pdf(`n${n}`) }] })))
    expect(results.map((r) => r.status).sort()).toEqual([303, 409, 409])
    for (const refused of results.filter((r) => r.status === 409)) expect(refused.doc.text).toContain('이미 이 프로그램에 신청했습니다')
    expect(await storedCounts(suite.payload)).toEqual({ applications: before.applications + 1, privateFiles: before.privateFiles + 1, filesOnDisk: before.filesOnDisk + 1 })
  })
  test('when the check passes but the database already holds a live application (the race), 409 and the file is removed', async () => {
    const program = await fresh()
    const first = await postApply(suite.server.url, sessions.member, applyPath(program.id), {})
    const id = decodeURIComponent(/applied=(.+)$/.exec(first.location!)![1])
    // The moment between another request's check and its insert: the row's status no longer says
    // 'live' to the check, but its unique activeKey still does (written straight to the database).
    await suite.payload.db.updateOne({ collection: 'applications', id, data: { status: 'withdrawn' } })
    const before = await storedCounts(suite.payload)
    const res = await postApply(suite.server.url, sessions.member, applyPath(program.id), { files: [{ name: '경합.pdf', data: pdf() }] })
    expect(res.status).toBe(409)
    expect(res.doc.querySelector('#refusal-message')?.text).toContain('이미 이 프로그램에 신청했습니다')
    expect(await storedCounts(suite.payload)).toEqual(before)
  })
})

describe('withdrawing', () => {
  const applied = async (session: PageSession, programId: number) => {
    const res = await postApply(suite.server.url, session, applyPath(programId), { files: [{ name: '신청서.pdf', data: pdf() }] })
    expect(res.status).toBe(303)
    return decodeURIComponent(/applied=(.+)$/.exec(res.location!)![1])
  }
  const statusOf = async (id: string) => (await suite.payload.findByID({ collection: 'applications', id, depth: 0, overrideAccess: true })).status

  test('the applicant withdraws while 접수 (303 /my/, which says so) and may then apply again', async () => {
    const program = await fresh()
    const id = await applied(sessions.member, program.id)
    const again = await postApply(suite.server.url, sessions.member, applyPath(program.id), {})
    expect(again.status).toBe(409)
    const res = await sessions.member.post(`/my/applications/${id}/withdraw`)
    expect([res.status, res.location]).toEqual([303, '/my/?withdrawn=1'])
    expect(await statusOf(id)).toBe('withdrawn')
    expect((await sessions.member.get(res.location!)).doc.text).toContain('신청을 철회했습니다')
    const second = await applied(sessions.member, program.id)
    expect(second).not.toBe(id)
    expect(await statusOf(second)).toBe('submitted')
  })

  test('someone else\'s application: 404; signed out: to the login page; nothing changes', async () => {
    const id = await applied(sessions.member, (await fresh()).id)
    for (const session of [sessions.member2, sessions.adminB]) {
      const res = await session.post(`/my/applications/${id}/withdraw`)
      expect(res.status).toBe(404)
      expect(res.doc.querySelector('#refusal-message')?.text).toMatch(/[가-힣]/)
    }
    const anonymous = await new PageSession(suite.server.url).post(`/my/applications/${id}/withdraw`)
    expect(anonymous.status).toBe(303)
    expect(anonymous.location).toMatch(/^\/login\//)
    expect((await sessions.member.post('/my/applications/no-such-id/withdraw')).status).toBe(404)
    expect(await statusOf(id)).toBe('submitted')
  })

  test('a decided or already withdrawn application cannot be withdrawn: 409', async () => {
    const id = await applied(sessions.member, (await fresh()).id)
    await suite.payload.update({ collection: 'applications', id, data: { status: 'selected' }, user: suite.world.users.adminB, overrideAccess: false, context: { skipApplicantEmail: true } })
    const res = await sessions.member.post(`/my/applications/${id}/withdraw`)
    expect(res.status).toBe(409)
    expect(res.doc.querySelector('#refusal-message')?.text).toContain('접수 상태의 신청서만 철회할 수 있습니다')
    expect(await statusOf(id)).toBe('selected')
    const other = await applied(sessions.member, (await fresh()).id)
    expect((await sessions.member.post(`/my/applications/${other}/withdraw`)).status).toBe(303)
    expect((await sessions.member.post(`/my/applications/${other}/withdraw`)).status).toBe(409)
  })
})

describe('downloading an attachment (GET /api/private-files/file/<name>)', () => {
  let url = ''
  beforeAll(async () => {
    const res = await postApply(suite.server.url, sessions.member, applyPath((await fresh()).id), { files: [{ name: 'company-profile.pdf', data: pdf('profile') }] })
    const id = decodeURIComponent(/applied=(.+)$/.exec(res.location!)![1])
    const application = await suite.payload.findByID({ collection: 'applications', id, depth: 1, overrideAccess: true })
    url = (application.attachments![0] as { url: string }).url
    expect(url).toMatch(/^\/api\/private-files\/file\//)
  })
  const download = (session: PageSession | null) => fetch(`${suite.server.url}${url}`, { headers: session?.cookie ? { cookie: session.cookie } : {} })

  test.each([['the program company\'s admin', 'adminB'], ['the applicant', 'member']] as const)('%s downloads it, as an attachment', async (_who, key) => {
    const res = await download(sessions[key])
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
  })
  test.each([['another company\'s admin', 'adminA'], ['another member', 'member2'], ['anonymous', null]] as const)('%s cannot', async (_who, key) => {
    const res = await download(key ? sessions[key] : null)
    expect([403, 404]).toContain(res.status)
    expect(Buffer.from(await res.arrayBuffer()).toString('latin1')).not.toContain('%PDF-')
  })
})
