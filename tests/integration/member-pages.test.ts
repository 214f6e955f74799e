/**
 * Issue 11's member-page items on the real Express app around Payload: 신청 철회 asks first (a
 * page of its own, no script), /my/ offers the state of an application instead of a second
 * 신청하기, what a page answers after a post is focused on load and named in its title, login
 * errors are tied to their fields, and the 사업자등록번호 boxes are required and marked invalid
 * when 중복확인 refuses the number.
 */
import { describe, expect, test } from 'vitest'
import { completeBizRegNo, formatBizRegNo } from '../../kernel/rules/bizRegNo'
import { WRONG_CREDENTIALS } from '../../members/routes/auth'
import { applicationData, as, bizRegNo, PASSWORD, recruitingProgram, signUpData, confirmedMember } from '../helpers/fixtures'
import { PageSession, signedIn, type PageResponse } from '../helpers/pageSession'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload({ world: true, pages: true })

const statusOf = async (id: number | string) => (await suite.payload.findByID({ collection: 'applications', id, depth: 0, overrideAccess: true })).status
const title = (res: PageResponse) => res.doc.querySelector('title')?.text
const autofocused = (res: PageResponse) => res.doc.querySelectorAll('[autofocus]')

/** A fresh program of B that member@ (누리테크) applies to, and the application's id. */
async function freshApplication(overrides: object = {}) {
  const program = await recruitingProgram(suite.payload, suite.world, overrides)
  const application = await suite.payload.create({ collection: 'applications', data: applicationData(program.id), ...as(suite.world.users.member) })
  return { program, id: application.id }
}

describe('신청 철회 asks first', () => {
  test('/my/ offers 신청 철회 as a link to a confirmation page, only while 접수', async () => {
    const session = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const page = await session.get('/my/')
    const row = page.doc.querySelector(`#application-${suite.world.applications.member}`)!
    expect(row.querySelector('form')).toBeNull()
    const link = row.querySelector('a.withdraw-link')!
    expect(link.getAttribute('href')).toBe(`/my/applications/${suite.world.applications.member}/withdraw`)
    expect(link.text).toContain('신청 철회')
  })

  test('the confirmation names the program and posts 철회하기 to the same path; showing it changes nothing', async () => {
    const { program, id } = await freshApplication()
    const session = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const page = await session.get(`/my/applications/${id}/withdraw`)
    expect(page.status).toBe(200)
    expect(title(page)).toBe(`신청 철회 확인: ${program.title} | 상생누리`)
    expect(page.doc.querySelector('h1')?.text).toBe('신청을 철회할까요?')
    expect(page.doc.querySelector('.withdraw-facts')?.text).toContain(program.title)
    const form = page.doc.querySelector('main form.withdraw-confirm')!
    expect([form.getAttribute('method'), form.getAttribute('action')]).toEqual(['post', `/my/applications/${id}/withdraw`])
    expect(form.querySelector('button[type=submit]')?.text).toBe('철회하기')
    expect(form.querySelector(`a[href="/my/#application-${id}"]`)?.text).toContain('돌아가기')
    expect(await statusOf(id)).toBe('submitted')

    const done = await session.post(`/my/applications/${id}/withdraw`)
    expect([done.status, done.location]).toEqual([303, '/my/?withdrawn=1'])
    expect(await statusOf(id)).toBe('withdrawn')
    // Withdrawn is final: the page now says why not, and offers no button.
    const again = await session.get(`/my/applications/${id}/withdraw`)
    expect(again.status).toBe(409)
    expect(again.doc.querySelector('#refusal-message')?.text).toContain('접수 상태의 신청서만 철회할 수 있습니다')
    expect(again.doc.querySelector('form.withdraw-confirm')).toBeNull()
  })

  test('a foreign Origin cannot withdraw (403, nothing changes); nor can anyone but the applicant', async () => {
    const { id } = await freshApplication()
    const member = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const foreign = await member.post(`/my/applications/${id}/withdraw`, {}, { origin: 'https://evil.example' })
    expect(foreign.status).toBe(403)
    expect(await statusOf(id)).toBe('submitted')

    const other = await signedIn(suite.server.url, suite.world.users.member2.email, PASSWORD)
    expect((await other.get(`/my/applications/${id}/withdraw`)).status).toBe(404)
    const adminB = await signedIn(suite.server.url, suite.world.users.adminB.email, PASSWORD)
    expect((await adminB.get(`/my/applications/${id}/withdraw`)).status).toBe(404)
    for (const bad of ['999999', 'no-such-id', '1%20OR%201=1', 'x'.repeat(10_000)]) {
      const res = await member.get(`/my/applications/${bad}/withdraw`)
      expect(res.status, bad.slice(0, 20)).toBe(404)
      expect(res.doc.querySelector('#refusal-message')?.text).toMatch(/[가-힣]/)
    }
    expect((await new PageSession(suite.server.url).get(`/my/applications/${id}/withdraw`)).location).toBe(`/login/?next=${encodeURIComponent(`/my/applications/${id}/withdraw`)}`)
    expect(await statusOf(id)).toBe('submitted')
  })

  test('a decided application: 409 with the reason, no button', async () => {
    const { id } = await freshApplication()
    await suite.payload.update({ collection: 'applications', id, data: { status: 'not-selected' }, ...as(suite.world.users.adminB) })
    const page = await (await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)).get(`/my/applications/${id}/withdraw`)
    expect(page.status).toBe(409)
    expect(page.doc.querySelector('form.withdraw-confirm')).toBeNull()
  })
})

