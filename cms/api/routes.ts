/**
 * Payload's REST and GraphQL route handlers (the ones the Next app mounts under /api), behind
 * the checks every request body passes first (docs/SPEC.md "Request limits"):
 *
 * - JSON bodies of at most 1 MiB, refused by their declared length before anything is read, and
 *   counted while reading when they declare none (413); file uploads (multipart) up to the file
 *   limit plus their form fields;
 * - a body must be JSON or an upload (415) — except the subscription forms, which post
 *   application/x-www-form-urlencoded without JavaScript and mail providers' RFC 8058 one-click,
 *   and the admin's reads sent as POST (a query string as the body, X-Payload-HTTP-Method-Override);
 * - JSON must parse (400), be an object (400: `null` or `"x"` reach no operation), nest at most
 *   MAX_JSON_DEPTH deep, and hold no NUL in any string (400, naming the field) — the same for
 *   the `_payload` JSON of a multipart body, read as it streams by;
 * - a write of a document through Payload's own routes needs a document (400);
 * - a GraphQL query of more than GRAPHQL_MAX_QUERY_LENGTH characters is refused before parsing;
 * - `/api/<collection>/versions` of a collection without versions, Payload's bookkeeping
 *   collections and e-mail verification (unused) are 404;
 * - GraphQL answers carry no "Did you mean …?" hints about fields the asker cannot see.
 *
 * Everything else — access, validation, the error boundary (kernel/http/errorBoundary.ts) — is
 * Payload's, configured in cms/config/createConfig.ts.
 */
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import { msg, type MessageKey } from '../../kernel/i18n/messages'
import { Readable } from 'node:stream'
import busboy from 'busboy'
import { couldBeId } from '../../kernel/ids'
import { formatBytes, GRAPHQL_MAX_QUERY_LENGTH, JSON_BODY_LIMIT, MAX_JSON_DEPTH, UPLOAD_BODY_LIMIT } from '../../kernel/http/limits'
import { errorBody, mediaType } from '../../kernel/http/respond'
import { firstNulPath } from '../../kernel/rules/textRules'

type Params = { params: Promise<{ slug?: string[] }> }
type RouteHandler = (request: Request, context: Params) => Promise<Response>
type ConfigPromise = Promise<SanitizedConfig>

/** The subscription endpoints whose forms post urlencoded (newsletter/subscribe, newsletter/alerts). */
const FORM_PATHS = /^\/api\/(subscribers\/(subscribe|unsubscribe|preferences)|alerts\/unsubscribe)\/?$/
const BODY_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

/**
 * A read sent as POST: the admin's relationship fields ask for their options this way, the query
 * string as an urlencoded body (Payload's handleEndpoints turns it back into a GET).
 */
const readsByPost = (request: Request) =>
  request.method.toUpperCase() === 'POST' &&
  [request.headers.get('x-payload-http-method-override'), request.headers.get('x-http-method-override')].some((value) => value === 'GET')

/** The request's language for messages given before Payload knows the user: the admin's choice cookie, else Korean. */
const translatorOf = (request: Request) => ({ i18n: { language: /(?:^|;\s*)payload-lng=en\b/.test(request.headers.get('cookie') ?? '') ? 'en' : 'ko' } })

function refuse(request: Request, status: number, key: MessageKey, vars: Record<string, string | number> = {}): Response {
  return Response.json(errorBody(msg(translatorOf(request), key, vars)), { status })
}

