/**
 * server/security/headers.ts on a small Express app (the same middleware server/server.ts mounts first):
 * which headers each family of pages gets, no Referer from token pages, HSTS only over https,
 * and compression of text.
 */
import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { pageFamily, PERMISSIONS_POLICY, referrerPolicyFor, securityHeaders } from '../../server/security/headers'

type Served = { url: string; close: () => void }
const servers: Served[] = []

async function serve(secure: boolean): Promise<Served> {
  const app = express()
  app.use(...securityHeaders({ secure }))
  app.get('/big.json', (_req, res) => { res.json({ items: Array.from({ length: 500 }, (_, i) => ({ id: i, title: `2027년 상생 프로그램 ${i}` })) }) })
  app.use((_req, res) => { res.type('html').send(`<!doctype html><title>t</title>${'<p>상생누리</p>'.repeat(200)}`) })
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const served = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }
  servers.push(served)
  return served
}

let http: Served
let https: Served
beforeAll(async () => {
  http = await serve(false)
  https = await serve(true)
})
afterAll(() => servers.forEach((s) => s.close()))

const csp = (res: Response) => res.headers.get('content-security-policy') ?? ''

describe('which family a path belongs to', () => {
  test.each([
    ['/', 'site'], ['/programs/12/', 'site'], ['/login/', 'site'], ['/api/programs', 'site'],
    ['/admin', 'admin'], ['/admin/collections/programs', 'admin'], ['/_next/static/x.js', 'admin'],
    ['/api/media/file/a.png', 'file'], ['/api/private-files/file/a.pdf', 'file'], ['/newsletter-images/abc.webp', 'file'],
    ['/newsletter/2026-11/', 'edition'], ['/newsletter/', 'site'], ['/administrator', 'site'], ['/api/newsletters/3/preview', 'preview'],
  ] as const)('%s → %s', (path, family) => expect(pageFamily(path)).toBe(family))

  test.each([
    ['/reset/abc/', 'same-origin'], ['/api/subscribers/preferences', 'no-referrer'], ['/api/alerts/unsubscribe', 'no-referrer'],
    ['/my/', 'strict-origin-when-cross-origin'], ['/login/', 'strict-origin-when-cross-origin'],
  ] as const)('%s → Referrer-Policy %s', (path, policy) => expect(referrerPolicyFor(path)).toBe(policy))
})

describe('headers by family', () => {
  test('site and member pages: a strict CSP, never framed, no sniffing, the referrer trimmed, no HSTS over http', async () => {
    for (const path of ['/', '/programs/1/', '/login/', '/api/programs']) {
      const res = await fetch(`${http.url}${path}`)
      const policy = csp(res)
      for (const part of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
        expect(policy, path).toContain(part)
      }
      expect(policy).not.toContain('unsafe-inline')
      expect(policy).not.toContain('upgrade-insecure-requests')
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('x-frame-options')).toBe('DENY')
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('permissions-policy')).toBe(PERMISSIONS_POLICY)
      expect(res.headers.get('strict-transport-security')).toBeNull()
    }
  })

  test('the admin may frame itself and run its inline scripts; files get no CSP and may be shown elsewhere (webmail)', async () => {
    const admin = await fetch(`${http.url}/admin`)
    expect(csp(admin)).toContain("frame-ancestors 'self'")
    expect(admin.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    const image = await fetch(`${http.url}/newsletter-images/abc.webp`)
    expect(image.headers.get('content-security-policy')).toBeNull()
    expect(image.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    expect(image.headers.get('x-content-type-options')).toBe('nosniff')
  })

  test('the web edition of a newsletter keeps its inline styles, nothing else', async () => {
    const policy = csp(await fetch(`${http.url}/newsletter/2026-11/`))
    expect(policy).toContain("style-src 'self' 'unsafe-inline'")
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'")
  })

  test('a page whose address holds a token sends no Referer to other sites (its own form posts keep their Origin)', async () => {
    expect((await fetch(`${http.url}/reset/0123456789abcdef/`)).headers.get('referrer-policy')).toBe('same-origin')
    expect((await fetch(`${http.url}/api/subscribers/preferences?token=x`)).headers.get('referrer-policy')).toBe('no-referrer')
  })

  test('the admin\'s newsletter preview: the e-mail\'s inline styles, framed by the admin only', async () => {
    const res = await fetch(`${http.url}/api/newsletters/3/preview?variant=email`)
    expect(csp(res)).toContain("frame-ancestors 'self'")
    expect(csp(res)).toContain("style-src 'self' 'unsafe-inline'")
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
  })

  test('over https: HSTS and upgrade-insecure-requests', async () => {
    const res = await fetch(`${https.url}/`)
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000')
    expect(csp(res)).toContain('upgrade-insecure-requests')
  })
})

describe('compression', () => {
  test.each(['br', 'gzip'])('%s for HTML and JSON when the client takes it', async (encoding) => {
    for (const path of ['/', '/big.json']) {
      const res = await fetch(`${http.url}${path}`, { headers: { 'accept-encoding': encoding } })
      expect(res.headers.get('content-encoding'), path).toBe(encoding)
      expect((await res.text()).length).toBeGreaterThan(1000)
    }
  })
  test('nothing for a client that does not ask', async () => {
    const res = await fetch(`${http.url}/`, { headers: { 'accept-encoding': 'identity' } })
    expect(res.headers.get('content-encoding')).toBeNull()
  })
})
