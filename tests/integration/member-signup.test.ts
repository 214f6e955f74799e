/**
 * Sign-up through the server-rendered forms, without JavaScript: 기업검색 and 회원정보 for a
 * company already on 상생누리. Every refusal is a 400 with a Korean message next to its field,
 * the form refilled (never the password) and nothing stored. 기업등록: member-join-company.test.ts.
 */
import { describe, expect, test } from 'vitest'
import { formatBizRegNo } from '../../kernel/rules/bizRegNo'
import { countAll } from '../helpers/expectations'
import { bizRegNo, PASSWORD } from '../helpers/fixtures'
import { fieldError, PageSession, signedIn } from '../helpers/pageSession'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload({ world: true, pages: true })

const visitor = () => new PageSession(suite.server.url)
const SECRET = 'very-secret-pw-42'

const counts = async () => ({ companies: await countAll(suite.payload, 'companies'), users: await countAll(suite.payload, 'users') })

describe('기업검색 (/join/)', () => {
  test('finds companies by part of the name, with 기업분류 and 업종, and a link to sign up with each', async () => {
    const res = await visitor().get(`/join/?q=${encodeURIComponent('한빛')}`)
    expect(res.status).toBe(200)
    const rows = res.doc.querySelectorAll('table.company-search tbody tr')
    expect(rows.map((r) => r.querySelector('th')!.text)).toEqual(expect.arrayContaining([expect.stringContaining('한빛전자'), expect.stringContaining('한빛정밀')]))
    const b = rows.find((r) => r.text.includes('한빛전자'))!
    expect(b.text).toContain('대기업')
    expect(b.text).toContain('제조업')
    expect(b.querySelector('a')!.getAttribute('href')).toBe(`/join/account/?company=${suite.world.companies.b}`)
    expect(res.doc.querySelector('a[href="/join/company/"]')?.text).toContain('기업등록')
    expect(res.html).toContain('가입 시 유의사항 ①')
  })

  test.each([formatBizRegNo(bizRegNo(5)), bizRegNo(5)])('finds a company by its whole 사업자등록번호 %s, showing the number typed', async (q) => {
    const res = await visitor().get(`/join/?q=${q}`)
    expect(res.doc.querySelectorAll('table.company-search tbody tr').map((r) => r.text)).toEqual([expect.stringContaining('다온소프트')])
    expect(res.doc.querySelector('.company-search__no')?.text).toBe(formatBizRegNo(bizRegNo(5)))
  })

  test('a number is private: part of one finds nothing, and a name search shows no numbers', async () => {
    const partial = await visitor().get(`/join/?q=${bizRegNo(5).slice(0, 6)}`)
    expect(partial.doc.querySelector('table')).toBeNull()
    const byName = await visitor().get(`/join/?q=${encodeURIComponent('한빛')}`)
    expect(byName.doc.querySelectorAll('table.company-search tbody tr').length).toBeGreaterThan(0)
    expect(byName.doc.querySelector('.company-search__no')).toBeNull()
    for (const n of [2, 3]) expect(byName.html).not.toContain(formatBizRegNo(bizRegNo(n)))
  })

  test('nothing found: says so and offers 기업등록', async () => {
    const res = await visitor().get(`/join/?q=${encodeURIComponent('없는회사이름')}`)
    expect(res.doc.querySelector('table')).toBeNull()
    expect(res.html).toContain('검색된 기업이 없습니다')
    expect(res.doc.querySelector('a[href="/join/company/"]')).toBeTruthy()
  })
})

