/**
 * server/security/crossSite.ts: which origins are ours, what Sec-Fetch-Site a request is judged by,
 * and which state-changing requests are refused (and why) — plus the middleware on a small
 * Express app, as server/server.ts mounts it.
 */
import os from 'node:os'
import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parseAllowedOrigins, originAllowlist } from '../../kernel/settings/origins'
import { readEnv } from '../../kernel/settings/env'
import { crossSiteGuard, crossSiteVerdict, effectiveFetchSite, hasSessionCookie } from '../../server/security/crossSite'

const production = originAllowlist({ siteUrl: 'https://winwinnuri.kr', allowedOrigins: ['https://partner.example.kr'], production: true })
const demo = originAllowlist({ siteUrl: 'http://localhost:3000', allowedOrigins: [], production: false })
const lanAddress = Object.values(os.networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal)?.address

describe('our origins', () => {
  test('production: SITE_URL and ALLOWED_ORIGINS exactly, nothing local', () => {
    expect(production.allows('https://winwinnuri.kr')).toBe(true)
    expect(production.allows('https://partner.example.kr')).toBe(true)
    for (const other of ['http://winwinnuri.kr', 'https://winwinnuri.kr:8443', 'https://evil.example', 'http://localhost:3000', 'http://127.0.0.1:3000', 'null', '']) {
      expect(production.allows(other), other).toBe(false)
    }
  })

  test('outside production: this machine on any port (loopback and its own addresses), never another host', () => {
    for (const local of ['http://localhost:3000', 'http://localhost:5173', 'http://127.0.0.1:49152', 'http://[::1]:3000']) expect(demo.allows(local), local).toBe(true)
    if (lanAddress) expect(demo.allows(`http://${lanAddress}:3000`)).toBe(true)
    for (const other of ['http://evil.example:3000', 'http://10.255.255.1:3000', 'https://localhost.evil.example', 'http://localhost:3000/path', 'javascript:alert(1)']) {
      expect(demo.allows(other), other).toBe(false)
    }
  })

  test("Payload's csrf and cors read the list with includes and indexOf: both answer by the rule", () => {
    expect(demo.includes('http://127.0.0.1:40000')).toBe(true)
    expect(demo.indexOf('http://127.0.0.1:40000')).toBeGreaterThanOrEqual(0)
    expect(production.includes('http://127.0.0.1:40000')).toBe(false)
    expect(production.indexOf('https://evil.example')).toBe(-1)
    expect(production.length).toBeGreaterThan(0) // an empty csrf list would turn Payload's check off
    expect(Array.isArray(production.map((o) => o))).toBe(true)
  })

  test('ALLOWED_ORIGINS takes bare http(s) origins, comma- or space-separated; anything else stops the start', () => {
    expect(parseAllowedOrigins('https://a.kr, http://192.168.0.10:3000  https://b.kr/')).toEqual(['https://a.kr', 'http://192.168.0.10:3000', 'https://b.kr'])
    expect(parseAllowedOrigins(undefined)).toEqual([])
    for (const bad of ['https://a.kr/admin', 'ftp://a.kr', 'a.kr', 'https://user:pw@a.kr']) expect(() => parseAllowedOrigins(bad), bad).toThrow(/ALLOWED_ORIGINS/)
    expect(readEnv({ ALLOWED_ORIGINS: 'https://lan.example.kr' }).allowedOrigins).toEqual(['https://lan.example.kr'])
  })
})

