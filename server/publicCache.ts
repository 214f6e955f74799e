/**
 * A short-lived cache of the public REST reads a visitor makes without signing in (issue 15,
 * "Under load"): `GET /api/programs?…`, `/api/programs/<id>` and the same for the other public
 * collections. One such answer costs Payload a dozen SQLite queries and the field hooks of every
 * row at depth 2 (about 14 ms of the event loop for a page of 20 programs), while every visitor
 * without a session gets the very same answer; under a hundred connections they queued behind one
 * another for seconds.
 *
 * What is served from the cache, and to whom:
 * - only GET requests with neither a Cookie nor an Authorization header — nothing that could carry
 *   a session or an API key, so a member, editor or admin always reaches Payload (and its access
 *   control) and never sees an anonymous answer, nor an anonymous visitor a signed-in one's;
 * - only `/api/<collection>` and `/api/<collection>/<id>` (and `/count`) of PUBLIC_COLLECTIONS,
 *   never a custom endpoint of theirs;
 * - only a 200 without Set-Cookie, kept per host (and forwarded host and scheme), path with query
 *   string (at most 2,048 characters) and Origin (CORS headers depend on it), at most 2 MiB each
 *   and 64 MiB in all (keys included), the least recently used dropped first. It is kept
 *   uncompressed: the compression middleware encodes each hit for its own Accept-Encoding.
 *
 * How long: until anything this process writes to a collection whose documents can appear in such
 * an answer (the public collections and every collection they link to, followed through
 * relationship, upload and join fields; of a collection no visitor may read, such as the accounts,
 * only a deletion) — once the write is committed — and at most TTL
 * milliseconds (5 s by default, API_CACHE_MS; 0 turns the cache off), which bounds what another
 * process's writes (a CLI import) and the calendar (진행단계 at midnight) can leave stale.
 *
 * Requests that miss at the same moment are answered by the first one's single trip through Payload.
 */
import zlib from 'node:zlib'
import type { RequestHandler, Response } from 'express'
import type { Payload } from 'payload'
import { onCommittedWrite } from './committedWrites'

/** The collections a visitor reads without an account (their access answers the same for every visitor). */
export const PUBLIC_COLLECTIONS = ['programs', 'companies', 'card-news', 'partner-guides', 'media'] as const

/** Says whether an answer came from the cache (`hit`) or was computed and offered to it (`miss`). */
export const CACHE_HEADER = 'x-winwinnuri-cache'

export const DEFAULT_TTL_MS = 5000
const MAX_ENTRY_BYTES = 2 * 1024 * 1024
const MAX_TOTAL_BYTES = 64 * 1024 * 1024
const MAX_ENTRIES = 2000
const MAX_URL_LENGTH = 2048

/**
 * The answer as it was written, uncompressed: Next compresses its own answers (gzip) before the
 * server's compression middleware sees them, which then passes them on as they are. Null when it
 * cannot be read back. A hit is compressed by the middleware for the asker's Accept-Encoding.
 */
function plainBody(body: Buffer, encoding: string | undefined): Buffer | null {
  try {
    switch ((encoding ?? 'identity').trim().toLowerCase()) {
      case 'identity':
        return body
      case 'gzip':
      case 'x-gzip':
        return zlib.gunzipSync(body)
      case 'deflate':
        return zlib.inflateSync(body)
      case 'br':
        return zlib.brotliDecompressSync(body)
      default:
        return null
    }
  } catch {
    return null
  }
}

/** Headers that belong to one transfer, not to the answer. */
const NOT_STORED = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date', CACHE_HEADER])

type Head = { status: number; encoding: string | undefined; headers: Entry['headers'] }
type Entry = { status: number; headers: [string, string | number | string[]][]; body: Buffer; expires: number; generation: number }

export type PublicCacheOptions = { ttlMs?: number; collections?: readonly string[] }

export type PublicCache = {
  middleware: RequestHandler
  /** Drops every entry (a write that can change a public answer). */
  invalidate: () => void
  stats: () => { entries: number; bytes: number; hits: number; misses: number; invalidations: number }
}

/** The TTL from API_CACHE_MS (milliseconds; 0 turns the cache off). */
export function cacheTtlFromEnv(value: string | undefined): number {
  if (value == null || value.trim() === '') return DEFAULT_TTL_MS
  const ms = Number(value)
  if (!Number.isInteger(ms) || ms < 0) throw new Error(`API_CACHE_MS must be a whole number of milliseconds (0 turns the cache off), not "${value}".`)
  return ms
}

type Field = { type?: string; relationTo?: string | string[]; collection?: string | string[]; fields?: Field[]; tabs?: Field[]; blocks?: Field[] }

/** The collections a field list links to, through relationships, uploads and joins at any nesting. */
function linkedCollections(fields: Field[] | undefined, into: Set<string>): void {
  for (const field of fields ?? []) {
    for (const target of [field.relationTo, field.type === 'join' ? field.collection : undefined].flat()) if (typeof target === 'string') into.add(target)
    linkedCollections(field.fields, into)
    linkedCollections(field.tabs, into)
    linkedCollections(field.blocks, into)
  }
}