/** Reads at most `limit` bytes of a body; null when it is longer (the rest is never read). */
async function readCapped(body: ReadableStream<Uint8Array>, limit: number): Promise<string | null> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      // Not awaited: a clone's branch cancels for good only once the original is dropped too.
      reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The `_payload` field of a multipart body (the document's JSON beside its file), read as it streams by; files are skipped. */
function multipartPayload(request: Request): Promise<string | null | 'too-large'> {
  return new Promise((resolve) => {
    let found: string | null = null
    let settled = false
    const done = (value: string | null | 'too-large') => {
      if (!settled) resolve(value)
      settled = true
    }
    let parser: busboy.Busboy
    try {
      parser = busboy({ headers: { 'content-type': request.headers.get('content-type') ?? '' }, limits: { fieldSize: JSON_BODY_LIMIT, fields: 50 } })
    } catch {
      return done(null)
    }
    parser.on('field', (name, value, info) => {
      if (name !== '_payload') return
      found = info.valueTruncated ? 'too-large' : value
    })
    parser.on('file', (_name, stream) => stream.resume())
    parser.on('close', () => done(found))
    parser.on('error', () => done(found))
    Readable.fromWeb(request.clone().body! as never).on('error', () => done(found)).pipe(parser)
  })
}

/** How deep a JSON value nests (objects and arrays), counted without recursion. */
export function jsonDepth(value: unknown, stopAt: number): number {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length) {
    const [item, depth] = stack.pop()!
    if (!item || typeof item !== 'object') continue
    deepest = Math.max(deepest, depth)
    if (deepest > stopAt) return deepest
    for (const child of Object.values(item)) if (child && typeof child === 'object') stack.push([child, depth + 1])
  }
  return deepest
}