describe('the Sec-Fetch-Site a request is judged by', () => {
  test('a read without Origin is a visit (a webmail link keeps the session), whatever the browser said', () => {
    expect(effectiveFetchSite({ method: 'GET' }, demo)).toBe('none')
    expect(effectiveFetchSite({ method: 'GET', fetchSite: 'cross-site', referer: 'https://mail.example/' }, production)).toBe('none')
  })

  test('plain http (no Sec-Fetch-Site): derived from Origin, else Referer; unknown for a write with neither', () => {
    expect(effectiveFetchSite({ method: 'POST', origin: 'http://127.0.0.1:4000' }, demo)).toBe('same-origin')
    expect(effectiveFetchSite({ method: 'POST', origin: 'https://evil.example' }, demo)).toBe('cross-site')
    expect(effectiveFetchSite({ method: 'POST', origin: 'null', referer: 'http://localhost:3000/admin' }, demo)).toBe('same-origin')
    expect(effectiveFetchSite({ method: 'POST', referer: 'https://evil.example/page' }, demo)).toBe('cross-site')
    expect(effectiveFetchSite({ method: 'POST' }, demo)).toBeUndefined()
  })

  test("what a secure browser sent stands for writes", () => {
    expect(effectiveFetchSite({ method: 'POST', fetchSite: 'cross-site', origin: 'https://winwinnuri.kr' }, production)).toBe('cross-site')
  })
})

describe('which writes are refused', () => {
  const verdict = (request: Partial<Parameters<typeof crossSiteVerdict>[0]>) =>
    crossSiteVerdict({ method: 'POST', hasSession: true, tokenPath: false, ...request }, production)

  test('a foreign Origin never acts, signed in or not', () => {
    expect(verdict({ origin: 'https://evil.example' })).toBe('foreign-origin')
    expect(verdict({ origin: 'https://evil.example', hasSession: false })).toBe('foreign-origin')
    expect(verdict({ origin: 'https://winwinnuri.kr:444' })).toBe('foreign-origin')
    expect(verdict({ origin: 'https://winwinnuri.kr' })).toBe('allow')
  })

  test('with the session cookie and no Origin: only what the browser says is ours', () => {
    expect(verdict({})).toBe('unknown-origin')
    expect(verdict({ origin: 'null', fetchSite: 'cross-site' })).toBe('unknown-origin')
    expect(verdict({ fetchSite: 'same-origin' })).toBe('allow')
  })

  test('no cookie, or a subscription-token address (RFC 8058 one-click has no Origin): the token decides', () => {
    expect(verdict({ hasSession: false })).toBe('allow')
    expect(verdict({ tokenPath: true, origin: 'null' })).toBe('allow')
  })

  test('reads are never refused here (Payload ignores the cookie of a foreign Origin)', () => {
    expect(verdict({ method: 'GET', origin: 'https://evil.example' })).toBe('allow')
  })

  test("the session cookie is Payload's, by prefix", () => {
    expect(hasSessionCookie('a=1; payload-token=abc', 'payload')).toBe(true)
    expect(hasSessionCookie('payload-token=', 'payload')).toBe(false)
    expect(hasSessionCookie('xpayload-token=abc', 'payload')).toBe(false)
  })
})

describe('the middleware', () => {
  let url = ''
  let close = () => {}
  const seen: (string | undefined)[] = []
  beforeAll(async () => {
    const app = express()
    app.use(crossSiteGuard(production, 'payload', (message) => `<p>${message}</p>`))
    app.use((req, res) => {
      seen.push(req.headers['sec-fetch-site'] as string | undefined)
      res.json({ ok: true })
    })
    const server = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    close = () => server.close()
  })
  afterAll(() => close())

  test('refuses with a Korean reason: JSON under /api, a page elsewhere; passes ours and fills in Sec-Fetch-Site', async () => {
    const api = await fetch(`${url}/api/users/1`, { method: 'PATCH', headers: { origin: 'https://evil.example', cookie: 'payload-token=x', 'content-type': 'application/json' }, body: '{}' })
    expect(api.status).toBe(403)
    expect((await api.json()).errors[0].message).toContain('다른 사이트에서 보낸 요청은 처리하지 않습니다')
    const page = await fetch(`${url}/my/profile/`, { method: 'POST', headers: { cookie: 'payload-token=x' } })
    expect(page.status).toBe(403)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(await page.text()).toContain('Origin')
    const ours = await fetch(`${url}/api/users/1`, { method: 'PATCH', headers: { origin: 'https://winwinnuri.kr', cookie: 'payload-token=x' } })
    expect(ours.status).toBe(200)
    expect(seen.at(-1)).toBe('same-origin')
  })
})
