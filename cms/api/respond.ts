import { APIError, type PayloadRequest } from 'payload'
import { msg, type MessageKey } from '../i18n/messages'

/** Same error body as Payload's own REST: `{ errors: [{ message, data? }] }`. */
export function errorBody(message: string, data?: unknown) {
  return { errors: [data === undefined ? { message } : { message, data }] }
}

export function refusal(req: PayloadRequest, key: MessageKey, status: number): Response {
  return Response.json(errorBody(msg(req, key)), { status })
}

/** Turns what an operation threw into a 4xx the client can read; only the unexpected is a 500. */
export function errorResponse(error: unknown, req: PayloadRequest): Response {
  if (error instanceof APIError && error.status < 500) {
    return Response.json(errorBody(error.message, error.data ?? undefined), { status: error.status })
  }
  req.payload.logger.error({ err: error, msg: 'Unexpected error in a custom endpoint' })
  return Response.json(errorBody(msg(req, 'serverError')), { status: 500 })
}

/** Reads a JSON body, or `{}` when there is none or it is not JSON. */
export async function readJson(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body = req.json ? await req.json() : {}
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}
