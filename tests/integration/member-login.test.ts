/**
 * /login/ and /logout/ on the real Express app around Payload: sign-in sets Payload's cookie and
 * goes back to a local `next` only, wrong credentials and too many tries get Korean pages that
 * reveal nothing else, sign-out ends the session on the server too.
 */
import { describe, expect, test } from 'vitest'
import { WRONG_CREDENTIALS } from '../../members/routes/auth'
import { as, PASSWORD, signUpData } from '../helpers/fixtures'
import { PageSession, signedIn } from '../helpers/pageSession'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload({ world: true, pages: true })

const visitor = () => new PageSession(suite.server.url)

describe('signing in', () => {
  test('the form is a personal page with labelled fields', async () => {
    const res = await fetch(`${suite.server.url}/login/?next=%2Fmy%2Fprofile%2F`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const html = await res.text()
    expect(html).toContain('<label for="f-email">')
    expect(html).toContain('name="next" value="/my/profile/"')
  })

  test('right credentials: cookie set, 303 to the local next path, and the cookie opens /my/', async () => {
    const session = visitor()
    const res = await session.post('/login/', { email: suite.world.users.member.email, password: PASSWORD, next: '/my/profile/' })
    expect(res.status).toBe(303)
    expect(res.location).toBe('/my/profile/')
    expect(res.setCookies.find((c) => c.startsWith('payload-token='))).toMatch(/HttpOnly/i)
    const my = await session.get('/my/')
    expect(my.status).toBe(200)
    expect(my.html).toContain(suite.world.users.member.name)
  })

  test.each(['//evil.example/', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', '/\t/evil.example', '/\r\n/evil.example', ''])(
    'next=%j cannot send anyone off the site: /my/', async (next) => {
      const res = await visitor().post('/login/', { email: suite.world.users.member2.email, password: PASSWORD, next })
      expect(res.status).toBe(303)
      expect(res.location).toBe('/my/')
    },
  )

  test('a signed-in visitor of /login/ goes on to the (safe) next path', async () => {
    const session = await signedIn(suite.server.url, suite.world.users.member2.email, PASSWORD)
    expect((await session.get('/login/?next=%2F%2Fevil.example')).location).toBe('/my/')
    expect((await session.get('/login/?next=%2Fmy%2Fprofile%2F')).location).toBe('/my/profile/')
  })

  test('wrong password and unknown e-mail: the same 400 Korean page, no cookie', async () => {
    const wrong = await visitor().post('/login/', { email: suite.world.users.member.email, password: 'not-the-password' })
    const unknown = await visitor().post('/login/', { email: 'nobody@test.kr', password: 'not-the-password' })
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(400)
      expect(res.doc.querySelector('#login-error')?.text).toBe(WRONG_CREDENTIALS)
      expect(res.setCookies.some((c) => /^payload-token=[^;]+/.test(c))).toBe(false)
      expect(res.html).not.toContain('not-the-password')
    }
    // Nothing else differs between the two answers but the e-mail put back in the form.
    const strip = (html: string, email: string) => html.replaceAll(email, '')
    expect(strip(wrong.html, suite.world.users.member.email)).toBe(strip(unknown.html, 'nobody@test.kr'))
  })

  test('missing fields: 400 with a message', async () => {
    const res = await visitor().post('/login/', { email: '', password: '' })
    expect(res.status).toBe(400)
    expect(res.doc.querySelector('#login-error')?.text).toMatch(/이메일과 비밀번호/)
  })

  test('after five failures from one address that address waits (429, Retry-After, in Korean), even with the right password', async () => {
    const email = 'lock-me@test.kr'
    await suite.payload.create({ collection: 'users', data: signUpData(email, '잠금 시험'), ...as(undefined) })
    for (let i = 0; i < 5; i++) {
      expect((await visitor().post('/login/', { email, password: `wrong-${i}-password` })).status).toBe(400)
    }
    const res = await visitor().post('/login/', { email, password: PASSWORD })
    expect(res.status).toBe(429)
    expect(res.doc.querySelector('#login-error')?.text).toMatch(/^로그인 시도가 너무 많습니다\. 1분 뒤에 다시 시도해 주세요\./)
  })

  test('a form posted from another site is refused', async () => {
    const res = await visitor().post('/login/', { email: suite.world.users.member.email, password: PASSWORD }, { origin: 'https://evil.example' })
    expect(res.status).toBe(403)
  })
})

describe('the member area needs a session', () => {
  test('anonymous /my/ and /my/profile/ go to /login/ with next', async () => {
    expect((await visitor().get('/my/')).location).toBe('/login/?next=%2Fmy%2F')
    expect((await visitor().get('/my/profile/')).location).toBe('/login/?next=%2Fmy%2Fprofile%2F')
  })
})

describe('signing out', () => {
  test('POST /logout/ drops the cookie, goes home, and the old token no longer works', async () => {
    const session = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const oldCookie = session.cookie
    const res = await session.post('/logout/')
    expect(res.status).toBe(303)
    expect(res.location).toBe('/')
    expect(session.cookie).toBe('')
    const replay = new PageSession(suite.server.url)
    replay.cookie = oldCookie
    expect((await replay.get('/my/')).status).toBe(303)
  })

  test('GET /logout/ shows a button, not a sign-out', async () => {
    const session = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const page = await session.get('/logout/')
    expect(page.status).toBe(200)
    expect(page.doc.querySelector('main form[action="/logout/"] button')).toBeTruthy()
    expect((await session.get('/my/')).status).toBe(200)
  })
})
