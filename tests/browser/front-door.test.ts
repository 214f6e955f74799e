/**
 * The front door's limits on the real `npm start` server (issue 12), where Next bundles each way
 * in — REST, GraphQL, the admin — with its own copy of our modules: the counters must still be one
 * per process, so a sign-in slowed down on REST is slowed down on GraphQL too, and sign-ups made
 * through either count together. Also: a path that is not valid percent-encoding is a 400, not a
 * 500. Plain HTTP from this process (127.0.0.1), and from 127.0.0.2 for the owner elsewhere.
 *
 * Issue 13's attacks, tried again on the real build (the route files Next compiles, GraphQL's
 * cost rule in its bundle): each a Korean 4xx, nothing stored, the server answering throughout;
 * and the admin over plain http at this machine's LAN address, where Chromium sends no
 * Sec-Fetch-Site, still signs in.
 */
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { adminLogin } from '../helpers/admin'
import { launchBrowser, screenshotOnFailure } from '../helpers/browser'
import { bootBrowserSuite } from '../helpers/browserSuite'
import { LIMITS } from '../../kernel/http/throttle'
import { DEMO_PASSWORD } from '../../seed/data/users'
import { runCli } from '../helpers/cli'
import { announceHugeBody, httpRequest } from '../helpers/httpRequest'
import { serverProcess, startServer } from '../helpers/server'
import { FRONT_CLIENT_HEADER } from '../../kernel/http/clientAddress'

// The server only: the one test that needs Chromium opens its own.
const suite = bootBrowserSuite({ browser: false })

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: any }

async function post(path: string, data: unknown, from = '127.0.0.1', headers: Record<string, string> = {}): Promise<Answer> {
  const url = new URL(path, suite.server.url)
  const body = JSON.stringify(data)
  const answer = await httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress: from, headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, body)
  return { ...answer, body: answer.body ? JSON.parse(answer.body) : null }
}

const graphql = (query: string, from?: string) => post('/api/graphql', { query }, from)

describe('one set of counters for REST and GraphQL', () => {
  test('after five wrong passwords on REST, GraphQL\'s loginUser with the right one waits too; the owner elsewhere signs in', async () => {
    const email = 'editor@winwinnuri.test'
    for (let n = 0; n < LIMITS.loginFreeFailures; n++) expect((await post('/api/users/login', { email, password: `wrong-${n}-password` })).status).toBe(401)
    const viaGraphql = await graphql(`mutation { loginUser(email: "${email}", password: "${DEMO_PASSWORD}") { token } }`)
    expect(viaGraphql.body.data?.loginUser ?? null).toBeNull()
    expect(viaGraphql.body.errors[0].message).toMatch(/^로그인 시도가 너무 많습니다/)
    const owner = await post('/api/users/login', { email, password: DEMO_PASSWORD }, '127.0.0.2')
    expect(owner.status).toBe(200)
  })

  test('sign-ups through REST and GraphQL count together: after the hour\'s REST sign-ups, GraphQL\'s createUser is refused', async () => {
    const from = '127.0.0.3'
    for (let n = 0; n < LIMITS.signUpsPerAddressPerHour; n++) {
      expect((await post('/api/users', { email: `rest-${n}@flood.example`, password: 'flood-password-1', name: '가입' }, from)).status).toBe(201)
    }
    const viaGraphql = await graphql('mutation { createUser(data: { email: "gql@flood.example", password: "flood-password-1", name: "가입", role: member }) { id } }', from)
    expect(viaGraphql.body.data?.createUser ?? null).toBeNull()
    expect(viaGraphql.body.errors[0].message).toMatch(/가입이 너무 많았습니다/)
  })
})

test('a path that is not valid percent-encoding: 400 in Korean, not a 500', async () => {
  for (const path of ['/api/users/%ZZ', '/api/users/%ZZ/membership', '/api/%C0%AF']) {
    const res = await fetch(`${suite.server.url}${path}`)
    expect(res.status, path).toBe(400)
    expect((await res.json()).errors[0].message).toMatch(/주소가 올바르지 않습니다/)
  }
  expect((await fetch(`${suite.server.url}/programs/%ZZ/`)).status).toBe(400)
})

