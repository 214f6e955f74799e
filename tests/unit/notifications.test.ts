/**
 * The plain functions behind the work e-mails (notifications): who receives each kind, what a
 * review digest covers and lists, and the messages themselves (subjects, links, escaping).
 */
import { describe, expect, test } from 'vitest'
import { kstDateTime } from '../../kernel/rules/dates'
import { companyAudience, platformAudience, wantsNotification, type Person } from '../../notifications/audience'
import { collectDigest, digestDueAt, digestWindow, DIGEST_INTERVAL_MS, isEmptyDigest, type DigestFacts } from '../../notifications/digest'
import { accountUrl, applicationAdminUrl, programAdminUrl, programPublicUrl } from '../../notifications/links'
import {
  DIGEST_LIST_LIMIT,
  renderApproved,
  renderChangesRequested,
  renderNewApplication,
  renderReviewDigest,
  reviewDigestSubject,
} from '../../notifications/messages'

const links = { siteUrl: 'https://winwinnuri.example.kr/', adminRoute: '/admin' }

describe('kstDateTime', () => {
  test.each([
    ['2026-03-31T14:59:00Z', '2026-03-31 23:59'],
    ['2026-03-31T15:00:00Z', '2026-04-01 00:00'],
    ['2026-12-06T23:05:00Z', '2026-12-07 08:05'],
  ])('%s reads %s in Seoul', (instant, expected) => {
    expect(kstDateTime(instant)).toBe(expected)
  })
})

describe('recipients', () => {
  const people: Person[] = [
    { email: 'a1@a.kr', name: '가', role: 'company-admin', company: 1 },
    { email: 'a2@a.kr', name: '나', role: 'company-admin', company: { id: 1 } as never, notifications: { reviewResults: false, newApplications: true } },
    { email: 'A1@a.kr', name: '가 중복', role: 'company-admin', company: 1 },
    { email: 'm@a.kr', name: '회원', role: 'member', company: 1 },
    { email: 'b@b.kr', name: '다', role: 'company-admin', company: 2 },
    { email: 'p1@p.kr', name: '관리자1', role: 'platform-admin', company: null },
    { email: 'p2@p.kr', name: '관리자2', role: 'platform-admin', company: null, notifications: { submissions: false } },
    { email: 'e@p.kr', name: '편집자', role: 'editor', company: null },
  ]

  test('a switch is on unless stored as false (null and missing are on)', () => {
    expect(wantsNotification({}, 'reviewResults')).toBe(true)
    expect(wantsNotification({ notifications: { reviewResults: null } }, 'reviewResults')).toBe(true)
    expect(wantsNotification({ notifications: { reviewResults: false } }, 'reviewResults')).toBe(false)
    expect(wantsNotification({ notifications: { reviewResults: false } }, 'newApplications')).toBe(true)
  })

  test("the program company's admins who keep the kind on; members, other companies and duplicates left out", () => {
    expect(companyAudience(people, 1, 'reviewResults')).toEqual({ hasAdmin: true, to: [{ email: 'a1@a.kr', name: '가' }] })
    expect(companyAudience(people, '1', 'newApplications').to.map((r) => r.email)).toEqual(['a1@a.kr', 'a2@a.kr'])
    expect(companyAudience(people, 2, 'reviewResults').to.map((r) => r.email)).toEqual(['b@b.kr'])
  })

  test('a company with no company admin is unreached; one whose admins all switched off is not', () => {
    expect(companyAudience(people, 3, 'reviewResults')).toEqual({ hasAdmin: false, to: [] })
    expect(companyAudience(people, null, 'reviewResults')).toEqual({ hasAdmin: false, to: [] })
    const allOff: Person[] = [{ email: 'x@x.kr', role: 'company-admin', company: 4, notifications: { newApplications: false } }]
    expect(companyAudience(allOff, 4, 'newApplications')).toEqual({ hasAdmin: true, to: [] })
  })

  test('the digest goes to platform admins with 확인요청 알림 on, nobody else', () => {
    expect(platformAudience(people, 'submissions')).toEqual([{ email: 'p1@p.kr', name: '관리자1' }])
  })
})