/** The public collections and everything their answers can carry, followed link by link. */
export function collectionsBehind(payload: Payload, publicSlugs: readonly string[]): Set<string> {
  const found = new Set<string>()
  const queue = [...publicSlugs]
  while (queue.length) {
    const slug = queue.pop()!
    if (found.has(slug)) continue
    found.add(slug)
    const config = payload.collections[slug as keyof typeof payload.collections]?.config
    const linked = new Set<string>()
    linkedCollections(config?.fields as Field[] | undefined, linked)
    queue.push(...linked)
  }
  return found
}

/**
 * Whether a visitor can never read a document of `slug` (its read access answers exactly `false`
 * without a user): then an answer they are given shows at most such a document's id, which only a
 * deletion can change. Anything else — a query, a promise, an access function that fails without a
 * full request — counts as readable.
 */
export function hiddenFromVisitors(payload: Payload, slug: string): boolean {
  const read = (payload.collections[slug as keyof typeof payload.collections]?.config as { access?: { read?: unknown } } | undefined)?.access?.read
  if (typeof read !== 'function') return false
  try {
    return read({ req: { user: null, payload, headers: new Headers(), context: {} } }) === false
  } catch {
    return false
  }
}


// ---- requests ----

type Endpoint = { method?: string; path?: string }

/**
 * Which reads of a collection may be cached: its list, `/count` and `/<id>`, when Payload's own
 * handler answers them. A collection's endpoints are its custom ones first, then Payload's, which
 * are the same objects in every collection that has them (a custom one belongs to one); the first
 * one whose path matches answers.
 */
function cacheableReads(payload: Payload, slug: string): (segment: string | undefined) => boolean {
  const all = Object.values(payload.collections).map((collection) => (Array.isArray(collection.config.endpoints) ? (collection.config.endpoints as Endpoint[]) : []))
  const own = (payload.collections[slug as keyof typeof payload.collections]?.config.endpoints ?? []) as Endpoint[]
  const payloads = new Set(own.filter((endpoint) => all.filter((list) => list.includes(endpoint)).length >= 2))
  const gets = own.filter((endpoint) => endpoint.method?.toLowerCase() === 'get')
  return (segment) => {
    const matches = (endpoint: Endpoint) => {
      const parts = (endpoint.path ?? '').split('/').filter(Boolean)
      if (segment === undefined) return parts.length === 0
      return parts.length === 1 && (parts[0].startsWith(':') || parts[0] === segment)
    }
    const answering = gets.find(matches)
    if (!answering || !payloads.has(answering)) return false
    return segment === undefined || answering.path === '/count' || answering.path === '/:id'
  }
}