describe('the front on the public port (server/front.ts, in the npm start launcher)', () => {
  test('with the server process stopped, the site\'s pages still load whole from the front; the API waits and answers once it runs again', async () => {
    const pid = serverProcess(suite.server.dataDir)
    expect(pid).not.toBeNull()
    process.kill(pid!, 'SIGSTOP')
    try {
      for (const page of ['/', '/programs/', '/programs/page/2/', '/feed.xml']) {
        const answer = await fetch(`${suite.server.url}${page}`, { signal: AbortSignal.timeout(5_000) })
        expect([page, answer.status]).toEqual([page, 200])
        expect(await answer.text()).toMatch(page === '/feed.xml' ? /<feed/ : /상생누리/)
      }
      await expect(fetch(`${suite.server.url}/api/programs?limit=1`, { signal: AbortSignal.timeout(1_500) })).rejects.toThrow()
    } finally {
      process.kill(pid!, 'SIGCONT')
    }
    expect((await fetch(`${suite.server.url}/api/programs?limit=1`)).status).toBe(200)
  })

  test('a public port already in use: npm start ends at once with code 1, in Korean, before the server touches a data folder', async () => {
    const taken = net.createServer()
    await new Promise<void>((resolve) => taken.listen(0, resolve))
    const { port } = taken.address() as net.AddressInfo
    const dataDir = path.join(os.tmpdir(), `winwinnuri-port-taken-${process.pid}`)
    try {
      const result = await runCli('start', [], { env: { PORT: String(port), WINWINNURI_DATA_DIR: dataDir, DATABASE_URI: '', NODE_ENV: 'development' } })
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(`서버를 시작할 수 없습니다 (포트 ${port})`)
      expect(fs.existsSync(path.join(dataDir, 'winwinnuri.db'))).toBe(false)
    } finally {
      taken.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  })

  test('a client cannot choose the address it is counted by: five wrong passwords under five forged front headers still hold the sixth', async () => {
    const email = 'doosan@winwinnuri.test'
    const from = '127.0.0.6'
    for (let n = 0; n < LIMITS.loginFreeFailures; n++) {
      const forged = { [FRONT_CLIENT_HEADER]: `forged-token 198.51.100.${n + 1}`, 'x-forwarded-for': `198.51.100.${n + 1}` }
      expect((await post('/api/users/login', { email, password: `wrong-${n}-password` }, from, forged)).status).toBe(401)
    }
    const sixth = await post('/api/users/login', { email, password: DEMO_PASSWORD }, from, { [FRONT_CLIENT_HEADER]: 'forged-token 198.51.100.99' })
    expect(sixth.status).toBe(429)
    expect(sixth.body.errors[0].message).toMatch(/^로그인 시도가 너무 많습니다/)
    expect((await post('/api/users/login', { email, password: DEMO_PASSWORD }, '127.0.0.7')).status).toBe(200)
  })
})

describe('security headers on every route family of the real server (server/security/headers.ts)', () => {
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${suite.server.url}${path}`, { headers, redirect: 'manual' })

  test('pages, member pages, the API and the admin: CSP, nosniff, framing, referrer, permissions', async () => {
    const programs = await (await get('/api/programs?limit=1&depth=0')).json()
    const programPath = `/programs/${programs.docs[0].id}/`
    const media = await (await get('/api/media?limit=1&depth=0')).json()
    const cases: [string, RegExp][] = [
      ['/', /frame-ancestors 'none'/], [programPath, /frame-ancestors 'none'/], ['/programs/', /script-src 'self' 'wasm-unsafe-eval'/],
      ['/login/', /form-action 'self'/], ['/my/', /object-src 'none'/], ['/api/programs', /default-src 'self'/], ['/admin', /frame-ancestors 'self'/],
    ]
    for (const [path, policy] of cases) {
      const res = await get(path)
      expect(res.status, path).toBeLessThan(500)
      expect(res.headers.get('content-security-policy'), path).toMatch(policy)
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('permissions-policy'), path).toContain('camera=()')
      expect(res.headers.get('x-powered-by'), path).toBeNull()
    }
    const file = await get(`/api/media/file/${encodeURIComponent(media.docs[0].filename)}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-security-policy')).toBeNull()
    expect(file.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
  })

  test('HTML, CSS, JS and JSON are compressed for a client that accepts it', async () => {
    for (const path of ['/', '/programs/', '/assets/site.css', '/assets/search.js', '/api/programs?limit=20']) {
      const res = await get(path, { 'accept-encoding': 'br, gzip' })
      expect(res.headers.get('content-encoding'), path).toMatch(/^(br|gzip)$/)
    }
  })
})