describe('digest timing', () => {
  const now = new Date('2026-12-07T03:00:00Z')

  test('due now without a previous digest, else an hour after it', () => {
    expect(digestDueAt(null, now)).toEqual(now)
    expect(digestDueAt('2026-12-07T01:30:00Z', now)).toEqual(now)
    expect(digestDueAt('2026-12-07T02:20:00Z', now).toISOString()).toBe('2026-12-07T03:20:00.000Z')
    expect(DIGEST_INTERVAL_MS).toBe(3_600_000)
  })

  test('the window runs from the watermark to now; without one, the last 7 days', () => {
    expect(digestWindow('2026-12-07T01:00:00Z', now)).toEqual({ since: '2026-12-07T01:00:00.000Z', until: '2026-12-07T03:00:00.000Z' })
    expect(digestWindow(null, now).since).toBe('2026-11-30T03:00:00.000Z')
  })
})

describe('collectDigest', () => {
  const window = { since: '2026-12-07T01:00:00.000Z', until: '2026-12-07T03:00:00.000Z' }
  const before = '2026-12-07T00:59:59.000Z'
  const inside = (minute: number) => `2026-12-07T02:${String(minute).padStart(2, '0')}:00.000Z`
  const facts = (over: Partial<DigestFacts> = {}): DigestFacts => ({
    window,
    programs: [],
    applications: [],
    companiesWithAdmin: new Set(['1']),
    companyNames: new Map([['1', '한빛전자'], ['9', '관리자없는공사'], ['4', '다온소프트']]),
    programTitles: new Map([['30', '2026년 공사 교육']]),
    ...over,
  })

  test('lists each program still waiting that was sent for review in the window, once, at its latest request, oldest first', () => {
    const digest = collectDigest(facts({
      programs: [
        { id: 11, title: '나중', company: 1, reviewStatus: 'submitted', reviewHistory: [{ at: inside(40), to: 'submitted' }] },
        { id: 10, title: '먼저', company: 1, reviewStatus: 'submitted', reviewHistory: [{ at: inside(5), to: 'submitted' }, { at: inside(6), to: 'draft' }, { at: inside(10), to: 'submitted' }] },
        { id: 12, title: '이미 확인됨', company: 1, reviewStatus: 'approved', reviewHistory: [{ at: inside(1), to: 'submitted' }, { at: inside(2), to: 'approved' }] },
        { id: 13, title: '지난 요청', company: 1, reviewStatus: 'submitted', reviewHistory: [{ at: before, to: 'submitted' }] },
        { id: 14, title: '작성중', company: 1, reviewStatus: 'draft', reviewHistory: [{ at: inside(3), to: 'draft' }] },
      ],
    }))
    expect(digest.submitted).toEqual([
      { programId: '10', title: '먼저', companyName: '한빛전자', at: inside(10) },
      { programId: '11', title: '나중', companyName: '한빛전자', at: inside(40) },
    ])
    expect(digest.unreached).toEqual([])
  })

  test("names the 수정요청, 확인완료 and applications of companies without an admin, in the window only", () => {
    const digest = collectDigest(facts({
      programs: [
        { id: 20, title: '공사 프로그램', company: 9, reviewStatus: 'approved', reviewHistory: [{ at: before, to: 'changes-requested' }, { at: inside(1), to: 'submitted' }, { at: inside(2), to: 'approved' }] },
        { id: 21, title: '공사 수정', company: { id: 9 }, reviewStatus: 'changes-requested', reviewHistory: [{ at: inside(3), to: 'changes-requested' }] },
        { id: 22, title: '한빛 프로그램', company: 1, reviewStatus: 'approved', reviewHistory: [{ at: inside(4), to: 'approved' }] },
        // Registered already approved (an import, the platform itself): no review result to report.
        { id: 23, title: '공사 등록', company: 9, reviewStatus: 'approved', reviewHistory: [{ at: inside(4), from: 'new', to: 'approved' }] },
      ],
      applications: [
        { id: 5, program: 30, programCompany: 9, applicantCompanyName: '누리테크', createdAt: inside(5) },
        { id: 6, program: 22, programCompany: 1, applicantCompanyName: '다온소프트', createdAt: inside(6) },
        { id: 7, program: 30, programCompany: 9, applicantCompanyName: '지난 신청', createdAt: before },
        // An application without 신청자 정보 (made before the snapshot existed): the company's name.
        { id: 8, program: 30, programCompany: 9, company: 4, createdAt: inside(7) },
      ],
    }))
    expect(digest.unreached).toEqual([
      { kind: 'approved', programId: '20', title: '공사 프로그램', companyName: '관리자없는공사', at: inside(2) },
      { kind: 'changes-requested', programId: '21', title: '공사 수정', companyName: '관리자없는공사', at: inside(3) },
      { kind: 'application', applicationId: '5', programId: '30', title: '2026년 공사 교육', companyName: '관리자없는공사', applicantCompany: '누리테크', at: inside(5) },
      { kind: 'application', applicationId: '8', programId: '30', title: '2026년 공사 교육', companyName: '관리자없는공사', applicantCompany: '다온소프트', at: inside(7) },
    ])
    // The program of a company without an admin is still in the review list when it waits.
    expect(digest.submitted).toEqual([])
  })

  test('nothing in the window: an empty digest', () => {
    const digest = collectDigest(facts({ programs: [{ id: 1, title: 'x', company: 1, reviewStatus: 'submitted', reviewHistory: [{ at: before, to: 'submitted' }] }] }))
    expect(isEmptyDigest(digest)).toBe(true)
    expect(isEmptyDigest(collectDigest(facts({ applications: [{ id: 5, program: 30, programCompany: 9, createdAt: inside(1) }] })))).toBe(false)
  })
})

