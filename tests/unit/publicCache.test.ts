/**
 * server/publicCache.ts on its own: an Express app whose "Next" is a counting stub, around a stand-in
 * Payload (collections, their endpoints and links, a database adapter with writes and transactions).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'
import compression from 'compression'
import express from 'express'
import type { Payload } from 'payload'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { CACHE_HEADER, cacheTtlFromEnv, collectionsBehind, hiddenFromVisitors, publicApiCache } from '../../server/publicCache'

// Payload's own endpoints are one object shared by every collection; a custom one belongs to one.
const findByID = { method: 'get', path: '/:id' }
const count = { method: 'get', path: '/count' }
const find = { method: 'get', path: '/' }
const recommended = { method: 'get', path: '/recommended' }

function fakePayload() {
  const writes: string[] = []
  const db = {
    sessions: {} as Record<string, unknown>,
    async updateOne(args: { collection: string }) {
      writes.push(args.collection)
      return {}
    },
    async deleteOne(args: { collection: string }) {
      writes.push(args.collection)
      return {}
    },
    async beginTransaction() {
      db.sessions.t1 = {}
      return 't1'
    },
    async commitTransaction(id: string) {
      delete db.sessions[id]
    },
    async rollbackTransaction(id: string) {
      delete db.sessions[id]
    },
  }
  const payload = {
    config: { routes: { api: '/api' } },
    db,
    collections: {
      programs: { config: { endpoints: [recommended, count, find, findByID], fields: [{ name: 'details', type: 'group', fields: [{ name: 'company', type: 'relationship', relationTo: 'companies' }] }] } },
      companies: { config: { endpoints: [count, find, findByID], fields: [{ name: 'logo', type: 'upload', relationTo: 'media' }] } },
      media: { config: { endpoints: [count, find, findByID], fields: [{ name: 'uploadedBy', type: 'relationship', relationTo: 'users' }] } },
      // Accounts: no visitor may read one.
      users: { config: { endpoints: [count, find, findByID], fields: [], access: { read: ({ req }: { req: { user: unknown } }) => Boolean(req.user) } } },
      subscribers: { config: { endpoints: [count, find, findByID], fields: [] } },
    },
  }
  return { payload: payload as unknown as Payload, db, writes }
}

type Handler = (req: express.Request, res: express.Response) => void | Promise<void>
let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

async function serve(payload: Payload, handler: Handler, ttlMs = 60_000) {
  const cache = publicApiCache(payload, { ttlMs, collections: ['programs', 'companies'] })
  let calls = 0
  const app = express()
  // As in server/server.ts: compression first, the cache inside it.
  app.use(compression({ threshold: 1024 }))
  app.use(cache.middleware, (req, res, next) => {
    calls += 1
    Promise.resolve(handler(req, res)).catch(next)
  })
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  close = () => new Promise((resolve) => server.close(() => resolve()))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}${path}`, { headers })
    return { status: res.status, cache: res.headers.get(CACHE_HEADER), type: res.headers.get('content-type'), text: await res.text() }
  }
  /** A request as a client writes it, any header included (fetch refuses to set Host). */
  const raw = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; cache: string | null; encoding: string | null; body: Buffer }>((resolve, reject) => {
      const req = http.request(`${url}${path}`, { method, headers, agent: false }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, cache: (res.headers[CACHE_HEADER] as string | undefined) ?? null, encoding: res.headers['content-encoding'] ?? null, body: Buffer.concat(chunks) }),
        )
      })
      req.on('error', reject)
      req.end()
    })
  return { get, raw, calls: () => calls, cache }
}

const json = (body: unknown): Handler => (_req, res) => {
  res.setHeader('content-type', 'application/json')
  res.end(JSON.stringify(body))
}