test('the feeds are served with their own media types', async () => {
  expect((await fetch(`${suite.server.url}/feed.xml`)).headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
  expect((await fetch(`${suite.server.url}/feed.json`)).headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
})

/** One request with any method, headers and body; the answer's status, headers and parsed JSON (or text). */
async function send(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer & { text: string }> {
  const url = new URL(path, suite.server.url)
  const answer = await httpRequest({ host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method, headers: { ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}), ...headers } }, body)
  let parsed: any = null
  try { parsed = JSON.parse(answer.body) } catch { parsed = null }
  return { status: answer.status, headers: answer.headers, body: parsed, text: answer.body }
}

describe("issue 13's attacks against npm start: a Korean 4xx each, nothing stored, the server answering", () => {
  let cookie = ''
  let adminId = ''
  const ours = () => ({ origin: suite.server.url, cookie, 'content-type': 'application/json' })
  const healthy = async () => expect((await fetch(`${suite.server.url}/healthz`)).status).toBe(200)

  beforeAll(async () => {
    const login = await send('POST', '/api/users/login', { origin: suite.server.url, 'content-type': 'application/json' }, JSON.stringify({ email: 'admin@winwinnuri.test', password: DEMO_PASSWORD }))
    expect(login.status).toBe(200)
    cookie = String(login.headers['set-cookie']?.[0] ?? '').split(';')[0]
    adminId = String(login.body.user.id)
  })

  test('requests from another site: a foreign Origin is 403 for its reason; text/plain to the review endpoint is 415', async () => {
    const foreign = await send('PATCH', `/api/users/${adminId}`, { ...ours(), origin: 'https://evil.example' }, JSON.stringify({ name: '가로챈 이름' }))
    expect(foreign.status).toBe(403)
    expect(foreign.body.errors[0].message).toMatch(/^다른 사이트에서 보낸 요청은 처리하지 않습니다/)
    const sibling = await send('PATCH', `/api/users/${adminId}`, { ...ours(), origin: 'http://evil.localhost.example:8080' }, JSON.stringify({ name: '가로챈 이름' }))
    expect(sibling.status).toBe(403)
    const plain = await send('POST', '/api/programs/1/review', { ...ours(), 'content-type': 'text/plain' }, JSON.stringify({ decision: 'approve' }))
    expect(plain.status).toBe(415)
    const me = await send('GET', '/api/users/me', { cookie })
    expect(me.body.user.name).not.toBe('가로챈 이름')
  })

  test('GraphQL: the amplification refused by its cost, no schema hints, broken JSON a 400', async () => {
    const aliases = Array.from({ length: 10 }, (_, i) => `a${i}: Programs(limit: 100000) { docs { title } }`).join(' ')
    const amplified = await graphql(`{ ${aliases} }`)
    expect(amplified.body.data ?? null).toBeNull()
    expect(amplified.body.errors[0].message).toMatch(/^GraphQL 질의가 너무 큽니다 \(비용 \d+, 최대 5000\)/)
    const hint = await graphql('{ Programs { docs { reviewNot } } }')
    expect(hint.body.errors[0].message).not.toContain('Did you mean')
    const broken = await send('POST', '/api/graphql', { 'content-type': 'application/json' }, '{"query":')
    expect(broken.status).toBe(400)
    expect(broken.body.errors[0].message).toBe('요청 본문이 올바른 JSON이 아닙니다.')
    await healthy()
  })

  test('bodies and queries that used to be 500s', async () => {
    const cases: [string, Promise<Answer>, number][] = [
      ['POST /api/users null', send('POST', '/api/users', { 'content-type': 'application/json' }, 'null'), 400],
      ['POST /api/users wrong types', send('POST', '/api/users', { 'content-type': 'application/json' }, '{"email":5,"password":["a"],"name":{}}'), 400],
      ['limit=1e309', send('GET', '/api/programs?limit=1e309'), 400],
      ['where title equals[0]', send('GET', '/api/programs?where[title][equals][0]=x'), 400],
      ['where applyStart notadate', send('GET', '/api/programs?where[applyStart][greater_than]=notadate'), 400],
      ['id notanid', send('GET', '/api/programs/notanid'), 404],
      ['/api/companies/versions', send('GET', '/api/companies/versions', { cookie }), 404],
      ['a card with an image that does not exist', send('POST', '/api/card-news', ours(), JSON.stringify({ title: '없는 이미지', category: 'activity', cards: [{ image: 999999, alt: '설명' }] })), 400],
      ['a title of 10,000 characters', send('PATCH', '/api/programs/1', ours(), JSON.stringify({ title: `2027년 ${'가'.repeat(10_000)}` })), 400],
      ['NUL in a title', send('PATCH', '/api/programs/1', ours(), JSON.stringify({ title: '2027년 널\u0000뒤' })), 400],
    ]
    for (const [what, answer, status] of cases) {
      const { status: got, body } = await answer
      expect(got, what).toBe(status)
      expect(String(body?.errors?.[0]?.message ?? ''), what).toMatch(/[가-힣]/)
    }
    const visitors = await send('GET', '/api/programs?limit=100000&depth=0')
    expect(visitors.body.limit).toBe(100)
    await healthy()
  })

  test('50 MB of JSON announced: 413 before a byte of it is read; an oversized form: a Korean 413 page', async () => {
    const { port } = new URL(suite.server.url)
    const answer = await announceHugeBody(Number(port), '/api/users', 20_000)
    expect(answer).toMatch(/^HTTP\/1\.1 413 /)
    expect(answer).toContain('요청이 너무 큽니다')
    const form = await send('POST', '/login/', { origin: suite.server.url, 'content-type': 'application/x-www-form-urlencoded' }, `email=${'a'.repeat(3_000_000)}`)
    expect(form.status).toBe(413)
    expect(form.text).toContain('보낸 내용이 너무 큽니다')
    await healthy()
  })
})

/** This machine's address on its network (not loopback): an origin Chromium treats as plain, insecure http. */
const lanAddress = Object.values(os.networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal)?.address

test.runIf(Boolean(lanAddress))('plain http at the LAN address (no Sec-Fetch-Site from Chromium): the admin signs in and shows the dashboard', async () => {
  const lan = `http://${lanAddress}:${new URL(suite.server.url).port}`
  const { context, close } = await launchBrowser()
  try {
    const page = await context.newPage()
    screenshotOnFailure(page, 'lan-admin')
    const sent: Promise<Record<string, string>>[] = []
    page.on('request', (request) => { if (request.url().startsWith(lan)) sent.push(request.allHeaders()) })
    await adminLogin(page, lan, 'admin@winwinnuri.test')
    await page.reload()
    await page.getByRole('link', { name: '프로그램', exact: true }).first().waitFor({ timeout: 30_000 })
    expect(new URL(page.url()).pathname).toMatch(/^\/admin\/?$/)
    // Chromium sent no Fetch Metadata to this insecure origin: the server derived it.
    const headers = await Promise.all(sent)
    expect(headers.length).toBeGreaterThan(3)
    expect(headers.some((h) => 'sec-fetch-site' in h)).toBe(false)
    const me = await page.evaluate(() => fetch('/api/users/me').then((r) => r.json()))
    expect(me.user.email).toBe('admin@winwinnuri.test')
    await page.screenshot({ path: `${os.tmpdir()}/winwinnuri-lan-admin.png` })
  } finally {
    await close()
  }
})

describe('a production deployment does not start with settings that would send wrong mail', () => {
  const production = { NODE_ENV: 'production', PAYLOAD_SECRET: 'a-long-random-secret-for-this-test-only-0123456789' }

  test('without SITE_URL and MAIL_FROM: refused at start, saying what to set, in Korean too', async () => {
    const refused = await startServer({ env: production, timeoutMs: 180_000 }).then(
      async (running) => { await running.stop(); return '' },
      (error: Error) => error.message,
    )
    expect(refused).toMatch(/server exited early/)
    expect(refused).toContain('SITE_URL')
    expect(refused).toContain('MAIL_FROM')
    expect(refused).toMatch(/운영 모드로 시작할 수 없습니다/)
  })

  test('with a public SITE_URL and a real sender: it starts (no demo data)', async () => {
    const running = await startServer({ env: { ...production, SITE_URL: 'https://winwinnuri.kr', MAIL_FROM: '상생누리 <no-reply@winwinnuri.kr>' }, timeoutMs: 180_000 })
    try {
      const health = await fetch(`${running.url}/healthz`)
      expect(health.status).toBe(200)
      // Over https (SITE_URL): HSTS is sent.
      expect((await fetch(`${running.url}/`)).headers.get('strict-transport-security')).toBe('max-age=31536000')
      // Only SITE_URL's origin is ours in production: this machine's own address is not.
      const login = (origin: string) => fetch(`${running.url}/api/users/login`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ email: 'nobody@winwinnuri.kr', password: 'not-a-password-1' }) })
      expect((await login(running.url)).status).toBe(403)
      expect((await login('https://winwinnuri.kr')).status).toBe(401)
    } finally {
      await running.stop()
    }
  })
})
