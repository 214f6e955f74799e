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
 * - JSON must parse (400) and be an object (400): `null` or `"x"` reach no operation;
 * - NUL in any string of a JSON body is refused, naming the field (400);
 * - `/api/<collection>/versions` of a collection without versions is 404;
 * - GraphQL answers carry no "Did you mean …?" hints about fields the asker cannot see.
 *
 * Everything else — access, validation, the error boundary (cms/api/errorBoundary.ts) — is
 * Payload's, configured in cms/config/createConfig.ts.
 */
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import { msg, type MessageKey } from '../i18n/messages'
import { formatBytes, JSON_BODY_LIMIT, UPLOAD_BODY_LIMIT } from './limits'
import { errorBody, mediaType } from './respond'
import { firstNulPath } from '../domain/textRules'

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
  [request.headers.get('x-payload-http-method-override'), request.headers.get('x-http-method-override')].some((value) => value?.toUpperCase() === 'GET')

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

/** What the body checks above refuse, or null when the request may go on to Payload. */
export async function bodyRefusal(request: Request, { graphql = false } = {}): Promise<Response | null> {
  if (!BODY_METHODS.has(request.method.toUpperCase()) || !request.body) return null
  const type = mediaType(request.headers.get('content-type'))
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (type === 'multipart/form-data' && !graphql) {
    return declared > UPLOAD_BODY_LIMIT ? refuse(request, 413, 'bodyTooLarge', { max: formatBytes(UPLOAD_BODY_LIMIT) }) : null
  }
  if (declared > JSON_BODY_LIMIT) return refuse(request, 413, 'bodyTooLarge', { max: formatBytes(JSON_BODY_LIMIT) })
  const text = await readCapped(request.clone().body!, JSON_BODY_LIMIT)
  if (text === null) return refuse(request, 413, 'bodyTooLarge', { max: formatBytes(JSON_BODY_LIMIT) })
  if (!text.trim()) return null
  if (type === 'application/x-www-form-urlencoded' && !graphql && (FORM_PATHS.test(new URL(request.url).pathname) || readsByPost(request))) return null
  if (type !== 'application/json') return refuse(request, 415, 'bodyMediaType')
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return refuse(request, 400, 'bodyNotJson')
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return refuse(request, 400, 'bodyNotObject', { braces: '{ … }' })
  const nulAt = firstNulPath(body)
  if (nulAt !== null) {
    // Payload's ValidationError shape, so a client (the admin included) marks the field.
    const message = msg(translatorOf(request), 'controlCharacters', { field: nulAt || 'body' })
    return Response.json({ errors: [{ name: 'ValidationError', message, data: { errors: [{ path: nulAt, message }] } }] }, { status: 400 })
  }
  return null
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

function guarded(config: ConfigPromise, handler: RouteHandler): RouteHandler {
  return async (request, context) => (await bodyRefusal(request)) ?? (await missingVersions(config, request)) ?? handler(request, context)
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
