/**
 * The front (server/front.ts) on loopback, in front of a real HTTP server that records what
 * reaches it: the site's files answered without it, everything else passed on with the client's
 * address under this start's token, a 503 in Korean while it is not there. And the two plain
 * functions it rests on: isSiteFile (server/siteFiles.ts) and the address handoff
 * (kernel/http/clientAddress.ts).
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import express from 'express'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CLIENT_IP_HEADER, clientAddressRecorder, FRONT_CLIENT_HEADER, frontClientAddress, frontClientHeader } from '../../kernel/http/clientAddress'
import { createFront } from '../../server/front'
import { announceHugeBody, httpRequest } from '../helpers/httpRequest'
import { isSiteFile, siteDir } from '../../server/siteFiles'

const TOKEN = 'a'.repeat(43)

const request = (port: number, method: string, urlPath: string, headers: Record<string, string> = {}, body?: string) =>
  httpRequest({ host: '127.0.0.1', port, method, path: urlPath, headers }, body)

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))
}

describe('isSiteFile: what the front may send itself, by the rules express.static serves the site with', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winwinnuri-front-'))
  beforeAll(() => {
    fs.mkdirSync(path.join(dir, 'programs', '7'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'index.html'), '<h1>home</h1>')
    fs.writeFileSync(path.join(dir, 'programs', '7', 'index.html'), '<h1>7</h1>')
    fs.writeFileSync(path.join(dir, 'about.html'), 'about')
    fs.writeFileSync(path.join(dir, 'feed.xml'), '<feed/>')
    fs.writeFileSync(path.join(dir, '.secret'), 'no')
    fs.writeFileSync(path.join(dir, '한글.txt'), '가')
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  test.each([
    ['/', true],
    ['/programs/7/', true],
    ['/feed.xml', true],
    ['/about', true], // the .html extension, as express.static's `extensions`
    [`/${encodeURIComponent('한글')}.txt`, true],
    ['/programs/7', false], // a folder without its slash: the server's redirect
    ['/programs/8/', false],
    ['/.secret', false],
    ['/programs/7/../../.secret', false],
    ['/%2e%2e/%2e%2e/etc/passwd', false],
    ['/../../etc/passwd', false],
    ['/%ZZ', false],
    ['/index.html%00', false],
    ['/api/programs', false],
    ['/admin', false],
    [`/${'a'.repeat(10_000)}`, false],
    ['/%01%7f', false],
  ])('%s → %s', (urlPath, expected) => {
    expect(isSiteFile(dir, urlPath)).toBe(expected)
  })
})

describe('the client address the front hands on (frontClientAddress, clientAddressRecorder)', () => {
  test('only with this start\'s token, and only a plain address', () => {
    expect(frontClientAddress(frontClientHeader(TOKEN, '203.0.113.9'), TOKEN)).toBe('203.0.113.9')
    expect(frontClientAddress(frontClientHeader(TOKEN, '2001:db8::1'), TOKEN)).toBe('2001:db8::1')
    expect(frontClientAddress(frontClientHeader('b'.repeat(43), '203.0.113.9'), TOKEN)).toBeNull()
    expect(frontClientAddress(frontClientHeader(TOKEN.slice(1), '203.0.113.9'), TOKEN)).toBeNull()
    expect(frontClientAddress(frontClientHeader(TOKEN, '203.0.113.9'), undefined)).toBeNull()
    expect(frontClientAddress(TOKEN, TOKEN)).toBeNull()
    expect(frontClientAddress(frontClientHeader(TOKEN, '1.2.3.4, 5.6.7.8'), TOKEN)).toBeNull()
    expect(frontClientAddress(frontClientHeader(TOKEN, `x${'9'.repeat(100)}`), TOKEN)).toBeNull()
    expect(frontClientAddress([frontClientHeader(TOKEN, '203.0.113.9')], TOKEN)).toBeNull()
  })

  test('the server counts the named address with the token, its socket\'s peer otherwise, and never passes the header on', async () => {
    const app = express()
    app.use(clientAddressRecorder(TOKEN))
    app.use((req, res) => res.json({ address: req.headers[CLIENT_IP_HEADER], leftover: req.headers[FRONT_CLIENT_HEADER] ?? null }))
    const server = http.createServer(app)
    const port = await listen(server)
    try {
      const seen = async (headers: Record<string, string>) => JSON.parse((await request(port, 'GET', '/', headers)).body)
      expect(await seen({ [FRONT_CLIENT_HEADER]: frontClientHeader(TOKEN, '203.0.113.9') })).toEqual({ address: '203.0.113.9', leftover: null })
      expect(await seen({ [FRONT_CLIENT_HEADER]: frontClientHeader('guessed', '203.0.113.9') })).toEqual({ address: '127.0.0.1', leftover: null })
      expect(await seen({ [CLIENT_IP_HEADER]: '198.51.100.1' })).toEqual({ address: '127.0.0.1', leftover: null })
      expect(await seen({})).toEqual({ address: '127.0.0.1', leftover: null })
    } finally {
      server.close()
    }
  })
})

describe('createFront before a real server', () => {
  const seen: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }[] = []
  const upstream = http.createServer((req, res) => {
    if (Number(req.headers['content-length'] ?? 0) > 1_000_000) {
      // As the server does: refused on its announced length, before a byte of the body is read.
      res.writeHead(413, { 'content-type': 'application/json', connection: 'close' })
      return res.end(JSON.stringify({ errors: [{ message: '요청이 너무 큽니다.' }] }))
    }
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
      res.writeHead(req.url === '/gone' ? 404 : 200, { 'content-type': 'application/json', 'x-from': 'server' })
      res.end(JSON.stringify({ ok: true }))
    })
  })
  let upstreamPort: number | null = null
  let frontPort = 0
  const front = http.createServer(createFront({ token: TOKEN, upstreamPort: () => upstreamPort }))
  const home = fs.readFileSync(path.join(siteDir(), 'index.html'), 'utf8')

  beforeAll(async () => {
    upstreamPort = await listen(upstream)
    frontPort = await listen(front)
  })
  afterAll(() => {
    front.close()
    upstream.close()
  })

  test('a page of the live site: its bytes and the site\'s headers, the server not asked', async () => {
    const before = seen.length
    const page = await request(frontPort, 'GET', '/')
    expect(page.status).toBe(200)
    expect(page.body).toBe(home)
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers['permissions-policy']).toContain('camera=()')
    expect((await request(frontPort, 'HEAD', '/')).status).toBe(200)
    expect(seen.length).toBe(before)
  })

  test('everything else reaches the server as sent, with the client named under the token; a client\'s own claim is replaced', async () => {
    const answer = await request(frontPort, 'POST', '/api/programs/1/submit?x=1', { 'content-type': 'text/plain', origin: 'https://evil.example', [FRONT_CLIENT_HEADER]: frontClientHeader('forged', '198.51.100.7') }, 'hello')
    expect([answer.status, answer.headers['x-from']]).toEqual([200, 'server'])
    const got = seen.at(-1)!
    expect([got.method, got.url, got.body, got.headers.origin, got.headers['content-type']]).toEqual(['POST', '/api/programs/1/submit?x=1', 'hello', 'https://evil.example', 'text/plain'])
    expect(got.headers[FRONT_CLIENT_HEADER]).toBe(frontClientHeader(TOKEN, '127.0.0.1'))
    expect(got.headers.host).toBe(`127.0.0.1:${frontPort}`)
    for (const urlPath of ['/admin', '/api/users/%ZZ', '/my/', '/programs/1/apply', '/no-such-page/', '/.env']) {
      await request(frontPort, 'GET', urlPath)
      expect(seen.at(-1)!.url).toBe(urlPath)
    }
    expect((await request(frontPort, 'GET', '/gone')).status).toBe(404)
  })

  test('50 MB announced and nothing sent: the server\'s 413 reaches the client at once (the headers are not held back for the body)', async () => {
    const answer = await announceHugeBody(frontPort, '/api/users', 5_000)
    expect(answer).toMatch(/^HTTP\/1\.1 413 /)
    expect(answer).toContain('요청이 너무 큽니다')
  })

  test('while the server is not there: 503 in Korean (JSON under /api), the site still served', async () => {
    const port = upstreamPort
    upstreamPort = null
    try {
      const api = await request(frontPort, 'GET', '/api/programs')
      expect(api.status).toBe(503)
      expect(JSON.parse(api.body).errors[0].message).toMatch(/잠시 후 다시 시도해 주세요/)
      const page = await request(frontPort, 'GET', '/my/')
      expect([page.status, page.headers['retry-after']]).toEqual([503, '5'])
      expect(page.body).toMatch(/서버를 준비하고 있거나/)
      expect((await request(frontPort, 'GET', '/')).status).toBe(200)
      // A port nothing listens on (the server ended): the same answer.
      const closed = http.createServer()
      upstreamPort = await listen(closed)
      await new Promise((resolve) => closed.close(resolve))
      expect((await request(frontPort, 'GET', '/api/programs')).status).toBe(503)
    } finally {
      upstreamPort = port
    }
    expect((await request(frontPort, 'GET', '/api/programs')).status).toBe(200)
  })
})