describe('the anonymous read cache', () => {
  test('a second identical read is a hit, until the TTL runs out', async () => {
    // The clock only: the server's timers run as usual.
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const { payload } = fakePayload()
      const app = await serve(payload, json({ docs: [1, 2] }), 5000)
      expect((await app.get('/api/programs?limit=20')).cache).toBe('miss')
      vi.advanceTimersByTime(4900)
      const hit = await app.get('/api/programs?limit=20')
      expect(hit).toMatchObject({ cache: 'hit', type: 'application/json', text: '{"docs":[1,2]}' })
      expect(app.calls()).toBe(1)
      // Another query string is another answer.
      expect((await app.get('/api/programs?limit=21')).cache).toBe('miss')
      vi.advanceTimersByTime(200)
      expect((await app.get('/api/programs?limit=20')).cache).toBe('miss')
      expect(app.calls()).toBe(3)
    } finally {
      vi.useRealTimers()
    }
  })

  test('reads that miss together make one trip to Payload', async () => {
    const { payload } = fakePayload()
    const app = await serve(payload, async (req, res) => {
      await new Promise((r) => setTimeout(r, 100))
      json({ path: req.url })(req, res)
    })
    const answers = await Promise.all(Array.from({ length: 8 }, () => app.get('/api/programs/7')))
    expect(app.calls()).toBe(1)
    expect(new Set(answers.map((a) => a.text))).toEqual(new Set(['{"path":"/api/programs/7"}']))
    expect(answers.filter((a) => a.cache === 'miss')).toHaveLength(1)
  })

  test('a cookie, an Authorization header, a custom endpoint or another collection goes past it every time', async () => {
    const { payload } = fakePayload()
    const app = await serve(payload, json({ ok: true }))
    for (const [path, headers] of [
      ['/api/programs', { cookie: 'payload-token=x' }],
      ['/api/programs', { authorization: 'JWT x' }],
      ['/api/programs/recommended', {}],
      ['/api/programs/7/submit', {}],
      ['/api/subscribers', {}],
      ['/api/media', {}],
      ['/programs/', {}],
    ] as const) {
      expect((await app.get(path, headers)).cache).toBeNull()
      expect((await app.get(path, headers)).cache).toBeNull()
    }
    expect(app.calls()).toBe(14)
    // Payload's count and find-by-id are cached like the list.
    await app.get('/api/programs/count')
    expect((await app.get('/api/programs/count')).cache).toBe('hit')
  })

  test('only a complete 200 without Set-Cookie is kept', async () => {
    const { payload } = fakePayload()
    const app = await serve(payload, (req, res) => {
      if (req.path.endsWith('/404')) res.status(404)
      if (req.path.endsWith('/cookie')) res.setHeader('set-cookie', 'a=b')
      json({ path: req.path })(req, res)
    })
    for (const path of ['/api/programs/404', '/api/programs/cookie']) {
      await app.get(path)
      expect((await app.get(path)).cache).toBe('miss')
    }
  })

  test('headers given to writeHead are kept, and an answer the handler compressed is kept plain', async () => {
    const { payload } = fakePayload()
    const body = JSON.stringify({ docs: Array.from({ length: 200 }, (_, i) => ({ id: i, title: '상생협력 프로그램' })) })
    const app = await serve(payload, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-encoding': 'gzip', vary: 'Accept-Encoding' })
      res.end(zlib.gzipSync(body))
    })
    await app.get('/api/companies')
    const hit = await app.get('/api/companies', { 'accept-encoding': 'identity' })
    expect(hit).toMatchObject({ cache: 'hit', type: 'application/json; charset=utf-8', text: body })
  })
})