describe('what a page answers after a post comes first: focused on load, named in the title', () => {
  test('/my/?applied= and ?withdrawn=1: a status message, focused (no script), and the title says what happened', async () => {
    const session = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const plain = await session.get('/my/')
    expect(title(plain)).toBe('마이페이지 | 상생누리')
    expect(autofocused(plain)).toHaveLength(0)
    for (const [query, heading, text] of [
      [`?applied=${suite.world.applications.member}`, '신청서 접수 완료', '신청서를 접수했습니다'],
      ['?withdrawn=1', '신청 철회 완료', '신청을 철회했습니다'],
      ['?welcome=1', '회원가입 완료', '회원가입이 완료되었습니다'],
    ]) {
      const page = await session.get(`/my/${query}`)
      expect(title(page), query).toBe(`${heading}: 마이페이지 | 상생누리`)
      const focused = autofocused(page)
      expect(focused, query).toHaveLength(1)
      expect(focused[0].getAttribute('role')).toBe('status')
      expect(focused[0].getAttribute('tabindex')).toBe('-1')
      expect(focused[0].text).toContain(text)
      expect(page.html.includes('<script'), query).toBe(false)
    }
  })

  test('a failed sign-in: "로그인 오류" in the title, the message focused on load', async () => {
    const res = await new PageSession(suite.server.url).post('/login/', { email: suite.world.users.member.email, password: 'not-the-password' })
    expect(title(res)).toBe('로그인 오류 | 상생누리')
    const focused = autofocused(res)
    expect(focused).toHaveLength(1)
    expect(focused[0].getAttribute('role')).toBe('alert')
    expect(focused[0].querySelector('#login-error')?.text).toBe(WRONG_CREDENTIALS)
    expect(title(await new PageSession(suite.server.url).get('/login/'))).toBe('로그인 | 상생누리')
  })

  test('a saved profile: "저장 완료" in the title, the message focused', async () => {
    const page = await (await signedIn(suite.server.url, suite.world.users.member2.email, PASSWORD)).get('/my/profile/?saved=1')
    expect(title(page)).toBe('저장 완료: 회원정보 수정 | 상생누리')
    expect(autofocused(page)[0]?.text).toContain('회원정보를 저장했습니다')
  })

  test('a refused form: the error summary is focused', async () => {
    const res = await new PageSession(suite.server.url).post('/join/company/', { bizRegNo1: '', companyName: '' })
    expect(res.status).toBe(400)
    const focused = autofocused(res)
    expect(focused).toHaveLength(1)
    expect(focused[0].classList.contains('error-summary')).toBe(true)
  })
})

