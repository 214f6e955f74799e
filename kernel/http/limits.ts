/**
 * How much one request may ask of the server (docs/SPEC.md "Request limits"). One place, so the
 * checks, the error messages and the documentation name the same numbers.
 */

/** A JSON (or form) body: far above any document a person writes, far below what would stall a core. */
export const JSON_BODY_LIMIT = 1024 * 1024
/** One uploaded file (media, private files). Payload's multipart parser stops at this size. */
export const UPLOAD_FILE_LIMIT = 20 * 1024 * 1024
/** A whole upload request: the file plus its form fields. */
export const UPLOAD_BODY_LIMIT = UPLOAD_FILE_LIMIT + JSON_BODY_LIMIT

/** Rows per page for visitors and members (REST and GraphQL); the open data export is there for bulk. */
export const PUBLIC_PAGE_LIMIT = 100
/** The highest page number worth asking for (beyond it, a typo or a probe). */
export const MAX_PAGE = 100_000

/** How deep a JSON document may nest (a rich text's lists nest a few dozen levels at most). */
export const MAX_JSON_DEPTH = 100
/** GraphQL: the longest query text (a page of the site's own kind of query is a few hundred). */
export const GRAPHQL_MAX_QUERY_LENGTH = 20_000

/** GraphQL: the largest query cost (each list counted `limit` times, aliases each counted). */
export const GRAPHQL_MAX_COST = 5000

/** "1 MB", "21 MB": sizes as the messages say them (1 MB = 1,048,576 bytes). */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)}MB`
}

export type PageRequest = { limit?: number; page?: number; pagination?: boolean }
export type PageProblem = { problem: { name: 'limit' | 'page'; min: number; max: number } }

const LIMIT_CEILING = 1_000_000_000

/**
 * The page a REST or GraphQL list request may have: `limit` and `page` whole numbers in range
 * (1e309, -1 or 2.5 are refused, not passed to the database), and for visitors and members at
 * most PUBLIC_PAGE_LIMIT rows — `limit=0` and `pagination=false` (all rows) included. Staff keep
 * what they ask for: the admin's own screens ask for up to 250.
 */
export function boundedPage(request: PageRequest, { staff }: { staff: boolean }): PageRequest | PageProblem {
  const { limit, page } = request
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0 && limit <= LIMIT_CEILING)) return { problem: { name: 'limit', min: 0, max: LIMIT_CEILING } }
  if (page !== undefined && !(Number.isInteger(page) && page >= 1 && page <= MAX_PAGE)) return { problem: { name: 'page', min: 1, max: MAX_PAGE } }
  if (staff) return request
  const wantsAll = request.pagination === false || limit === 0
  return { ...request, pagination: true, limit: wantsAll || (limit ?? 0) > PUBLIC_PAGE_LIMIT ? PUBLIC_PAGE_LIMIT : limit }
}