describe('links', () => {
  test('absolute, from SITE_URL, with one slash and a path prefix kept', () => {
    expect(programAdminUrl(links, 7)).toBe('https://winwinnuri.example.kr/admin/collections/programs/7')
    expect(applicationAdminUrl({ siteUrl: 'https://x.kr/sangsaeng' }, 'a b')).toBe('https://x.kr/sangsaeng/admin/collections/applications/a%20b')
    expect(programPublicUrl(links, 7)).toBe('https://winwinnuri.example.kr/programs/7/')
    expect(accountUrl(links)).toBe('https://winwinnuri.example.kr/admin/account')
  })
})

describe('messages', () => {
  const title = '2026년 <b>품질</b> & 안전 "교육"'
  const common = { programId: 7, programTitle: title, companyName: '한빛<전자>', at: '2026-12-07T02:05:00Z', recipientName: '이수진', links }

  test('수정요청: exact subject, the reason, when, and the link to the form, in both parts', () => {
    const mail = renderChangesRequested({ ...common, reviewNote: '신청기간을 다시 확인해 주세요.\n<script>alert(1)</script>' })
    expect(mail.subject).toBe(`[상생누리] 수정요청: ${title}`)
    expect(mail.text).toContain('이수진님, 안녕하세요.')
    expect(mail.text).toContain('신청기간을 다시 확인해 주세요.\n<script>alert(1)</script>')
    expect(mail.text).toContain('요청 일시: 2026-12-07 11:05')
    expect(mail.text).toContain('https://winwinnuri.example.kr/admin/collections/programs/7')
    expect(mail.html).toContain('href="https://winwinnuri.example.kr/admin/collections/programs/7"')
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(mail.html).not.toContain('<script>')
    expect(mail.html).toContain('2026년 &lt;b&gt;품질&lt;/b&gt; &amp; 안전 &quot;교육&quot;')
    expect(mail.html).not.toContain('<b>품질')
    expect(mail.html).toContain('한빛&lt;전자&gt;')
    expect(mail.text).toContain('「프로그램 확인 결과」 항목을 끄세요. https://winwinnuri.example.kr/admin/account')
  })

  test('확인완료: exact subject and the public link', () => {
    const mail = renderApproved(common)
    expect(mail.subject).toBe(`[상생누리] 확인완료: ${title}`)
    expect(mail.text).toContain('https://winwinnuri.example.kr/programs/7/')
    expect(mail.html).toContain('href="https://winwinnuri.example.kr/programs/7/"')
    expect(mail.text).not.toContain('/admin/collections/programs/')
  })

  test('a subject is one line whatever the title holds', () => {
    expect(renderApproved({ ...common, programTitle: '2026년\r\n교육\t과정' }).subject).toBe('[상생누리] 확인완료: 2026년 교육 과정')
  })

  test('새 신청서: program, applicant company, date and the link to the application', () => {
    const mail = renderNewApplication({ applicationId: 42, programTitle: title, companyName: '한빛전자', applicantCompany: '누리<테크>', at: '2026-12-06T15:00:00Z', recipientName: null, links })
    expect(mail.subject).toBe(`[상생누리] 새 신청서: ${title}`)
    expect(mail.text).toContain('안녕하세요.')
    expect(mail.text).toContain('신청기업: 누리<테크>')
    expect(mail.text).toContain('신청 일시: 2026-12-07 00:00')
    expect(mail.text).toContain('https://winwinnuri.example.kr/admin/collections/applications/42')
    expect(mail.html).toContain('누리&lt;테크&gt;')
    expect(mail.text).toContain('「새 신청서 접수」')
  })

  const digest = {
    since: '2026-12-07T01:00:00.000Z',
    until: '2026-12-07T03:00:00.000Z',
    submitted: [
      { programId: '10', title: '2026년 <기술> 지원', companyName: '한빛전자', at: '2026-12-07T02:10:00.000Z' },
      { programId: '11', title: '2026년 판로 지원', companyName: '한빛전자', at: '2026-12-07T02:20:00.000Z' },
    ],
    unreached: [
      { kind: 'approved' as const, programId: '20', title: '2026년 공사 교육', companyName: '관리자없는공사', at: '2026-12-07T02:30:00.000Z' },
      { kind: 'application' as const, applicationId: '5', programId: '30', title: '2026년 공사 실증', companyName: '관리자없는공사', applicantCompany: '누리테크', at: '2026-12-07T02:40:00.000Z' },
    ],
  }

  test('the digest: subject with counts, every program with its company and admin link, and what reached nobody', () => {
    const mail = renderReviewDigest({ digest, recipientName: '김상훈', links })
    expect(mail.subject).toBe('[상생누리] 확인요청 2건 · 운영기업에 알리지 못한 일 2건')
    expect(mail.text).toContain('2026-12-07 10:00 이후 확인요청된 프로그램 2건입니다.')
    expect(mail.text).toContain('- 2026년 <기술> 지원 (한빛전자, 2026-12-07 11:10)')
    expect(mail.text).toContain('https://winwinnuri.example.kr/admin/collections/programs/10')
    expect(mail.text).toContain('https://winwinnuri.example.kr/admin/collections/programs/11')
    expect(mail.text).toContain('운영기업 관리자가 없어 알리지 못한 일')
    expect(mail.text).toContain('확인완료 · 2026년 공사 교육 (관리자없는공사)')
    expect(mail.text).toContain('새 신청서 · 2026년 공사 실증 (관리자없는공사) · 신청기업 누리테크')
    expect(mail.text).toContain('https://winwinnuri.example.kr/admin/collections/applications/5')
    expect(mail.html).toContain('2026년 &lt;기술&gt; 지원')
    expect(mail.html).not.toContain('<기술>')
  })

  test('the digest subject names only what it holds', () => {
    expect(reviewDigestSubject({ submitted: digest.submitted, unreached: [] })).toBe('[상생누리] 확인요청 2건')
    expect(reviewDigestSubject({ submitted: [], unreached: digest.unreached })).toBe('[상생누리] 운영기업에 알리지 못한 일 2건')
    const mail = renderReviewDigest({ digest: { ...digest, submitted: [] }, links })
    expect(mail.text).not.toContain('확인요청된 프로그램 0건')
  })

  test(`a long digest lists ${DIGEST_LIST_LIMIT} and counts the rest`, () => {
    const many = Array.from({ length: DIGEST_LIST_LIMIT + 3 }, (_, i) => ({ programId: String(i), title: `프로그램 ${i}`, companyName: '한빛전자', at: digest.since }))
    const mail = renderReviewDigest({ digest: { ...digest, submitted: many, unreached: [] }, links })
    expect(mail.subject).toBe(`[상생누리] 확인요청 ${DIGEST_LIST_LIMIT + 3}건`)
    expect(mail.text).toContain(`프로그램 ${DIGEST_LIST_LIMIT - 1} (`)
    expect(mail.text).not.toContain(`프로그램 ${DIGEST_LIST_LIMIT} (`)
    expect(mail.text).toContain('외 3건은 관리 화면에서 확인하세요')
  })
})
