/**
 * 비밀번호 찾기 (issue 12, "password reset that keeps the rules"): the reset e-mail caught by a
 * real SMTP server carries an absolute link — the site's /reset/ page for members, the admin's
 * reset view for staff — and the password rule holds on every reset path (the page, REST).
 * Driven through the real Express app (member pages) and Payload's REST handlers.
 */
import { describe, expect, test } from 'vitest'
import { PASSWORD_RESET_SUBJECT } from '../../notifications/messages'
import { FORGOT_SENT } from '../../members/pages/reset'
import { PASSWORD } from '../helpers/fixtures'
import { HANGUL } from '../helpers/expectations'
import { fieldError, PageSession } from '../helpers/pageSession'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload({ smtp: true, world: true, pages: true })
const siteUrl = () => String((suite.payload.config.custom as { siteUrl: string }).siteUrl)

/** Asks for a reset on /forgot/ and returns the link of the e-mail that arrives. */
async function resetLinkFor(email: string): Promise<string> {
  const before = suite.sink.messages.length
  const res = await new PageSession(suite.server.url).post('/forgot/', { email })
  expect(res.status).toBe(200)
  await suite.sink.waitFor(before + 1)
  await suite.sink.settled()
  const mail = suite.sink.to(email).at(-1)!.mail
  expect(mail.subject).toBe(PASSWORD_RESET_SUBJECT)
  const links = [...String(mail.html).matchAll(/href="([^"]+)"/g)].map((m) => m[1]).filter((href) => href.includes('/reset/'))
  expect(links.length).toBeGreaterThan(0)
  return links[0]
}

const canLogIn = async (email: string, password: string) => (await suite.api.post('/users/login', { email, password })).status === 200

describe('a member', () => {
  let link = ''
  test('gets an absolute link to the site\'s /reset/ page, not the admin', async () => {
    link = await resetLinkFor(suite.world.users.member.email)
    expect(link).toMatch(new RegExp(`^${siteUrl().replace(/[.]/g, '\\.')}/reset/[0-9a-f]{40}/$`))
  })

  test('opens the form, is refused a short password and a mismatch on their fields, and nothing changes', async () => {
    const path = new URL(link).pathname
    const page = new PageSession(suite.server.url)
    const form = await page.get(path)
    expect(form.status).toBe(200)
    expect(form.doc.querySelector('h1')?.text).toBe('새 비밀번호 정하기')
    const short = await page.post(path, { password: 'short', passwordConfirm: 'short' })
    expect(short.status).toBe(400)
    expect(fieldError(short, 'password')).toBe('비밀번호는 10자 이상으로 입력해 주세요.')
    const mismatch = await page.post(path, { password: 'long-enough-1234', passwordConfirm: 'long-enough-9999' })
    expect(mismatch.status).toBe(400)
    expect(fieldError(mismatch, 'passwordConfirm')).toMatch(/비밀번호 확인이 비밀번호와 다릅니다/)
    expect(await canLogIn(suite.world.users.member.email, PASSWORD)).toBe(true)
  })

  test('sets a new password, is signed in, and the link then no longer works', async () => {
    const path = new URL(link).pathname
    const page = new PageSession(suite.server.url)
    const done = await page.post(path, { password: 'new-password-2026', passwordConfirm: 'new-password-2026' })
    expect(done.status).toBe(200)
    expect(done.doc.querySelector('[role="status"]')?.text).toMatch(/비밀번호를 바꿨습니다/)
    expect(page.cookie).not.toBe('')
    expect((await page.api('/api/users/me')).body.user.email).toBe(suite.world.users.member.email)
    expect(await canLogIn(suite.world.users.member.email, 'new-password-2026')).toBe(true)
    expect(await canLogIn(suite.world.users.member.email, PASSWORD)).toBe(false)
    const again = await new PageSession(suite.server.url).post(path, { password: 'another-password-1', passwordConfirm: 'another-password-1' })
    expect(again.status).toBe(403)
    expect(again.doc.querySelector('[role="alert"]')?.text).toMatch(/링크가 맞지 않거나 기한\(1시간\)이 지났습니다/)
    expect(await canLogIn(suite.world.users.member.email, 'new-password-2026')).toBe(true)
  })
})