describe('login errors are tied to their fields (WCAG 3.3.1)', () => {
  const field = (res: PageResponse, name: string) => res.doc.querySelector(`#f-${name}`)!
  const tied = (res: PageResponse, name: string) =>
    field(res, name).getAttribute('aria-invalid') === 'true' && (field(res, name).getAttribute('aria-describedby') ?? '').split(' ').includes('login-error')

  test('wrong credentials: the general message describes both fields, both marked invalid', async () => {
    const res = await new PageSession(suite.server.url).post('/login/', { email: suite.world.users.member.email, password: 'not-the-password' })
    expect([tied(res, 'email'), tied(res, 'password')]).toEqual([true, true])
  })

  test('a missing field: only that one', async () => {
    const noPassword = await new PageSession(suite.server.url).post('/login/', { email: suite.world.users.member.email, password: '' })
    expect([tied(noPassword, 'email'), tied(noPassword, 'password')]).toEqual([false, true])
    const noEmail = await new PageSession(suite.server.url).post('/login/', { email: '', password: 'something-long' })
    expect([tied(noEmail, 'email'), tied(noEmail, 'password')]).toEqual([true, false])
  })

  test('too many tries: the message, tied to neither field (it is about the address, not what was typed)', async () => {
    const email = 'locked-fields@test.kr'
    await suite.payload.create({ collection: 'users', data: signUpData(email, '잠금 표시'), ...as(undefined) })
    for (let i = 0; i < 5; i++) await new PageSession(suite.server.url).post('/login/', { email, password: `wrong-${i}-password` })
    const res = await new PageSession(suite.server.url).post('/login/', { email, password: PASSWORD })
    expect(res.status).toBe(429)
    expect(res.doc.querySelector('#login-error')?.text).toMatch(/로그인 시도가 너무 많습니다/)
    expect([tied(res, 'email'), tied(res, 'password')]).toEqual([false, false])
  })

  test('the blank form marks nothing', async () => {
    const res = await new PageSession(suite.server.url).get('/login/')
    expect(res.doc.querySelectorAll('[aria-invalid]')).toHaveLength(0)
  })
})

describe('the 사업자등록번호 boxes on /join/company/', () => {
  const boxes = (res: PageResponse) => [1, 2, 3].map((n) => res.doc.querySelector(`#f-bizRegNo${n}`)!)
  const parts = (number: string) => {
    const [a, b, c] = formatBizRegNo(number).split('-')
    return { bizRegNo1: a, bizRegNo2: b, bizRegNo3: c }
  }
  const check = (form: Record<string, string>) => new PageSession(suite.server.url).post('/join/company/check', form)

  test('are required, in a fieldset with its legend', async () => {
    const page = await new PageSession(suite.server.url).get('/join/company/')
    for (const box of boxes(page)) {
      expect(box.hasAttribute('required')).toBe(true)
      expect(box.hasAttribute('aria-invalid')).toBe(false)
    }
    expect(page.doc.querySelector('fieldset.bizregno > legend')?.text).toContain('사업자등록번호')
  })

  test.each([
    ['a number already registered', () => parts(bizRegNo(4)), '이미 등록된'],
    ['a number whose check digit is wrong', () => ({ bizRegNo1: '101', bizRegNo2: '80', bizRegNo3: '00001' }), '사업자등록번호'],
    ['a number too short', () => ({ bizRegNo1: '12', bizRegNo2: '', bizRegNo3: '' }), '사업자등록번호'],
  ])('중복확인 refuses %s: all three boxes invalid and described by the answer, which is focused', async (_, form, says) => {
    const res = await check(form())
    const answer = res.doc.querySelector('#f-bizRegNo-answer')!
    expect(answer.text).toContain(says)
    expect(answer.getAttribute('role')).toBe('alert')
    expect(autofocused(res).map((el) => el.id)).toEqual(['f-bizRegNo-answer'])
    for (const box of boxes(res)) {
      expect(box.getAttribute('aria-invalid')).toBe('true')
      expect(box.getAttribute('aria-describedby')?.split(' ')).toContain('f-bizRegNo-answer')
    }
  })

  test('중복확인 accepts a free number: the answer is a status, the boxes are not invalid', async () => {
    const res = await check(parts(completeBizRegNo('220887777')))
    expect(res.doc.querySelector('#f-bizRegNo-answer')?.text).toContain('사용할 수 있는 사업자등록번호입니다')
    expect(res.doc.querySelector('#f-bizRegNo-answer')?.getAttribute('role')).toBe('status')
    for (const box of boxes(res)) expect(box.hasAttribute('aria-invalid')).toBe(false)
  })
})

