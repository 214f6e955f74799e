/**
 * Refusals of /programs/<id>/apply/ through the real Express app (startPageServer), with a
 * browser's multipart form: each has the right status, a Korean message (by its field when it is
 * about the form) and stores nothing — no application, no private-file row, no file on disk.
 */
import http from 'node:http'
import { describe, expect, test } from 'vitest'
import { addDays, kstToday } from '../../kernel/rules/dates'
import { applyFormData, postApply, storedCounts } from '../helpers/applyForm'
import { applyPath, bootApplySuite } from '../helpers/applySuite'
import { html, pdf, png, xlsx } from '../helpers/documents'
import { createProgram, programInput } from '../helpers/fixtures'
import { PageSession } from '../helpers/pageSession'

const suite = bootApplySuite()
const { sessions } = suite
const fresh: typeof suite.fresh = (overrides) => suite.fresh(overrides)

const text = (res: { doc: { text: string } }) => res.doc.text.replace(/\s+/g, ' ')

/** A program of company A that is already past its support period (registered long ago). */
async function closedProgram() {
  const today = kstToday()
  return suite.payload.create({
    collection: 'programs',
    data: { ...programInput(suite.world.businesses.a, { title: `${today.slice(0, 4)}년 종료된 프로그램`, applyStart: addDays(today, -90), applyEnd: addDays(today, -60), supportStart: addDays(today, -50), supportEnd: addDays(today, -1) }), reviewStatus: 'approved' },
    context: { trustedWrite: true, registeredOn: addDays(today, -100) },
    user: suite.world.users.platformAdmin,
  })
}

describe('the form', () => {
  test('signed out: GET and POST go to the login page, coming back here', async () => {
    const id = (await fresh()).id
    const anonymous = new PageSession(suite.server.url)
    const page = await anonymous.get(applyPath(id))
    expect(page.status).toBe(303)
    expect(page.location).toBe(`/login/?next=${encodeURIComponent(applyPath(id))}`)
    const before = await storedCounts(suite.payload)
    const post = await postApply(suite.server.url, null, applyPath(id), { files: [{ name: 'a.pdf', data: pdf() }] })
    expect(post.status).toBe(303)
    expect(post.location).toMatch(/^\/login\/\?next=/)
    expect(await storedCounts(suite.payload)).toEqual(before)
  })

  test('shows the program, its company, 신청기간, 지원대상 and why the member may apply; labelled fields', async () => {
    const program = await fresh({ targetScope: 'partners' })
    const page = await sessions.member.get(applyPath(program.id))
    expect(page.status).toBe(200)
    const headers = (await fetch(`${suite.server.url}${applyPath(program.id)}`, { headers: { cookie: sessions.member.cookie } })).headers
    expect([headers.get('cache-control'), headers.get('x-robots-tag')]).toEqual(['private, no-store', 'noindex, nofollow'])
    const facts = text(page)
    for (const value of [program.title, '한빛전자', kstToday(new Date(program.applyStart)), kstToday(new Date(program.applyEnd)), '협력사 지원', '신청할 수 있습니다', '주거래기업의 협력사']) expect(facts).toContain(value)
    const form = page.doc.querySelector('form.apply-form')!
    expect(form.getAttribute('enctype')).toBe('multipart/form-data')
    expect(form.getAttribute('action')).toBe(applyPath(program.id))
    for (const id of ['f-phone', 'f-answers', 'f-attachments', 'f-consent']) expect(page.doc.querySelector(`label[for="${id}"]`), id).not.toBeNull()
    expect(page.doc.querySelector('#f-attachments')?.getAttribute('accept')).toBe('.pdf,.jpg,.jpeg,.png,.hwp,.hwpx,.docx,.xlsx,.pptx')
  })

  test('신청자 정보: who applies, a required 연락처 the browser can fill in, and a consent that names everything shared', async () => {
    const page = await sessions.member.get(applyPath((await fresh()).id))
    const applicant = page.doc.querySelector('#apply-applicant')!.text.replace(/\s+/g, ' ')
    for (const value of ['누리테크', '누리테크 담당자', 'member@test.kr']) expect(applicant).toContain(value)
    const phone = page.doc.querySelector('#f-phone')!
    expect([phone.getAttribute('type'), phone.getAttribute('autocomplete'), phone.getAttribute('name'), phone.hasAttribute('required')]).toEqual(['tel', 'tel', 'phone', true])
    expect(page.doc.querySelector('label[for="f-phone"]')?.text).toContain('(필수)')
    expect(phone.getAttribute('aria-describedby')).toBe('f-phone-hint')
    expect(page.doc.querySelector('#apply-consent-notice')?.text).toBe('신청자의 이름, 이메일, 연락처, 기업명과 신청 내용, 첨부서류가 선정 심사를 위해 운영기업(한빛전자)에 전달됩니다. 선정 결과는 이메일과 마이페이지로 알려 드립니다.')
    // Nothing is focused or marked before the member has sent anything.
    expect(page.doc.querySelector('[autofocus]')).toBeNull()
    expect(page.doc.querySelector('[aria-invalid]')).toBeNull()
    expect(page.doc.querySelector('title')?.text).not.toMatch(/^오류/)
  })
})

