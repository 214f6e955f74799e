import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { couldBeId } from '../../cms/database/ids'
import { boundedPage } from '../../cms/api/limits'
import { isContentStaff, isCompanyAdmin } from '../../cms/domain/roles'
import { msg } from '../../cms/i18n/messages'

/**
 * Every REST and GraphQL request to a collection (not the server's own Local API calls): an id
 * that cannot exist in this database is 404 before any query (SQLite ids are numbers, MongoDB's
 * ObjectIds; "notanid" used to be a failed query, a 500), and a list's page is bounded
 * (cms/api/limits.ts boundedPage).
 */
export const boundQueries: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  const id = (args as { id?: unknown }).id
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
