/**
 * The front door's limits on the real `npm start` server (issue 12), where Next bundles each way
 * in — REST, GraphQL, the admin — with its own copy of our modules: the counters must still be one
 * per process, so a sign-in slowed down on REST is slowed down on GraphQL too, and sign-ups made
 * through either count together. Also: a path that is not valid percent-encoding is a 400, not a
 * 500. No browser needed: plain HTTP from this process (127.0.0.1), and from 127.0.0.2 for the
 * owner elsewhere.
 */
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { LIMITS } from '../../cms/security/throttle'
import { DEMO_PASSWORD } from '../../seed/data/users'
import { startServer, type RunningServer } from '../helpers/server'

let server: RunningServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server?.stop()
})

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: any }

function post(path: string, data: unknown, from = '127.0.0.1'): Promise<Answer> {
  const url = new URL(path, server.url)
  const body = JSON.stringify(data)
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress: from, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : null }))
    })
    req.on('error', reject)
    req.end(body)
  })
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
    const res = await fetch(`${server.url}${path}`)
    expect(res.status, path).toBe(400)
    expect((await res.json()).errors[0].message).toMatch(/주소가 올바르지 않습니다/)
  }
  expect((await fetch(`${server.url}/programs/%ZZ/`)).status).toBe(400)
})

describe('security headers on every route family of the real server (cms/security/headers.ts)', () => {
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers, redirect: 'manual' })

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
  expect((await fetch(`${server.url}/feed.xml`)).headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
  expect((await fetch(`${server.url}/feed.json`)).headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
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
    } finally {
      await running.stop()
    }
  })
})