describe('staff', () => {
  test('a company admin\'s link opens the admin\'s own reset view, absolute', async () => {
    const link = await resetLinkFor(suite.world.users.adminA.email)
    expect(link).toMatch(new RegExp(`^${siteUrl().replace(/[.]/g, '\\.')}/admin/reset/[0-9a-f]{40}$`))
  })

  test('REST: a short password is refused on the field in Korean (400) and the token still works after', async () => {
    const link = await resetLinkFor(suite.world.users.adminB.email)
    const token = link.split('/').at(-1)!
    const short = await suite.api.post('/users/reset-password', { token, password: 'short' })
    expect(short.status).toBe(400)
    expect(short.body.errors[0].data.errors[0]).toMatchObject({ path: 'password', message: '비밀번호는 10자 이상으로 입력해 주세요.' })
    expect(await canLogIn(suite.world.users.adminB.email, PASSWORD)).toBe(true)
    const good = await suite.api.post('/users/reset-password', { token, password: 'admin-b-new-password' })
    expect(good.status).toBe(200)
    expect(await canLogIn(suite.world.users.adminB.email, 'admin-b-new-password')).toBe(true)
  })
})

describe('what the form answers, and what an attacker gets', () => {
  test('an address without an account gets the same page and no e-mail', async () => {
    const known = await new PageSession(suite.server.url).post('/forgot/', { email: suite.world.users.editor.email })
    await suite.sink.settled()
    const count = suite.sink.messages.length
    const unknown = await new PageSession(suite.server.url).post('/forgot/', { email: 'nobody-here@test.kr' })
    expect(unknown.status).toBe(known.status)
    const message = (res: typeof known) => res.doc.querySelector('[role="status"]')?.text.trim()
    expect(message(unknown)).toBe(FORGOT_SENT)
    expect(message(known)).toBe(FORGOT_SENT)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(suite.sink.messages.length).toBe(count)
  })

  test.each([
    ['an empty address', { email: '' }, '이메일을 입력해 주세요.'],
    ['not an address', { email: 'not-an-email' }, '올바른 이메일 주소를 입력해 주세요 (예: name@example.kr).'],
    ['10,000 characters', { email: `${'a'.repeat(10_000)}@test.kr` }, '올바른 이메일 주소를 입력해 주세요 (예: name@example.kr).'],
  ])('%s is refused on the field (400)', async (_name, form, message) => {
    const res = await new PageSession(suite.server.url).post('/forgot/', form)
    expect(res.status).toBe(400)
    expect(fieldError(res, 'email')).toBe(message)
  })

  test('a post from another site is refused (403), and a text/plain body finds no address (400)', async () => {
    const foreign = await new PageSession(suite.server.url).post('/forgot/', { email: suite.world.users.member2.email }, { origin: 'https://evil.example' })
    expect(foreign.status).toBe(403)
    const res = await fetch(`${suite.server.url}/forgot/`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: `email=${suite.world.users.member2.email}` })
    expect(res.status).toBe(400)
  })

  test.each([
    ['an unknown token', '0'.repeat(40)],
    ['a 300-character token', 'f'.repeat(300)],
    ['control characters', '%00%0d%0a'],
  ])('/reset/ with %s shows why, with no form (403)', async (_name, token) => {
    const res = await new PageSession(suite.server.url).get(`/reset/${token}/`)
    expect(res.status).toBe(403)
    expect(res.doc.querySelector('form')).toBeNull()
    expect(res.doc.querySelector('[role="alert"]')?.text).toMatch(HANGUL)
    const post = await new PageSession(suite.server.url).post(`/reset/${token}/`, { password: 'long-enough-1234', passwordConfirm: 'long-enough-1234' })
    expect(post.status).toBe(403)
  })

  test('REST with a wrong token: 403 in Korean, before the password is even looked at', async () => {
    const res = await suite.api.post('/users/reset-password', { token: 'f'.repeat(40), password: 'x' })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/비밀번호 재설정 링크가 맞지 않거나/)
  })
})