describe('poisoning: what a request carries never changes what another one is answered', () => {
  /** The answer echoes what Payload could look at: the address and the headers. */
  const echo: Handler = (req, res) => json({ url: req.originalUrl, host: req.headers.host, cookie: req.headers.cookie ?? null, auth: req.headers.authorization ?? null, lang: req.headers['accept-language'] ?? null, pad: 'x'.repeat(4000) })(req, res)

  test('query-string variants are answers of their own; an address over 2,048 characters is never kept', async () => {
    const { payload } = fakePayload()
    const app = await serve(payload, echo)
    await app.get('/api/programs?limit=20')
    for (const variant of ['/api/programs?limit=20&x=1', '/api/programs?limit=20&limit=21', '/api/programs?LIMIT=20', '/api/programs?limit=%32%30', '/api/programs/?limit=20', '/api//programs?limit=20']) {
      const answer = await app.get(variant)
      expect(answer.cache).not.toBe('hit')
      expect(JSON.parse(answer.text).url).toBe(variant)
    }
    expect(JSON.parse((await app.get('/api/programs?limit=20')).text).url).toBe('/api/programs?limit=20')
    const huge = `/api/programs?where[title][like]=${'가'.repeat(1000)}`
    for (let i = 0; i < 2; i++) expect((await app.get(huge)).cache).toBeNull()
    // Thousands of variants: the cache stays within its bounds and still answers.
    await Promise.all(Array.from({ length: 300 }, (_, i) => app.get(`/api/programs?bust=${i}`)))
    expect(app.cache.stats().bytes).toBeLessThan(64 * 1024 * 1024)
    expect(app.cache.stats().entries).toBeLessThanOrEqual(2000)
  })

  test('a request with a Cookie or Authorization neither reads nor fills it', async () => {
    const { payload } = fakePayload()
    const app = await serve(payload, echo)
    // Signed in first: the answer made for them is not kept…
    const signed = await app.get('/api/programs?limit=5', { cookie: 'payload-token=secret' })
    expect(JSON.parse(signed.text).cookie).toBe('payload-token=secret')
    await app.get('/api/programs?limit=5', { authorization: 'JWT secret' })
    // … so the visitor after them gets their own.
    const visitor = await app.get('/api/programs?limit=5')
    expect(visitor.cache).toBe('miss')
    expect(JSON.parse(visitor.text)).toMatchObject({ cookie: null, auth: null })
    // And with the visitor's answer kept, a signed-in request still goes past it.
    expect((await app.get('/api/programs?limit=5')).cache).toBe('hit')
    const again = await app.get('/api/programs?limit=5', { cookie: 'payload-token=other' })
    expect(again.cache).toBeNull()
    expect(JSON.parse(again.text).cookie).toBe('payload-token=other')
    // Empty ones too: any Cookie or Authorization header at all.
    expect((await app.raw('/api/programs?limit=5', { cookie: '' })).cache).toBeNull()
    expect((await app.raw('/api/programs?limit=5', { authorization: '' })).cache).toBeNull()
  })

  test('another Host (or forwarded host or scheme) is another answer: a forged one is never served to the real host', async () => {
    const { payload } = fakePayload()
    const app = await serve(payload, echo)
    const forged = await app.raw('/api/programs', { host: 'evil.example' })
    expect(JSON.parse(forged.body.toString()).host).toBe('evil.example')
    expect((await app.raw('/api/programs', { host: 'evil.example' })).cache).toBe('hit')
    expect((await app.raw('/api/programs', { 'x-forwarded-host': 'evil.example' })).cache).toBe('miss')
    expect((await app.raw('/api/programs', { 'x-forwarded-proto': 'gopher' })).cache).toBe('miss')
    const real = await app.get('/api/programs')
    expect(real.cache).toBe('miss')
    expect(JSON.parse(real.text).host).not.toBe('evil.example')
  })

  test('Accept-Encoding: one plain entry, each hit encoded for its own asker (br, gzip, identity, nonsense)', async () => {
    const { payload } = fakePayload()
    const app = await serve(payload, echo)
    const first = await app.raw('/api/companies', { 'accept-encoding': 'br' })
    expect(first.encoding).toBe('br')
    const plain = zlib.brotliDecompressSync(first.body).toString()
    const decode = (r: { encoding: string | null; body: Buffer }) =>
      (r.encoding === 'br' ? zlib.brotliDecompressSync(r.body) : r.encoding === 'gzip' ? zlib.gunzipSync(r.body) : r.body).toString()
    for (const [accept, encoding] of [['gzip', 'gzip'], ['identity', null], ['', null], ['x-bogus, *;q=0', null], ['br;q=1, gzip;q=0.5', 'br']] as const) {
      const hit = await app.raw('/api/companies', { 'accept-encoding': accept })
      expect(hit.cache).toBe('hit')
      expect(hit.encoding).toBe(encoding)
      expect(decode(hit)).toBe(plain)
    }
    expect(app.calls()).toBe(1)
  })

  test('only GET: a HEAD, or a GET with a body, goes past it', async () => {
    const { payload } = fakePayload()
    const app = await serve(payload, echo)
    await app.get('/api/programs')
    expect((await app.raw('/api/programs', {}, 'HEAD')).cache).toBeNull()
    expect((await app.raw('/api/programs', { 'content-length': '0' })).cache).toBeNull()
  })
})