/** The checks every JSON document sent (a body, a multipart `_payload`, GraphQL's) passes: an object, not too deep, no NUL. */
function documentRefusal(request: Request, text: string): Response | null {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return refuse(request, 400, 'bodyNotJson')
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return refuse(request, 400, 'bodyNotObject', { braces: '{ … }' })
  if (jsonDepth(body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) return refuse(request, 400, 'bodyTooDeep', { max: MAX_JSON_DEPTH })
  const nulAt = firstNulPath(body)
  if (nulAt !== null) {
    // Payload's ValidationError shape, so a client (the admin included) marks the field.
    const message = msg(translatorOf(request), 'controlCharacters', { field: nulAt || 'body' })
    return Response.json({ errors: [{ name: 'ValidationError', message, data: { errors: [{ path: nulAt, message }] } }] }, { status: 400 })
  }
  return null
}

/**
 * A write of a document through Payload's own REST routes — `POST /api/<collection>`,
 * `PATCH /api/<collection>[/<id>]`, `POST /api/globals/<slug>` — which needs a document to write:
 * without one Payload's operations failed (a 500) or stored an empty version.
 */
function writesDocument(request: Request): boolean {
  const method = request.method.toUpperCase()
  const [first, second, third] = new URL(request.url).pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
  if (!first || third) return false
  if (first === 'globals') return method === 'POST' && Boolean(second)
  if (!second) return method === 'POST' || method === 'PATCH'
  return (method === 'PATCH' || method === 'PUT') && (couldBeId(second, 'number') || couldBeId(second, 'text'))
}

/** What the body checks above refuse, or null when the request may go on to Payload. */
export async function bodyRefusal(request: Request, { graphql = false } = {}): Promise<Response | null> {
  if (!BODY_METHODS.has(request.method.toUpperCase())) return null
  const document = !graphql && writesDocument(request) && !readsByPost(request)
  if (!request.body) return document ? refuse(request, 400, 'bodyMissing') : null
  // Payload reads JSON only under exactly this media type (no other case, no space before ';').
  const rawType = (request.headers.get('content-type') ?? '').split(';')[0]
  const type = mediaType(rawType)
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (type === 'multipart/form-data' && !graphql) {
    if (declared > UPLOAD_BODY_LIMIT) return refuse(request, 413, 'bodyTooLarge', { max: formatBytes(UPLOAD_BODY_LIMIT) })
    const payloadField = await multipartPayload(request)
    if (payloadField === 'too-large') return refuse(request, 413, 'bodyTooLarge', { max: formatBytes(JSON_BODY_LIMIT) })
    return payloadField === null ? null : documentRefusal(request, payloadField)
  }
  if (declared > JSON_BODY_LIMIT) return refuse(request, 413, 'bodyTooLarge', { max: formatBytes(JSON_BODY_LIMIT) })
  const text = await readCapped(request.clone().body!, JSON_BODY_LIMIT)
  if (text === null) return refuse(request, 413, 'bodyTooLarge', { max: formatBytes(JSON_BODY_LIMIT) })
  if (!text.trim()) return document ? refuse(request, 400, 'bodyMissing') : null
  if (type === 'application/x-www-form-urlencoded' && !graphql && (FORM_PATHS.test(new URL(request.url).pathname) || readsByPost(request))) return null
  if (rawType !== 'application/json') return refuse(request, 415, 'bodyMediaType')
  const refused = documentRefusal(request, text)
  if (refused || !graphql) return refused
  const query = (JSON.parse(text) as { query?: unknown }).query
  return typeof query === 'string' && query.length > GRAPHQL_MAX_QUERY_LENGTH ? refuse(request, 413, 'graphqlTooLong', { max: GRAPHQL_MAX_QUERY_LENGTH.toLocaleString('en') }) : null
}

/** `/api/<collection>/versions…` (or a global's) when that collection keeps no versions: nothing to find. */
async function missingVersions(config: ConfigPromise, request: Request): Promise<Response | null> {
  const [first, second, third] = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
  const [kind, slug] = first === 'globals' ? (['globals', second] as const) : (['collections', first] as const)
  if ((kind === 'globals' ? third : second) !== 'versions') return null
  const resolved = await config
  const entity = kind === 'globals' ? resolved.globals.find((g) => g.slug === slug) : resolved.collections.find((c) => c.slug === slug)
  return entity && !entity.versions ? refuse(request, 404, 'notFound') : null
}

/** Payload's bookkeeping collections, which no client calls (the migrations' answer even named an internal address). */
const INTERNAL = new Set(['payload-migrations', 'payload-jobs'])

/** Routes that exist in Payload but not in this product: its bookkeeping, and e-mail verification (accounts are not verified by link). */
async function notOurs(config: ConfigPromise, request: Request): Promise<Response | null> {
  const [first, second] = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
  if (INTERNAL.has(first)) return refuse(request, 404, 'routeNotFound', { path: `/api/${first}` })
  if (second !== 'verify') return null
  const collection = (await config).collections.find((c) => c.slug === first)
  return collection?.auth && !collection.auth.verify ? refuse(request, 404, 'routeNotFound', { path: `/api/${first}/verify` }) : null
}

function guarded(config: ConfigPromise, handler: RouteHandler): RouteHandler {
  return async (request, context) =>
    (await notOurs(config, request)) ?? (await bodyRefusal(request)) ?? (await missingVersions(config, request)) ?? handler(request, context)
}

/** Payload's REST handlers behind the checks; `cms/app/(payload)/api/[...slug]/route.ts` exports these. */
export function restRoutes(config: ConfigPromise) {
  return {
    GET: guarded(config, REST_GET(config)),
    POST: guarded(config, REST_POST(config)),
    PATCH: guarded(config, REST_PATCH(config)),
    PUT: guarded(config, REST_PUT(config)),
    DELETE: guarded(config, REST_DELETE(config)),
    OPTIONS: REST_OPTIONS(config),
  }
}

/** graphql-js suggests field and type names in its errors; they would map a schema introspection hides. */
export const withoutSuggestions = (message: string) => message.replace(/\s*Did you mean [^?]*\?/g, '')

/** Payload's GraphQL handler behind the checks, its answers without schema hints. */
export function graphqlRoutes(config: ConfigPromise) {
  const handler = GRAPHQL_POST(config) as unknown as (request: Request) => Promise<Response>
  return {
    POST: async (request: Request): Promise<Response> => {
      const refused = await bodyRefusal(request, { graphql: true })
      if (refused) return refused
      const response = await handler(request)
      const text = await response.text()
      if (!text.includes('Did you mean')) return new Response(text, { status: response.status, headers: response.headers })
      const answer = JSON.parse(text) as { errors?: { message: string }[] }
      for (const error of answer.errors ?? []) error.message = withoutSuggestions(error.message)
      const headers = new Headers(response.headers)
      headers.delete('content-length')
      return new Response(JSON.stringify(answer), { status: response.status, headers })
    },
    OPTIONS: REST_OPTIONS(config),
  }
}
