/**
 * The one error boundary of the REST and GraphQL API (Payload's `afterError` hook): what failed
 * because of what the request sent — a value of the wrong type for the database (cast), a link
 * to a row that does not exist (foreign key), a body that does not parse, a file over the limit —
 * answers the 4xx that says so, in Korean; what is left is a 500 with a Korean message. The
 * stack stays in the log (Payload logs every error before this hook runs).
 */
import type { AfterErrorHook } from 'payload'
import { msg, type MessageKey } from '../i18n/messages'
import { formatBytes, UPLOAD_FILE_LIMIT } from './limits'

export type Classified = { status: number; key: MessageKey; vars?: Record<string, string | number> }

/** The error and its causes, outermost first (Drizzle wraps the driver's error in `cause`). */
function chain(error: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  let current = error
  while (current && typeof current === 'object' && out.length < 5) {
    out.push(current as Record<string, unknown>)
    current = (current as { cause?: unknown }).cause
  }
  return out
}

/** Payload's own English refusals that reach people, by message. */
const PAYLOAD_MESSAGES: Record<string, MessageKey> = {
  'Invalid JSON': 'bodyNotJson',
  'Missing ID of document to update.': 'notFound',
  'Missing ID of document to delete.': 'notFound',
  'File size limit has been reached': 'fileTooLarge',
}

/** The upload limit's own message (createConfig's `upload.responseOnLimit`): Payload re-throws it as a 500. */
const FILE_TOO_LARGE = msg(null, 'fileTooLarge', { max: formatBytes(UPLOAD_FILE_LIMIT) })

/** How a failure should answer, or null to keep Payload's answer (its own 4xx, already in the request's language). */
export function classifyError(error: unknown): Classified | null {
  const links = chain(error)
  const status = Number((error as { status?: unknown })?.status) || 500
  const message = String((error as { message?: unknown })?.message ?? '')
  const known = message === FILE_TOO_LARGE ? 'fileTooLarge' : PAYLOAD_MESSAGES[message]
  if (known) return { status: known === 'fileTooLarge' ? 413 : known === 'notFound' ? 404 : 400, key: known, vars: { max: formatBytes(UPLOAD_FILE_LIMIT) } }
  if (status < 500) return null
  for (const link of links) {
    const code = String(link.code ?? '')
    const name = String(link.name ?? '')
    const text = String(link.message ?? '')
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || /FOREIGN KEY constraint failed/.test(text)) return { status: 400, key: 'relatedNotFound' }
    if (code === 'SQLITE_MISMATCH' || /datatype mismatch/.test(text)) return { status: 400, key: 'queryValueInvalid' }
    // libsql refusing to bind a query value: where[title][equals][0]=x, where[company][equals]=abc, a date that is none.
    if (/cannot be passed as argument|can only bind|Only finite numbers/.test(text)) return { status: 400, key: 'queryValueInvalid' }
    if (name === 'CastError' || name === 'BSONError' || name === 'BSONTypeError') return { status: 400, key: 'queryValueInvalid' }
    if (name === 'SyntaxError') return { status: 400, key: 'bodyNotJson' }
  }
  return { status: 500, key: 'serverError' }
}

export const errorBoundary: AfterErrorHook = ({ error, req, graphqlResult }) => {
  const classified = classifyError(error instanceof Error && 'originalError' in error && (error as { originalError?: unknown }).originalError ? (error as { originalError: unknown }).originalError : error)
  if (!classified) return
  const message = msg(req, classified.key, classified.vars)
  if (graphqlResult) {
    return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: classified.status } } }
  }
  return { response: { errors: [{ message }] }, status: classified.status }
}
