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

/** The upload limit's own message (createConfig's `upload.responseOnLimit`): Payload re-throws it as a 500. */
const FILE_TOO_LARGE = msg(null, 'fileTooLarge', { max: formatBytes(UPLOAD_FILE_LIMIT) })

/** Payload's own English refusals that reach people, by message: [pattern, status, message]. */
const PAYLOAD_MESSAGES: [RegExp, number, MessageKey][] = [
  [/^Invalid JSON$/, 400, 'bodyNotJson'],
  [/^Missing ID of (document to update|document to delete|version)\.$/, 404, 'notFound'],
  [/^(File size limit|Multipart limit) has been reached$/, 413, 'fileTooLarge'],
  [/^Route not found/, 404, 'routeNotFound'],
  [/is currently locked by another user/, 423, 'documentLocked'],
  [/^Missing 'where' query/, 400, 'queryValueInvalid'],
  [/^(Missing email\.|No User|A file name is required\.)$/, 400, 'queryValueInvalid'],
]

/** How a failure should answer, or null to keep Payload's answer (its own 4xx, already in the request's language). */
export function classifyError(error: unknown): Classified | null {
  const links = chain(error)
  const status = Number((error as { status?: unknown })?.status) || 500
  const name = String((error as { name?: unknown })?.name ?? '')
  const message = String((error as { message?: unknown })?.message ?? '')
  if (message === FILE_TOO_LARGE) return { status: 413, key: 'fileTooLarge', vars: { max: formatBytes(UPLOAD_FILE_LIMIT) } }
  const known = PAYLOAD_MESSAGES.find(([pattern]) => pattern.test(message))
  if (known) return { status: known[1], key: known[2], vars: { max: formatBytes(UPLOAD_FILE_LIMIT), path: /Route not found "([^"]*)"/.exec(message)?.[1] ?? '' } }
  // A where or sort on a field the asker may not query (a company's private fields), or none.
  if (name === 'QueryError') return { status: 400, key: 'queryPathRefused', vars: { path: /queried: (.*)$/.exec(message)?.[1] ?? '' } }
  if (status < 500) return null
  for (const link of links) {
    const code = String(link.code ?? '')
    const linkName = String(link.name ?? '')
    const text = String(link.message ?? '')
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || /FOREIGN KEY constraint failed/.test(text)) return { status: 400, key: 'relatedNotFound' }
    if (code === 'SQLITE_MISMATCH' || /datatype mismatch/.test(text)) return { status: 400, key: 'queryValueInvalid' }
    // libsql refusing to bind a query value: where[title][equals][0]=x, where[company][equals]=abc, a date that is none.
    if (/cannot be passed as argument|can only bind|Only finite numbers/.test(text)) return { status: 400, key: 'queryValueInvalid' }
    // An operator the field's type has none of (near, within, intersects on text).
    if (/operators\[queryOperator\] is not a function/.test(text)) return { status: 400, key: 'queryValueInvalid' }
    // A where of thousands of conditions: SQLite's own limits on one statement.
    if (/Expression tree is too large|too many SQL variables|parser stack overflow|too many terms/i.test(text)) return { status: 400, key: 'queryTooLarge' }
    if (linkName === 'CastError' || linkName === 'BSONError' || linkName === 'BSONTypeError') return { status: 400, key: 'queryValueInvalid' }
    if (linkName === 'SyntaxError') return { status: 400, key: 'bodyNotJson' }
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