describe('signing up as a member of a company on 상생누리', () => {
  test('the account form of a 대기업 shows 유의사항 ③; of an SME it does not; an unknown company is 404', async () => {
    expect((await visitor().get(`/join/account/?company=${suite.world.companies.b}`)).html).toContain('가입 시 유의사항 ③')
    expect((await visitor().get(`/join/account/?company=${suite.world.companies.sme2}`)).html).not.toContain('가입 시 유의사항 ③')
    expect((await visitor().get('/join/account/?company=999999')).status).toBe(404)
    expect((await visitor().get('/join/account/?company=not-an-id')).status).toBe(404)
  })

  test('creates a member asking to join that company, signs in, and lands on /my/?welcome=1, told it waits', async () => {
    const session = visitor()
    const res = await session.post('/join/account/', { company: String(suite.world.companies.sme2), name: '다온 신입', email: 'daon.new@test.kr', password: SECRET, passwordConfirm: SECRET, consent: 'yes' })
    expect(res.status).toBe(303)
    expect(res.location).toBe('/my/?welcome=1')
    const { docs: [user] } = await suite.payload.find({ collection: 'users', where: { email: { equals: 'daon.new@test.kr' } }, depth: 0 })
    expect(user).toMatchObject({ role: 'member', company: null, pendingCompany: suite.world.companies.sme2, name: '다온 신입' })
    const my = await session.get('/my/?welcome=1')
    expect(my.status).toBe(200)
    expect(my.html).toContain('회원가입이 완료되었습니다')
    expect(my.doc.querySelector('#membership-pending')?.text).toContain('다온소프트 소속 승인을 기다리고 있습니다')
    expect(my.doc.querySelector('.member-summary__hello')?.text).toBe('안녕하세요 다온 신입 님 환영합니다. 일반회원')
  })

  test.each([
    ['password too short', { password: 'short-pw', passwordConfirm: 'short-pw' }, 'password', /10자 이상/],
    ['password mismatch', { passwordConfirm: 'another-password-1' }, 'passwordConfirm', /비밀번호 확인/],
    ['no consent', { consent: '' }, 'consent', /동의/],
    ['e-mail taken', { email: 'member@test.kr' }, 'email', /이미 등록된/],
    ['no name', { name: '' }, 'name', /이름/],
  ] as const)('%s: 400, the message next to its field, nothing stored', async (_, change, field, message) => {
    const before = await counts()
    const form = { company: String(suite.world.companies.sme2), name: '다온 신입2', email: 'daon.two@test.kr', password: SECRET, passwordConfirm: SECRET, consent: 'yes', ...change }
    const res = await visitor().post('/join/account/', form)
    expect(res.status).toBe(400)
    expect(fieldError(res, field)).toMatch(message)
    expect(res.doc.querySelector(`#f-${field}`)?.getAttribute('aria-invalid')).toBe('true')
    expect(res.html).not.toContain(SECRET)
    expect(await counts()).toEqual(before)
  })
})

describe('finishing sign-up: a signed-in member without a company', () => {
  test('picks its company through 기업검색: asks to join it, welcomed; once confirmed, a second company is no longer offered', async () => {
    await suite.payload.create({ collection: 'users', data: { email: 'later@test.kr', password: SECRET, name: '나중에' } as never, overrideAccess: false })
    const session = await signedIn(suite.server.url, 'later@test.kr', SECRET)
    const form = await session.get(`/join/account/?company=${suite.world.companies.sme2}`)
    expect(form.doc.querySelector('#f-password')).toBeNull()
    const res = await session.post('/join/account/', { company: String(suite.world.companies.sme2) })
    expect(res.status).toBe(303)
    expect(res.location).toBe('/my/?welcome=1')
    const { docs: [user] } = await suite.payload.find({ collection: 'users', where: { email: { equals: 'later@test.kr' } }, depth: 0 })
    expect({ company: user.company ?? null, pendingCompany: user.pendingCompany }).toEqual({ company: null, pendingCompany: suite.world.companies.sme2 })
    const manager = await signedIn(suite.server.url, suite.world.users.member2.email, PASSWORD)
    expect((await manager.post(`/my/members/${user.id}/`, { decision: 'confirm' })).location).toBe('/my/?membership=confirmed')
    expect((await suite.payload.findByID({ collection: 'users', id: user.id, depth: 0 })).company).toBe(suite.world.companies.sme2)
    expect((await session.get('/join/')).location).toBe('/my/')
    expect((await session.post('/join/account/', { company: String(suite.world.companies.b) })).location).toBe('/my/')
    expect((await suite.payload.findByID({ collection: 'users', id: user.id, depth: 0 })).company).toBe(suite.world.companies.sme2)
  })
})
