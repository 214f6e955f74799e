import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { boundedPage } from '../../kernel/http/limits'
import { couldBeId } from '../../kernel/ids'
import { isCompanyAdmin, isContentStaff } from '../../kernel/rules/roles'
import { msg } from '../../kernel/i18n/messages'

/** The read operations already seen per REST request: the first one on the collection the path names is the request's own. */
const seen = new WeakMap<object, Set<string>>()

/**
 * Whether this operation is the one the REST request itself asked for (`GET /api/programs`,
 * `/api/programs/5`): the first on the collection its path names. Hooks and endpoints that pass
 * `req` on to the Local API run their own operations with the same request; those are the
 * server's, and keep their own limits (a member's recommendations read every open program).
 */
function isRequestsOwn(req: PayloadRequest, slug: string, id: unknown): boolean {
  if (req.payloadAPI !== 'REST') return false
  const segments = (req.pathname ?? '').split('/').filter(Boolean)
  const api = (req.payload.config.routes.api ?? '/api').split('/').filter(Boolean)
  const rest = segments.slice(api.length)
  if (rest[0] !== slug) return false
  // Payload turns an id that is not a number into NaN before the operation sees it.
  const sameId = (segment: string) => segment === String(id) || (typeof id === 'number' && Number.isNaN(id))
  if (id === undefined ? rest.length !== 1 : rest.length !== 2 || !sameId(decodeURIComponent(rest[1]))) return false
  const done = seen.get(req) ?? new Set<string>()
  seen.set(req, done)
  const key = `${slug}:${id === undefined ? '' : String(id)}`
  if (done.has(key)) return false
  done.add(key)
  return true
}

/**
 * The REST request's own read or write of a collection (not the server's operations inside it):
 * an id that cannot exist in this database is 404 before any query (SQLite ids are numbers,
 * MongoDB's ObjectIds; `/api/programs/notanid` used to be a failed query, a 500), and a list's
 * page is bounded (kernel/http/limits.ts boundedPage). GraphQL is bounded by its query cost
 * (cms/api/graphqlCost.ts) and its typed arguments.
 */
export const boundQueries: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const id = (args as { id?: unknown }).id
  if (!isRequestsOwn(req, collection.slug, id ?? undefined)) return args
  if (id !== undefined && id !== null && !couldBeId(id, req.payload.db.defaultIDType)) {
    throw new APIError(msg(req, 'notFound'), 404, null, true)
  }
  if (operation !== 'read' || id !== undefined) return args
  const read = args as { limit?: number; page?: number; pagination?: boolean }
  const staff = Boolean(req.user && (isContentStaff(req.user) || isCompanyAdmin(req.user)))
  const bounded = boundedPage({ limit: read.limit, page: read.page, pagination: read.pagination }, { staff })
  if ('problem' in bounded) throw new APIError(msg(req, 'queryNumberInvalid', { ...bounded.problem }), 400, null, true)
  return { ...args, ...bounded }
}