export function publicApiCache(payload: Payload, options: PublicCacheOptions = {}): PublicCache {
  const ttlMs = options.ttlMs ?? DEFAULT_TTL_MS
  const publicSlugs = options.collections ?? PUBLIC_COLLECTIONS
  const api = (payload.config.routes?.api ?? '/api').replace(/\/$/, '')
  const routes = new Map(publicSlugs.map((slug) => [slug, cacheableReads(payload, slug)]))
  const entries = new Map<string, Entry>()
  const inflight = new Map<string, Promise<Entry | null>>()
  let generation = 0
  let bytes = 0
  let hits = 0
  let misses = 0
  let invalidations = 0

  const invalidate = () => {
    generation += 1
    invalidations += 1
    entries.clear()
    bytes = 0
  }
  if (ttlMs > 0) {
    // Collections a visitor can never read (accounts) show up in an answer as an id at most:
    // signing in, a failed sign-in or a profile edit leaves the cache; deleting one does not.
    const behind = [...collectionsBehind(payload, publicSlugs)]
    const hidden = behind.filter((slug) => !publicSlugs.includes(slug) && hiddenFromVisitors(payload, slug))
    onCommittedWrite(payload, behind.filter((slug) => !hidden.includes(slug)), invalidate, { deletesOnly: hidden })
  }

  const drop = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    bytes -= entry.body.length + key.length
  }
  const store = (key: string, entry: Entry) => {
    drop(key)
    entries.set(key, entry)
    bytes += entry.body.length + key.length
    // Oldest first: a Map keeps insertion order, and a hit re-inserts its entry.
    for (const [oldest] of entries) {
      if (entries.size <= MAX_ENTRIES && bytes <= MAX_TOTAL_BYTES) break
      drop(oldest)
    }
  }

  /** The cache key of a request it may answer, or null. */
  const keyOf = (req: Parameters<RequestHandler>[0]): string | null => {
    if (ttlMs <= 0 || req.method !== 'GET') return null
    const headers = req.headers
    if (headers.cookie !== undefined || headers.authorization !== undefined || headers.range !== undefined) return null
    if (headers['content-length'] !== undefined || headers['transfer-encoding'] !== undefined) return null
    // An address longer than any the site or the admin makes is answered, but never kept.
    if (req.originalUrl.length > MAX_URL_LENGTH) return null
    const path = req.path
    if (!path.startsWith(`${api}/`)) return null
    const segments = path.slice(api.length + 1).split('/')
    const cacheable = routes.get(segments[0])
    if (!cacheable || segments.length > 2 || segments[1] === '' || !cacheable(segments[1])) return null
    return [headers.host, headers['x-forwarded-host'], headers['x-forwarded-proto'], req.originalUrl, headers.origin].map((part) => part ?? '').join('\n')
  }

  const serve = (res: Response, entry: Entry) => {
    hits += 1
    res.status(entry.status)
    for (const [name, value] of entry.headers) res.setHeader(name, value)
    res.setHeader(CACHE_HEADER, 'hit')
    res.end(entry.body)
  }

  /** Watches the answer Payload writes, and offers it to the cache once it is complete. */
  const record = (res: Response, key: string): Promise<Entry | null> => {
    const startedAt = generation
    const chunks: Buffer[] = []
    let size = 0
    let head: Head | null = null
    const snapshot = (extra?: unknown) => {
      if (head) return
      const headers = new Map<string, string | number | string[]>()
      for (const [name, value] of Object.entries(res.getHeaders())) if (value !== undefined) headers.set(name.toLowerCase(), value as string)
      // writeHead(status, [message], headers): headers given there never reach getHeaders().
      // They come as an object, a flat [name, value, …] list or a list of pairs.
      const given: [string, unknown][] = !extra || typeof extra !== 'object' ? [] : !Array.isArray(extra) ? Object.entries(extra)
        : Array.isArray(extra[0]) ? (extra as [string, unknown][]) : extra.flatMap((part, i) => (i % 2 ? [] : [[String(part), extra[i + 1]] as [string, unknown]]))
      for (const [name, value] of given) if (value !== undefined) headers.set(String(name).toLowerCase(), value as string)
      const encoding = headers.get('content-encoding')
      head = { status: res.statusCode, encoding: encoding === undefined ? undefined : String(encoding), headers: [...headers].filter(([name]) => !NOT_STORED.has(name)) }
    }
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (chunk == null || typeof chunk === 'function' || size > MAX_ENTRY_BYTES) return
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array)
      size += buffer.length
      if (size <= MAX_ENTRY_BYTES) chunks.push(buffer)
    }
    const writeHead = res.writeHead
    const write = res.write
    const end = res.end
    res.writeHead = function (this: Response, status: number, ...rest: unknown[]) {
      res.statusCode = status
      snapshot(rest.find((part) => typeof part === 'object'))
      return (writeHead as (...args: unknown[]) => Response).call(this, status, ...rest)
    } as Response['writeHead']
    res.write = function (this: Response, chunk: unknown, ...rest: unknown[]) {
      snapshot()
      collect(chunk, rest[0])
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest)
    } as Response['write']
    res.end = function (this: Response, chunk?: unknown, ...rest: unknown[]) {
      snapshot()
      collect(chunk, rest[0])
      return (end as (...args: unknown[]) => Response).call(this, chunk, ...rest)
    } as Response['end']
    return new Promise((resolve) => {
      const settle = () => {
        res.off('finish', settle)
        res.off('close', settle)
        const finished = res.writableFinished
        const answer = head as Head | null
        const cacheable =
          finished &&
          answer &&
          answer.status === 200 &&
          size <= MAX_ENTRY_BYTES &&
          generation === startedAt &&
          !answer.headers.some(([name]) => name === 'set-cookie')
        const body = cacheable ? plainBody(Buffer.concat(chunks), answer.encoding) : null
        if (!cacheable || !body || body.length > MAX_ENTRY_BYTES) return resolve(null)
        const entry: Entry = { status: answer.status, headers: answer.headers, body, expires: Date.now() + ttlMs, generation: startedAt }
        store(key, entry)
        resolve(entry)
      }
      res.on('finish', settle)
      res.on('close', settle)
    })
  }

  const middleware: RequestHandler = (req, res, next) => {
    const key = keyOf(req)
    if (!key) return next()
    const found = entries.get(key)
    if (found && found.generation === generation && found.expires > Date.now()) {
      // Most recently used last.
      entries.delete(key)
      entries.set(key, found)
      return serve(res, found)
    }
    if (found) drop(key)
    const leader = inflight.get(key)
    if (leader) {
      // The same answer is on its way: share it (or, if it cannot be shared, ask for our own).
      void leader.then((entry) => (entry && entry.generation === generation && !res.headersSent ? serve(res, entry) : next()))
      return
    }
    misses += 1
    const pending = record(res, key)
    inflight.set(key, pending)
    void pending.finally(() => {
      if (inflight.get(key) === pending) inflight.delete(key)
    })
    res.setHeader(CACHE_HEADER, 'miss')
    next()
  }

  return { middleware, invalidate, stats: () => ({ entries: entries.size, bytes, hits, misses, invalidations }) }
}
