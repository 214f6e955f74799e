/**
 * The work e-mails (docs/SPEC.md "Notifications") caught by a real SMTP server and read back with
 * mailparser, driven through Payload's real REST handlers: 수정요청 and 확인완료 to the program
 * company's admins, a new application to them, the platform admins' review digest (at most one an
 * hour, time driven through the watermark and the job's waitUntil, never by sleeping), the
 * switches, a company without any company admin, silent seeds, and a refusing mail server.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { kstDateTime } from '../../kernel/rules/dates'
import { backgroundMailSettled } from '../../notifications/deliver'
import { queueReviewDigest } from '../../notifications/reviewDigest'
import type { Program, User } from '../../kernel/payload-types'
import { applicationData, bizRegNo, createProgram, PASSWORD, programInput, recruitingProgram } from '../helpers/fixtures'
import type { SinkMessage } from '../helpers/smtpSink'
import { useTestPayload } from '../helpers/suite'
import { DIGEST_TASK, NOTIFICATIONS_QUEUE } from '../../kernel/jobs'

const suite = useTestPayload({ smtp: true, world: true, logins: ['member', 'adminA', 'adminB', 'platformAdmin'] })
const TRUSTED = { trustedWrite: true }
const HOUR = 60 * 60 * 1000

/** Extra people and a company without any company admin. */
const extra = {} as {
  adminA2: User
  adminB2: User
  platformAdmin2: User
  orphan: { company: number; business: number }
}

async function staff(email: string, name: string, role: User['role'], company: number | undefined, notifications: User['notifications']) {
  const doc = await suite.payload.create({ collection: 'users', data: { email, password: PASSWORD, name, role, company, notifications }, context: TRUSTED })
  return { ...(await suite.payload.findByID({ collection: 'users', id: doc.id, depth: 0 })), collection: 'users' as const }
}

beforeAll(async () => {
  // A second admin of A who turned review results off, one of B who turned new applications off,
  // and a second platform admin who turned the digest off.
  extra.adminA2 = await staff('admin-a2@test.kr', '공사 부관리자', 'company-admin', suite.world.companies.a, { reviewResults: false })
  extra.adminB2 = await staff('admin-b2@test.kr', '한빛 부관리자', 'company-admin', suite.world.companies.b, { newApplications: false })
  extra.platformAdmin2 = await staff('admin2@test.kr', '플랫폼 부관리자', 'platform-admin', undefined, { submissions: false })
  const company = await suite.payload.create({
    collection: 'companies',
    data: { bizRegNo: bizRegNo(9), name: '관리자없는공사', category: 'public', ceoName: '대표자', industry: 'D', homepage: 'https://orphan.example.kr', address: { postcode: '04524', line1: '서울특별시 중구 세종대로 1' } },
    context: TRUSTED,
  })
  const business = await suite.payload.create({ collection: 'businesses', data: { company: company.id, name: '관리자 없는 사업', overview: '중소기업 지원' }, context: TRUSTED })
  extra.orphan = { company: company.id, business: business.id }
  // What the fixtures sent while building the world (the member's application to B) is not under test.
  await takeMail()
  await clearDigestJobs()
})

afterAll(async () => {
  await backgroundMailSettled()
})

const siteUrl = () => String((suite.payload.config.custom as { siteUrl: string }).siteUrl).replace(/\/$/, '')
const adminForm = (id: number | string) => `${siteUrl()}/admin/collections/programs/${id}`

/** Every message the sink accepted since the last call, once background sends have finished. */
async function takeMail(): Promise<SinkMessage[]> {
  await backgroundMailSettled()
  await suite.sink.settled()
  return suite.sink.messages.splice(0)
}
const recipients = (mails: SinkMessage[]) => mails.flatMap((m) => m.envelopeTo).sort()

let serial = 0
const title = (what: string) => `${new Date().getFullYear()}년 알림 ${what} ${++serial}`
const program = (business: number, status: Parameters<typeof createProgram>[2], what: string, overrides: Partial<Program> = {}) =>
  createProgram(suite.payload, business, status, suite.world.users.platformAdmin, { title: title(what), ...overrides })