describe('/my/ recommendations: the application’s state instead of a second 신청하기', () => {
  const cardOf = (res: PageResponse, program: number) =>
    res.doc.querySelectorAll('#recommended .program-card').find((c) => c.querySelector(`a[href="/programs/${program}/"]`))!

  test('the member’s own live application: "신청함 · 접수" linking to its row, no 신청하기; after 철회, 신청하기 again', async () => {
    const { program, id } = await freshApplication()
    const session = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    let card = cardOf(await session.get('/my/'), program.id)
    expect(card.querySelector('a[href$="/apply/"]')).toBeNull()
    const state = card.querySelector('.recommendation__applied a')!
    expect(state.getAttribute('href')).toBe(`#application-${id}`)
    expect(state.querySelector('.status')?.text).toBe('신청함 · 접수')

    await suite.payload.update({ collection: 'applications', id, data: { status: 'selected' }, ...as(suite.world.users.adminB) })
    card = cardOf(await session.get('/my/'), program.id)
    expect(card.querySelector('.recommendation__applied .status')?.text).toBe('신청함 · 선정')

    const { program: other, id: otherId } = await freshApplication()
    await session.post(`/my/applications/${otherId}/withdraw`)
    card = cardOf(await session.get('/my/'), other.id)
    expect(card.querySelector('.recommendation__applied')).toBeNull()
    expect(card.querySelector(`a[href="/programs/${other.id}/apply/"]`)?.text).toContain('신청하기')
  })

  test('a colleague’s application blocks this member too: the state, without a link to a row it cannot see', async () => {
    const { program } = await freshApplication()
    await confirmedMember(suite.payload, 'colleague@test.kr', '누리테크 동료', suite.world.companies.sme)
    const card = cardOf(await (await signedIn(suite.server.url, 'colleague@test.kr', PASSWORD)).get('/my/'), program.id)
    expect(card.querySelector('a[href$="/apply/"]')).toBeNull()
    expect(card.querySelector('.recommendation__applied a')).toBeNull()
    expect(card.querySelector('.recommendation__applied')?.text).toContain('소속 기업의 다른 회원이 신청했습니다')
    // Another company's application to the same program changes nothing for 다온소프트.
    const card2 = cardOf(await (await signedIn(suite.server.url, suite.world.users.member2.email, PASSWORD)).get('/my/'), program.id)
    expect(card2.querySelector(`a[href="/programs/${program.id}/apply/"]`)).toBeTruthy()
  })
})

describe('/my/ writes the particle the company’s name calls for', () => {
  test('누리테크가 …, 한빛정밀이 … — never 이(가)', async () => {
    const lead = async (email: string) => (await (await signedIn(suite.server.url, email, PASSWORD)).get('/my/')).doc.querySelector('#recommended p.muted')!.text
    expect(await lead(suite.world.users.member.email)).toMatch(/^누리테크가 신청할 수 있는/)
    await confirmedMember(suite.payload, 'affiliate-member@test.kr', '한빛정밀 담당자', suite.world.companies.affiliate)
    expect(await lead('affiliate-member@test.kr')).toMatch(/^한빛정밀이 신청할 수 있는/)
  })
})
