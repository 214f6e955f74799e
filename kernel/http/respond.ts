import { APIError, type PayloadRequest } from 'payload'
import { couldBeId } from '../ids'
import { msg, type MessageKey } from '../i18n/messages'
import { classifyError } from './errorBoundary'

/** Same error body as Payload's own REST: `{ errors: [{ message, data? }] }`. */
export function errorBody(message: string, data?: unknown) {
  return { errors: [data === undefined ? { message } : { message, data }] }
}

export function refusal(req: PayloadRequest, key: MessageKey, status: number): Response {
  return Response.json(errorBody(msg(req, key)), { status })
}

/**
 * Turns what an operation threw into a 4xx the client can read (the error boundary's rules: a
 * cast or foreign-key failure is a 400); only the unexpected is a 500.
 */
export function errorResponse(error: unknown, req: PayloadRequest): Response {
  if (error instanceof APIError && error.status < 500) {
    return Response.json(errorBody(error.message, error.data ?? undefined), { status: error.status })
  }
  const classified = classifyError(error) ?? { status: 500, key: 'serverError' as const }
  if (classified.status >= 500) req.payload.logger.error({ err: error, msg: 'Unexpected error in a custom endpoint' })
  return Response.json(errorBody(msg(req, classified.key, classified.vars)), { status: classified.status })
}

/** The `:id` of a custom endpoint's path, or a 404 when it could name no row in this database. */
export function routeId(req: PayloadRequest): string {
  const id = String(req.routeParams?.id ?? '')
  if (!couldBeId(id, req.payload.db.defaultIDType)) throw new APIError(msg(req, 'notFound'), 404, null, true)
  return id
}

/** The media type of a Content-Type header, without parameters: `application/json`. */
export const mediaType = (header: string | null | undefined) => (header ?? '').split(';')[0].trim().toLowerCase()

/** Whether the request says its body is JSON. */
export const isJsonRequest = (req: { headers: Headers }) => mediaType(req.headers.get('content-type')) === 'application/json'

/**
 * The JSON object a custom endpoint acts on, holding only the named fields. A request with a body
 * must say it is JSON (415): a form or text/plain post, which another site's page can send
 * without asking, never counts as an empty request — `test=` never starts a full send. Not an
 * object, or a field the endpoint does not take: 400. No body at all: `{}`.
 */
export async function readJsonBody(req: PayloadRequest, fields: readonly string[]): Promise<Record<string, unknown>> {
  const text = req.text ? await req.text().catch(() => '') : ''
  if (!text.trim()) return {}
  if (!isJsonRequest(req)) throw new APIError(msg(req, 'bodyMediaType'), 415, null, true)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new APIError(msg(req, 'bodyNotJson'), 400, null, true)
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new APIError(msg(req, 'bodyNotObject', { braces: '{ … }' }), 400, null, true)
  const unknown = Object.keys(body).filter((key) => !fields.includes(key))
  if (unknown.length) throw new APIError(msg(req, 'bodyUnknownFields', { fields: unknown.slice(0, 5).join(', ') }), 400, null, true)
  return body as Record<string, unknown>
}