const review = (id: number, decision: 'approve' | 'request-changes', note?: string) =>
  suite.api.as(suite.tokens.platformAdmin).post(`/programs/${id}/review`, { decision, ...(note ? { note } : {}) })
const submit = (token: string, id: number) => suite.api.as(token).post(`/programs/${id}/submit`)
/** The program's latest version: its review state (a pending revision counts). */
const latest = (id: number) => suite.payload.findByID({ collection: 'programs', id, draft: true, depth: 0, overrideAccess: true })

const digestJobs = async () =>
  (await suite.payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: DIGEST_TASK } }, { completedAt: { exists: false } }] }, depth: 0, overrideAccess: true })).docs
async function clearDigestJobs() {
  await suite.payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: DIGEST_TASK } }, overrideAccess: true })
}
const setDigest = (data: { coveredUntil?: string | null; lastSentAt?: string | null }) =>
  suite.payload.updateGlobal({ slug: 'review-digest', data, overrideAccess: true })
const digestState = () => suite.payload.findGlobal({ slug: 'review-digest', overrideAccess: true })
const runDigestQueue = () => suite.payload.jobs.run({ queue: NOTIFICATIONS_QUEUE })
/** A fresh start for a digest scenario: nothing queued, last digest long ago, nothing covered after now. */
async function digestFromNow() {
  await clearDigestJobs()
  await setDigest({ coveredUntil: new Date(Date.now() - 1).toISOString(), lastSentAt: new Date(Date.now() - 2 * HOUR).toISOString() })
}

