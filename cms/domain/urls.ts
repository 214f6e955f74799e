/**
 * The paths of the pages people are sent to (site-relative); prefix SITE_URL for e-mails.
 * One builder per kind of URL, so a route changes in one place.
 */
type Id = string | number

/** The public page of a program (/programs/<id>/). */
export const publicProgramPath = (id: Id) => `/programs/${encodeURIComponent(String(id))}/`

/** A document's edit form in the admin (/admin/collections/<slug>/<id>). */
export const adminDocumentPath = (collection: string, id: Id) => `/admin/collections/${collection}/${encodeURIComponent(String(id))}`

/** An absolute URL on this instance: SITE_URL (without its trailing slash) + path. */
export const absoluteUrl = (siteUrl: string, path: string) => `${siteUrl.replace(/\/+$/, '')}${path}`