describe('every refusal: right status, a Korean message, nothing stored', () => {
  type Case = { who: keyof typeof sessions; program: () => Promise<number | string>; status: number; says: string | RegExp }
  const cases: Record<string, Case> = {
    'not a member (a company admin)': { who: 'adminA', program: async () => (await fresh()).id, status: 403, says: '일반회원 계정' },
    'a member without a company': { who: 'noCompany', program: async () => (await fresh()).id, status: 403, says: '소속 기업이 지정되지 않은' },
    'a program that is not approved': { who: 'member', program: async () => suite.world.programs.b.draft, status: 404, says: '찾을 수 없습니다' },
    'a program that does not exist': { who: 'member', program: async () => 'no-such-program', status: 404, says: '찾을 수 없습니다' },
    'upcoming (예정)': { who: 'member', program: async () => suite.world.programs.a.approved, status: 409, says: '아직 신청기간이 아닙니다' },
    'closed (종료)': { who: 'member', program: async () => (await closedProgram()).id, status: 409, says: '신청기간' },
    'applications over, support running (진행중)': { who: 'member', program: async () => (await fresh({ applyStart: addDays(kstToday(), -10), applyEnd: addDays(kstToday(), -1) })).id, status: 409, says: '지나 신청할 수 없습니다' },
    'not 상생누리 신청가능': { who: 'member', program: async () => (await fresh({ applyOnline: false })).id, status: 403, says: '상생누리에서 신청을 받지 않습니다' },
    'not eligible: a partners-only program of another company': {
      who: 'member',
      program: async () => (await createProgram(suite.payload, suite.world.businesses.a, 'approved', suite.world.users.platformAdmin, { targetScope: 'partners', title: `${kstToday().slice(0, 4)}년 공사 협력사 전용 프로그램` })).id,
      status: 403, says: '협력사만 신청할 수 있습니다',
    },
    'a duplicate: the company already applied': { who: 'member', program: async () => suite.world.programs.b.approved, status: 409, says: '이미 이 프로그램에 신청했습니다' },
  }
  test.each(Object.entries(cases))('%s', async (_what, c) => {
    const id = await c.program()
    const page = await sessions[c.who].get(applyPath(id))
    expect(page.status).toBe(c.status)
    expect(page.doc.querySelector('#refusal-message')?.text).toMatch(c.says)
    expect(page.doc.querySelector('form.apply-form')).toBeNull()
    const before = await storedCounts(suite.payload)
    const post = await postApply(suite.server.url, sessions[c.who], applyPath(id), { files: [{ name: '사업계획서.pdf', data: pdf() }] })
    expect(post.status).toBe(c.status)
    expect(post.doc.querySelector('#refusal-message')?.text).toMatch(c.says)
    // The reason takes the focus when the page loads (no script needed), and the title says why.
    expect(post.doc.querySelectorAll('[autofocus]').map((el) => [el.classNames, el.getAttribute('tabindex')])).toEqual([['error-summary', '-1']])
    expect(post.doc.querySelector('title')?.text).toMatch(/^신청할 수 없습니다/)
    expect(await storedCounts(suite.payload)).toEqual(before)
  })

  const formCases: [string, () => Promise<FormData>, number, RegExp, string][] = [
    ['too many files (6)', async () => applyFormData({ files: Array.from({ length: 6 }, (_, i) => ({ name: `서류${i + 1}.pdf`, data: pdf(`file ${i}`) })) }), 400, /5개까지/, 'f-attachments'],
    ['a file over 10 MB', async () => applyFormData({ files: [{ name: '큰파일.pdf', data: Buffer.concat([pdf(), Buffer.alloc(10 * 1024 * 1024)]) }] }), 413, /「큰파일\.pdf」 파일이 10MB를 넘습니다/, 'f-attachments'],
    ['a PNG named .pdf', async () => applyFormData({ files: [{ name: '사업자등록증.pdf', data: await png(), type: 'application/pdf' }] }), 400, /「사업자등록증\.pdf」 파일의 실제 형식\(PNG\)/, 'f-attachments'],
    ['an HTML page named .pdf', async () => applyFormData({ files: [{ name: '견적서.pdf', data: html(), type: 'application/pdf' }] }), 400, /「견적서\.pdf」 파일은 올릴 수 없는 형식/, 'f-attachments'],
    ['a .docx that is really a spreadsheet', async () => applyFormData({ files: [{ name: '계획서.docx', data: xlsx() }] }), 400, /「계획서\.docx」 파일의 실제 형식\(XLSX\)/, 'f-attachments'],
    ['a good file next to a disguised one: neither is kept', async () => applyFormData({ files: [{ name: '정상.pdf', data: pdf() }, { name: '가짜.pdf', data: await png() }] }), 400, /「가짜\.pdf」/, 'f-attachments'],
    ['missing answers', async () => applyFormData({ answers: '   ', files: [{ name: 'a.pdf', data: pdf() }] }), 400, /신청 내용을 입력해 주세요/, 'f-answers'],
    ['answers over 5,000 characters', async () => applyFormData({ answers: '가'.repeat(5001) }), 400, /5,000자 이내/, 'f-answers'],
    ['no consent', async () => applyFormData({ consent: false }), 400, /동의해 주세요/, 'f-consent'],
    ['no phone', async () => applyFormData({ phone: '' }), 400, /연락처를 입력해 주세요/, 'f-phone'],
    ['a phone in letters', async () => applyFormData({ phone: '공일공-일이삼사-오육칠팔' }), 400, /국내 전화번호/, 'f-phone'],
    ['a phone of 10,000 characters', async () => applyFormData({ phone: '1'.repeat(10_000) }), 400, /국내 전화번호/, 'f-phone'],
    ['a phone with control characters', async () => applyFormData({ phone: '010-1234-5678\u0000\u001b[2J' }), 400, /국내 전화번호/, 'f-phone'],
    ['a phone over the field limit (64 KB)', async () => applyFormData({ phone: '1'.repeat(70 * 1024) }), 400, /국내 전화번호/, 'f-phone'],
  ]
  test.each(formCases)('%s', async (_what, form, status, says, field) => {
    const program = await fresh()
    const before = await storedCounts(suite.payload)
    const res = await postApply(suite.server.url, sessions.member, applyPath(program.id), await form())
    expect(res.status).toBe(status)
    expect(res.doc.querySelector('.error-summary')?.text).toMatch(says)
    // The message sits by its field, which points at it and is marked invalid.
    const error = res.doc.querySelector(`#${field}-error`)
    expect(error?.text).toMatch(says)
    expect(res.doc.querySelector(`#${field}`)?.getAttribute('aria-describedby')).toContain(`${field}-error`)
    expect(res.doc.querySelector(`#${field}`)?.getAttribute('aria-invalid')).toBe('true')
    // The page says so in its title, and the summary takes the focus when the page loads.
    expect(res.doc.querySelector('title')?.text).toMatch(/^오류: /)
    expect(res.doc.querySelectorAll('[autofocus]').map((el) => el.classNames)).toEqual(['error-summary'])
    expect(await storedCounts(suite.payload)).toEqual(before)
  })

  test('what the member typed comes back (escaped), with every error listed in the form\'s order', async () => {
    const program = await fresh()
    const res = await postApply(suite.server.url, sessions.member, applyPath(program.id), applyFormData({ phone: '"><script>alert(1)</script>', answers: ' ', consent: false }))
    expect(res.status).toBe(400)
    expect(res.html).not.toContain('<script>alert(1)</script>')
    expect(res.doc.querySelector('#f-phone')?.getAttribute('value')).toBe('"><script>alert(1)</script>')
    expect(res.doc.querySelectorAll('.error-summary a').map((a) => a.getAttribute('href'))).toEqual(['#f-phone', '#f-answers', '#f-consent'])
  })

  test('a body announced larger than the whole form may be is refused (413) before it is read', async () => {
    const program = await fresh()
    const before = await storedCounts(suite.payload)
    const url = new URL(`${suite.server.url}${applyPath(program.id)}`)
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({
        host: url.hostname, port: url.port, path: url.pathname, method: 'POST',
        headers: { cookie: sessions.member.cookie, origin: suite.server.url, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(60 * 1024 * 1024) },
      }, (res) => {
        let body = ''
        res.setEncoding('utf8').on('data', (chunk) => (body += chunk)).on('end', () => resolve({ status: res.statusCode!, body }))
      })
      req.on('error', reject)
      // Only the start of the announced 60 MB is ever sent.
      req.write('--x\r\nContent-Disposition: form-data; name="answers"\r\n\r\n신청합니다\r\n')
    })
    expect(answer.status).toBe(413)
    expect(answer.body).toContain('보낸 내용이 너무 큽니다')
    expect(await storedCounts(suite.payload)).toEqual(before)
  })
})