describe("수정요청 and 확인완료 go to the program company's admins", () => {
  let target: Program

  test('수정요청: one message to each admin of the company who keeps review results on, with the reason and the form link', async () => {
    target = await program(suite.world.businesses.a, 'submitted', '수정요청')
    const note = '신청기간과 문의처를 다시 확인해 주세요. <지원 규모>도 적어 주세요.'
    const res = await review(target.id, 'request-changes', note)
    expect(res.status).toBe(200)
    const mails = await takeMail()
    // admin-a2 switched review results off; B's admins and the platform admins are not the company.
    expect(recipients(mails)).toEqual(['admin-a@test.kr'])
    const { mail } = mails[0]
    expect(mail.subject).toBe(`[상생누리] 수정요청: ${target.title}`)
    expect(mail.text).toContain(note)
    expect(mail.text).toContain(adminForm(target.id))
    expect(mail.html).toContain(`href="${adminForm(target.id)}"`)
    expect(mail.html).toContain('&lt;지원 규모&gt;')
    expect(mail.text).toMatch(/요청 일시: \d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
    // A company that has admins never reaches the digest.
    expect(await digestJobs()).toHaveLength(0)
  })

  test('resubmitting tells no company admin (it queues the platform digest instead)', async () => {
    const res = await submit(suite.tokens.adminA, target.id)
    expect(res.status).toBe(200)
    expect(await takeMail()).toEqual([])
    expect(await digestJobs()).toHaveLength(1)
    await clearDigestJobs()
  })

  test('확인완료: one message with the public link', async () => {
    const res = await review(target.id, 'approve')
    expect(res.status).toBe(200)
    const mails = await takeMail()
    expect(recipients(mails)).toEqual(['admin-a@test.kr'])
    const { mail } = mails[0]
    expect(mail.subject).toBe(`[상생누리] 확인완료: ${target.title}`)
    expect(mail.text).toContain(`${siteUrl()}/programs/${target.id}/`)
    expect(mail.html).toContain(`href="${siteUrl()}/programs/${target.id}/"`)
  })

  test('a program the platform admin registers already approved is no review result: nothing sent', async () => {
    const res = await suite.api.as(suite.tokens.platformAdmin).post('/programs', { ...programInput(suite.world.businesses.a, { title: title('직접 등록') }), reviewStatus: 'approved' })
    expect(res.status).toBe(201)
    expect((await latest(res.body.doc.id)).reviewStatus).toBe('approved')
    expect(await takeMail()).toEqual([])
    expect(await digestJobs()).toHaveLength(0)
  })

  test('a save that does not change the review status sends nothing', async () => {
    const res = await suite.api.as(suite.tokens.platformAdmin).patch(`/programs/${target.id}`, { contact: { department: '상생협력팀', name: '김상생', phone: '02-0000-0000', email: 'winwin@example.kr' } })
    expect(res.status).toBe(200)
    expect(await takeMail()).toEqual([])
  })
})

describe('a new application', () => {
  test("one message to each admin of the program's company who keeps new applications on: program, applicant company, date, link", async () => {
    const target = await recruitingProgram(suite.payload, suite.world, { title: title('신청') })
    const res = await suite.api.as(suite.tokens.member).post('/applications', applicationData(target.id, '기술 지도를 신청합니다.'))
    expect(res.status).toBe(201)
    const id = res.body.doc.id
    const stored = await suite.payload.findByID({ collection: 'applications', id, depth: 0, overrideAccess: true })
    const mails = await takeMail()
    // admin-b2 switched new applications off.
    expect(recipients(mails)).toEqual(['admin-b@test.kr'])
    const { mail } = mails[0]
    expect(mail.subject).toBe(`[상생누리] 새 신청서: ${target.title}`)
    expect(mail.text).toContain(`프로그램: ${target.title}`)
    expect(mail.text).toContain('신청기업: 누리테크')
    expect(mail.text).toContain(`신청 일시: ${kstDateTime(stored.createdAt)}`)
    expect(mail.text).toContain(`${siteUrl()}/admin/collections/applications/${id}`)
    // The answers stay in the admin, behind its access rules.
    expect(mail.text).not.toContain('기술 지도를 신청합니다.')
  })
})

describe('the switches in the account', () => {
  test('a company admin turns review results off for itself; the next 수정요청 reaches nobody and is not reported', async () => {
    const res = await suite.api.as(suite.tokens.adminA).patch(`/users/${suite.world.users.adminA.id}`, { notifications: { reviewResults: false } })
    expect(res.status).toBe(200)
    const stored = await suite.payload.findByID({ collection: 'users', id: suite.world.users.adminA.id, depth: 0 })
    expect(stored.notifications).toMatchObject({ reviewResults: false, newApplications: true, submissions: true })
    const target = await program(suite.world.businesses.a, 'submitted', '꺼짐')
    expect((await review(target.id, 'request-changes', '사유')).status).toBe(200)
    expect(await takeMail()).toEqual([])
    expect(await digestJobs()).toHaveLength(0)
    await suite.payload.update({ collection: 'users', id: suite.world.users.adminA.id, data: { notifications: { reviewResults: true } }, overrideAccess: true })
  })
})

describe('a company without any company admin', () => {
  test('sends nothing on 확인완료, 수정요청 or a new application, and the next digest names each', async () => {
    await digestFromNow()
    const approved = await program(extra.orphan.business, 'submitted', '무관리 확인')
    const returned = await program(extra.orphan.business, 'submitted', '무관리 수정')
    const recruiting = await program(extra.orphan.business, 'approved', '무관리 신청')
    expect((await review(approved.id, 'approve')).status).toBe(200)
    expect((await review(returned.id, 'request-changes', '사업자 정보를 확인해 주세요.')).status).toBe(200)
    const applied = await suite.api.as(suite.tokens.member).post('/applications', applicationData(recruiting.id))
    expect(applied.status).toBe(201)
    expect(await takeMail()).toEqual([])
    // Each event queued the digest; the first one queued, the others joined it.
    expect(await digestJobs()).toHaveLength(1)

    await runDigestQueue()
    const mails = await takeMail()
    expect(recipients(mails)).toEqual(['admin@test.kr'])
    const { mail } = mails[0]
    expect(mail.subject).toBe('[상생누리] 운영기업에 알리지 못한 일 3건')
    expect(mail.text).toContain('운영기업 관리자가 없어 알리지 못한 일')
    expect(mail.text).toContain(`확인완료 · ${approved.title} (관리자없는공사)`)
    expect(mail.text).toContain(`수정요청 · ${returned.title} (관리자없는공사)`)
    expect(mail.text).toContain(`새 신청서 · ${recruiting.title} (관리자없는공사) · 신청기업 누리테크`)
    expect(mail.text).toContain(`${siteUrl()}/admin/collections/applications/${applied.body.doc.id}`)
    expect(mail.text).not.toContain('이후 확인요청된 프로그램')
  })
})

describe('the platform admins’ review digest', () => {
  test('three programs sent for review within the hour: one job, one digest to each platform admin with it on, listing all three', async () => {
    await digestFromNow()
    const first = await program(suite.world.businesses.a, 'draft', '요청1')
    const second = await program(suite.world.businesses.b, 'draft', '요청2')
    // An edit of a live program by its company waits as a pending revision (확인요청): it counts too.
    const live = await program(suite.world.businesses.b, 'approved', '요청3')
    expect((await submit(suite.tokens.adminA, first.id)).status).toBe(200)
    expect((await submit(suite.tokens.adminB, second.id)).status).toBe(200)
    const edited = await suite.api.as(suite.tokens.adminB).patch(`/programs/${live.id}`, { title: `${live.title} (개정)` })
    expect(edited.status).toBe(200)
    expect((await latest(live.id)).reviewStatus).toBe('submitted')
    expect(await takeMail()).toEqual([])
    const jobs = await digestJobs()
    expect(jobs).toHaveLength(1)
    expect(jobs[0].waitUntil ? Date.parse(jobs[0].waitUntil) : 0).toBeLessThanOrEqual(Date.now())

    await runDigestQueue()
    const mails = await takeMail()
    expect(recipients(mails)).toEqual(['admin@test.kr'])
    const { mail } = mails[0]
    expect(mail.subject).toBe('[상생누리] 확인요청 3건')
    expect(mail.text).toContain(`- ${first.title} (한국상생공사, `)
    expect(mail.text).toContain(`- ${second.title} (한빛전자, `)
    for (const p of [first, second]) expect(mail.text).toContain(adminForm(p.id))
    expect(mail.text).toContain(`- ${live.title} (개정) (한빛전자, `)
    expect(mail.text).toContain(adminForm(live.id))
    expect(await digestJobs()).toHaveLength(0)
    const state = await digestState()
    expect(Date.now() - Date.parse(state.lastSentAt!)).toBeLessThan(60_000)
    expect(state.coveredUntil).toBe(state.lastSentAt)
  })

  test('a fourth right after waits until an hour after the last digest, then comes alone', async () => {
    const { lastSentAt } = await digestState()
    const fourth = await program(suite.world.businesses.a, 'draft', '요청4')
    expect((await submit(suite.tokens.adminA, fourth.id)).status).toBe(200)
    const [job] = await digestJobs()
    expect(job.waitUntil && new Date(job.waitUntil).toISOString()).toBe(new Date(Date.parse(lastSentAt!) + HOUR).toISOString())
    await runDigestQueue()
    expect(await takeMail()).toEqual([])
    expect(await digestJobs()).toHaveLength(1)

    // A job that starts too early (its waitUntil moved back, the last digest still recent) sends
    // nothing and puts itself back for the hour.
    await suite.payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    await runDigestQueue()
    expect(await takeMail()).toEqual([])
    const [again] = await digestJobs()
    expect(again.id).not.toBe(job.id)
    expect(new Date(again.waitUntil!).toISOString()).toBe(new Date(Date.parse(lastSentAt!) + HOUR).toISOString())

    // The hour passes.
    await setDigest({ lastSentAt: new Date(Date.parse(lastSentAt!) - HOUR).toISOString() })
    await suite.payload.update({ collection: 'payload-jobs', id: again.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    await runDigestQueue()
    const mails = await takeMail()
    expect(recipients(mails)).toEqual(['admin@test.kr'])
    expect(mails[0].mail.subject).toBe('[상생누리] 확인요청 1건')
    expect(mails[0].mail.text).toContain(`- ${fourth.title} (`)
    expect(mails[0].mail.text).not.toContain('요청1')
  })

  test('nothing new: no digest, and the watermark moves', async () => {
    await setDigest({ lastSentAt: new Date(Date.now() - 2 * HOUR).toISOString() })
    const before = await digestState()
    expect(await queueReviewDigest(suite.payload)).toBe('queued')
    await runDigestQueue()
    expect(await takeMail()).toEqual([])
    const after = await digestState()
    expect(after.lastSentAt).toBe(before.lastSentAt)
    expect(Date.parse(after.coveredUntil!)).toBeGreaterThan(Date.parse(before.coveredUntil!))
  })

  test('a waiting digest absorbs later events: queueing again coalesces', async () => {
    await clearDigestJobs()
    expect(await queueReviewDigest(suite.payload)).toBe('queued')
    expect(await queueReviewDigest(suite.payload)).toBe('coalesced')
    expect(await digestJobs()).toHaveLength(1)
    await clearDigestJobs()
  })
})

describe('seeds and imports are silent', () => {
  test('context.skipNotifications and trusted writes send nothing and queue nothing', async () => {
    await clearDigestJobs()
    const target = await program(suite.world.businesses.a, 'submitted', '시드')
    await suite.payload.update({
      collection: 'programs', id: target.id, data: { reviewStatus: 'changes-requested', reviewNote: '시드 사유' },
      user: suite.world.users.platformAdmin, overrideAccess: false, context: { skipNotifications: true },
    })
    expect((await latest(target.id)).reviewStatus).toBe('changes-requested')
    const draft = await program(suite.world.businesses.a, 'draft', '시드 요청')
    await suite.payload.update({ collection: 'programs', id: draft.id, data: { reviewStatus: 'submitted' }, user: suite.world.users.adminA, overrideAccess: false, context: { skipNotifications: true } })
    // createProgram is a trusted write (the demo seed's way): approved at once, told to nobody.
    await program(suite.world.businesses.b, 'approved', '가져오기')
    expect(await takeMail()).toEqual([])
    expect(await digestJobs()).toHaveLength(0)
  })
})

/** The error lines Payload's logger writes while `work` runs. */
async function loggedErrors(work: () => Promise<void>): Promise<string[]> {
  const logged: string[] = []
  const original = suite.payload.logger.error.bind(suite.payload.logger)
  suite.payload.logger.error = ((obj: unknown, ...rest: unknown[]) => {
    logged.push(typeof obj === 'object' && obj ? String((obj as { msg?: string }).msg) : String(obj))
    return original(obj as never, ...(rest as []))
  }) as typeof suite.payload.logger.error
  try {
    await work()
  } finally {
    suite.payload.logger.error = original
    suite.sink.clearFailures()
  }
  return logged
}

describe('a mail server that refuses', () => {
  test('SMTP 550: logged, and the review is saved all the same', async () => {
    const target = await program(suite.world.businesses.a, 'submitted', '거부')
    const logged = await loggedErrors(async () => {
      suite.sink.failWith(550, 'mailbox unavailable', 1, 'admin-a@test.kr')
      const res = await review(target.id, 'approve')
      expect(res.status).toBe(200)
      expect(await takeMail()).toEqual([])
    })
    expect((await latest(target.id)).reviewStatus).toBe('approved')
    expect(logged).toContain('확인완료 알림 메일을 보내지 못했습니다 (admin-a@test.kr)')
  })

  test('SMTP 550 on the digest: logged, the job completes and the watermark moves', async () => {
    await digestFromNow()
    const draft = await program(suite.world.businesses.a, 'draft', '거부 요청')
    expect((await submit(suite.tokens.adminA, draft.id)).status).toBe(200)
    const logged = await loggedErrors(async () => {
      suite.sink.failWith(550, 'mailbox unavailable', 1, 'admin@test.kr')
      await runDigestQueue()
    })
    expect(logged).toContain('확인요청 알림 메일을 보내지 못했습니다 (admin@test.kr)')
    expect(await takeMail()).toEqual([])
    expect(await digestJobs()).toHaveLength(0)
    const state = await digestState()
    expect(Date.now() - Date.parse(state.lastSentAt!)).toBeLessThan(60_000)
  })
})