describe('what empties it', () => {
  test('the links of the public collections, followed to the end, are what its answers can show', () => {
    const { payload } = fakePayload()
    expect([...collectionsBehind(payload, ['programs'])].sort()).toEqual(['companies', 'media', 'programs', 'users'])
    expect(hiddenFromVisitors(payload, 'users')).toBe(true)
    expect(hiddenFromVisitors(payload, 'media')).toBe(false)
  })

  test('a write to a collection an answer can show empties it; one to another collection does not', async () => {
    const { payload, db } = fakePayload()
    const app = await serve(payload, json({ ok: true }))
    await app.get('/api/programs')
    await db.updateOne({ collection: 'subscribers' })
    expect((await app.get('/api/programs')).cache).toBe('hit')
    // media: linked from companies, linked from programs.
    await db.updateOne({ collection: 'media' })
    expect((await app.get('/api/programs')).cache).toBe('miss')
    expect(app.cache.stats().invalidations).toBe(1)
  })

  test("an account no visitor can read: signing in or editing it leaves the cache, deleting it (its links cleared) empties it", async () => {
    const { payload, db } = fakePayload()
    const app = await serve(payload, json({ ok: true }))
    await app.get('/api/programs')
    await db.updateOne({ collection: 'users' })
    expect((await app.get('/api/programs')).cache).toBe('hit')
    await db.deleteOne({ collection: 'users' })
    expect((await app.get('/api/programs')).cache).toBe('miss')
  })

  test('inside a transaction, the write counts when it commits (a rollback changes nothing)', async () => {
    const { payload, db } = fakePayload()
    const app = await serve(payload, json({ ok: true }))
    await app.get('/api/programs')
    const transactionID = await db.beginTransaction()
    await db.updateOne({ collection: 'programs', req: { transactionID } } as never)
    expect((await app.get('/api/programs')).cache).toBe('hit')
    await db.commitTransaction(transactionID)
    expect((await app.get('/api/programs')).cache).toBe('miss')
    const again = await db.beginTransaction()
    await db.updateOne({ collection: 'programs', req: { transactionID: Promise.resolve(again) } } as never)
    await db.rollbackTransaction(again)
    expect((await app.get('/api/programs')).cache).toBe('hit')
  })

  test('a new version (createVersion names its collection collectionSlug) empties it', async () => {
    const { payload, db } = fakePayload()
    ;(db as unknown as { createVersion: (args: { collectionSlug: string }) => Promise<object> }).createVersion = async () => ({})
    const app = await serve(payload, json({ ok: true }))
    await app.get('/api/programs?draft=true')
    expect((await app.get('/api/programs?draft=true')).cache).toBe('hit')
    await (db as unknown as { createVersion: (args: { collectionSlug: string }) => Promise<object> }).createVersion({ collectionSlug: 'programs' })
    expect((await app.get('/api/programs?draft=true')).cache).toBe('miss')
  })

  test('an answer computed while a write committed is not kept', async () => {
    const { payload, db } = fakePayload()
    const app = await serve(payload, async (req, res) => {
      await db.updateOne({ collection: 'programs' })
      json({ ok: true })(req, res)
    })
    await app.get('/api/programs')
    expect((await app.get('/api/programs')).cache).toBe('miss')
  })
})

test('API_CACHE_MS: milliseconds, 5 s when unset, 0 turns it off, anything else is refused', () => {
  expect(cacheTtlFromEnv(undefined)).toBe(5000)
  expect(cacheTtlFromEnv('')).toBe(5000)
  expect(cacheTtlFromEnv('0')).toBe(0)
  expect(cacheTtlFromEnv('2500')).toBe(2500)
  expect(() => cacheTtlFromEnv('5s')).toThrow(/API_CACHE_MS/)
  expect(() => cacheTtlFromEnv('-1')).toThrow(/API_CACHE_MS/)
})
