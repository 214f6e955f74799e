/**
 * The front door's limits (issue 12) on the real Express app around Payload: sign-in failures
 * slow down the address they come from — not the account's owner on another address (the test
 * binds its client socket to 127.0.0.2) — with a Korean 429 and Retry-After on the site and on
 * REST; unknown and known addresses cost the same hashing; sign-ups and 비밀번호 찾기 per address.
 */
import crypto from 'node:crypto'
import { parse } from 'node-html-parser'
import { describe, expect, test, vi } from 'vitest'
import { formatBizRegNo } from '../../kernel/rules/bizRegNo'
import { LIMITS } from '../../kernel/http/throttle'
import { applicationData, as, bizRegNo, PASSWORD, recruitingProgram, signUpData } from '../helpers/fixtures'
import { httpRequest, type HttpAnswer } from '../helpers/httpRequest'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload({ world: true, pages: true })

/** A request from a chosen loopback address (the whole 127.0.0.0/8 reaches the server on 127.0.0.1). */
function send(from: string, method: string, path: string, body: string, contentType: string, extra: Record<string, string> = {}): Promise<HttpAnswer> {
  const url = new URL(path, suite.server.url)
  return httpRequest({ host: url.hostname, port: url.port, path: url.pathname + url.search, method, localAddress: from, headers: { 'content-type': contentType, 'content-length': Buffer.byteLength(body), ...extra } }, body)
}
const form = (from: string, path: string, fields: Record<string, string>) => send(from, 'POST', path, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded')
const json = (from: string, path: string, data: unknown, method = 'POST', token?: string) =>
  send(from, method, path, JSON.stringify(data), 'application/json', token ? { authorization: `JWT ${token}` } : {})

const newAccount = async (email: string) => suite.payload.create({ collection: 'users', data: signUpData(email, '시험 회원'), ...as(undefined) })

describe('sign-in', () => {
  test('five failures from 127.0.0.2 make 127.0.0.2 wait; the owner on 127.0.0.1 still signs in', async () => {
    const email = 'target@test.kr'
    await newAccount(email)
    for (let i = 0; i < LIMITS.loginFreeFailures; i++) expect((await form('127.0.0.2', '/login/', { email, password: `guess-${i}-password` })).status).toBe(400)
    const attacker = await form('127.0.0.2', '/login/', { email, password: PASSWORD })
    expect(attacker.status).toBe(429)
    expect(Number(attacker.headers['retry-after'])).toBeGreaterThan(0)
    expect(attacker.body).toContain('로그인 시도가 너무 많습니다')
    // The owner, elsewhere: not locked out.
    const owner = await form('127.0.0.1', '/login/', { email, password: PASSWORD })
    expect(owner.status).toBe(303)
  })

  test('REST answers the same wait: 429, Korean, Retry-After; a success clears the failures of its address', async () => {
    const email = 'rest-target@test.kr'
    await newAccount(email)
    for (let i = 0; i < LIMITS.loginFreeFailures - 1; i++) expect((await json('127.0.0.3', '/api/users/login', { email, password: `guess-${i}-password` })).status).toBe(401)
    // The right password before the limit: signed in, and the count starts again.
    expect((await json('127.0.0.3', '/api/users/login', { email, password: PASSWORD })).status).toBe(200)
    for (let i = 0; i < LIMITS.loginFreeFailures; i++) expect((await json('127.0.0.3', '/api/users/login', { email, password: `guess-${i}-again` })).status).toBe(401)
    const waited = await json('127.0.0.3', '/api/users/login', { email, password: PASSWORD })
    expect(waited.status).toBe(429)
    expect(Number(waited.headers['retry-after'])).toBeGreaterThan(0)
    expect(JSON.parse(waited.body).errors[0].message).toMatch(/^로그인 시도가 너무 많습니다/)
  })

  test('an unknown address gets the same answer as a wrong password, and both hash a password', async () => {
    const spy = vi.spyOn(crypto, 'pbkdf2')
    const known = await json('127.0.0.4', '/api/users/login', { email: suite.world.users.member2.email, password: 'not-the-password' })
    const hashesForKnown = spy.mock.calls.length
    const unknown = await json('127.0.0.4', '/api/users/login', { email: 'nobody@test.kr', password: 'not-the-password' })
    const hashesForUnknown = spy.mock.calls.length - hashesForKnown
    spy.mockRestore()
    expect(unknown.status).toBe(known.status)
    expect(JSON.parse(unknown.body).errors[0].message).toBe(JSON.parse(known.body).errors[0].message)
    expect(hashesForKnown).toBeGreaterThanOrEqual(1)
    expect(hashesForUnknown).toBeGreaterThanOrEqual(1)
  })
})

describe('sign-up and 비밀번호 찾기', () => {
  test(`${LIMITS.signUpsPerAddressPerHour} new accounts an hour from one address; the next is 429 and nothing stored; another address may`, async () => {
    const signUp = (from: string, n: number) => json(from, '/api/users', { email: `flood-${from}-${n}@test.kr`, password: 'flood-password-1', name: `가입 ${n}` })
    for (let n = 0; n < LIMITS.signUpsPerAddressPerHour; n++) expect((await signUp('127.0.0.5', n)).status).toBe(201)
    const before = (await suite.payload.count({ collection: 'users', overrideAccess: true })).totalDocs
    const refused = await signUp('127.0.0.5', 99)
    expect(refused.status).toBe(429)
    expect(JSON.parse(refused.body).errors[0].message).toMatch(/가입이 너무 많았습니다/)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect((await suite.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(before)
    expect((await signUp('127.0.0.6', 0)).status).toBe(201)
  })

  test('a 기업등록 sign-up whose company is refused (the whole post rolled back) does not count against the address', async () => {
    // A number that is taken: the account is written first, then the company is refused and both roll back.
    const [a, b, c] = formatBizRegNo(bizRegNo(4)).split('-')
    const companyForm = (n: number) => ({
      bizRegNo1: a, bizRegNo2: b, bizRegNo3: c, companyName: `롤백 ${n}`, ceoName: '김대표', postcode: '34126', line1: '대전광역시 유성구 대학로 99',
      homepage: 'https://rollback.example.kr', category: 'sme', industry: 'J', name: '롤백', email: `rolled-back-${n}@test.kr`,
      password: 'rollback-password-1', passwordConfirm: 'rollback-password-1', consent: 'yes',
    })
    for (let n = 0; n <= LIMITS.signUpsPerAddressPerHour; n++) expect((await form('127.0.0.10', '/join/company/', companyForm(n))).status).toBe(400)
    const [x, y, z] = formatBizRegNo(bizRegNo(555)).split('-')
    expect((await form('127.0.0.10', '/join/company/', { ...companyForm(99), bizRegNo1: x, bizRegNo2: y, bizRegNo3: z })).status).toBe(303)
  })

  test(`${LIMITS.forgotPerAddressPerHour} 비밀번호 찾기 an hour from one address, whatever addresses it asks for; then 429 on the page`, async () => {
    for (let n = 0; n < LIMITS.forgotPerAddressPerHour; n++) expect((await form('127.0.0.7', '/forgot/', { email: `someone-${n}@test.kr` })).status).toBe(200)
    const refused = await form('127.0.0.7', '/forgot/', { email: suite.world.users.member.email })
    expect(refused.status).toBe(429)
    expect(refused.body).toContain('비밀번호 찾기 요청이 너무 많습니다')
    // About the address the request came from, not what was typed: in the summary, not on the field.
    const page = parse(refused.body)
    expect(page.querySelector('.error-summary')?.text).toContain('비밀번호 찾기 요청이 너무 많습니다')
    // Said as what happened to the request, not as an input to fix ("입력 내용을 확인해 주세요", "아무것도 저장되지 않았습니다").
    expect(page.querySelector('.error-summary h2')?.text).toBe('메일을 보내지 못했습니다')
    expect(refused.body).not.toContain('아무것도 저장되지 않았습니다')
    expect(page.querySelector('#f-email-error')).toBeNull()
    expect(page.querySelector('#f-email')?.getAttribute('aria-invalid')).not.toBe('true')
    expect((await form('127.0.0.8', '/forgot/', { email: suite.world.users.member.email })).status).toBe(200)
  })
})

describe('re-applying to one program', () => {
  test(`${LIMITS.appliesPerProgramPerDay} applications a day by one account to one program (withdraw-and-reapply loops); the next is 429, nothing stored`, async () => {
    const program = await recruitingProgram(suite.payload, suite.world)
    const token = JSON.parse((await json('127.0.0.9', '/api/users/login', { email: suite.world.users.member.email, password: PASSWORD })).body).token as string
    for (let n = 0; n < LIMITS.appliesPerProgramPerDay; n++) {
      const applied = await json('127.0.0.9', '/api/applications', applicationData(program.id), 'POST', token)
      expect(applied.status, applied.body).toBe(201)
      const id = JSON.parse(applied.body).doc.id
      expect((await json('127.0.0.9', `/api/applications/${id}`, { status: 'withdrawn' }, 'PATCH', token)).status).toBe(200)
    }
    const before = (await suite.payload.count({ collection: 'applications', overrideAccess: true })).totalDocs
    const refused = await json('127.0.0.9', '/api/applications', applicationData(program.id), 'POST', token)
    expect(refused.status).toBe(429)
    expect(JSON.parse(refused.body).errors[0].message).toMatch(/신청과 철회를 너무 많이 했습니다/)
    expect((await suite.payload.count({ collection: 'applications', overrideAccess: true })).totalDocs).toBe(before)
    // Another program is not affected.
    const other = await recruitingProgram(suite.payload, suite.world)
    expect((await json('127.0.0.9', '/api/applications', applicationData(other.id), 'POST', token)).status).toBe(201)
  })
})
