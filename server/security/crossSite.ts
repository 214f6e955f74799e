/**
 * Requests from other sites (CSRF). A browser attaches the session cookie (SameSite=Lax) to a
 * top-level form post from any page of the same *site* — another port of the same host included —
 * so the cookie alone proves nothing. What the browser does tell us is where the request comes
 * from: `Origin` on every POST/PATCH/PUT/DELETE, and `Sec-Fetch-Site` (Fetch Metadata) — but the
 * latter only to secure origins (https, localhost), not to a plain-http address on a LAN.
 *
 * - Our origins (originAllowlist): SITE_URL's, ALLOWED_ORIGINS, and outside a production
 *   deployment this machine's own addresses (localhost, 127.0.0.1, ::1 and its network
 *   interfaces) on any port. The same list is Payload's `csrf` (a cookie from any other Origin
 *   is ignored) and `cors`.
 * - A state-changing request with a foreign Origin is refused with a Korean 403 that says why
 *   (crossSiteVerdict) — before Payload would merely treat it as anonymous.
 * - A state-changing request with the session cookie but no usable Origin (none, or `null` from a
 *   page under `Referrer-Policy: no-referrer`) passes only when Sec-Fetch-Site says it is ours; the
 *   subscription-token endpoints are exempt (a mail provider's RFC 8058 one-click POST has no
 *   Origin, and their token, not the cookie, authenticates them).
 * - Where the browser sent no Sec-Fetch-Site (plain http), it is derived here from Origin or
 *   Referer, and a read without Origin counts as a visit (effectiveFetchSite), so Payload's own
 *   csrf rule judges a LAN install as it judges https, and a link from webmail keeps the session.
 */
import type { RequestHandler } from 'express'
import { originOf, type OriginAllowlist } from '../../kernel/settings/origins'
import { isTokenPath } from './headers'

export type FetchSite = 'same-origin' | 'same-site' | 'cross-site' | 'none'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
export const isSafeMethod = (method: string) => SAFE_METHODS.has(method.toUpperCase())

/**
 * The Sec-Fetch-Site Payload's csrf rule should judge a request by, when it carries no Origin:
 * - a read (GET/HEAD) is 'none', a visit: the SameSite=Lax cookie already stays off other sites'
 *   images, frames and fetches, so it arrives from elsewhere only with a top-level link — a
 *   webmail link to /admin/… or /my/… must not look signed out;
 * - otherwise what the browser sent, or, where it sent nothing (plain http), what Origin or
 *   Referer say; undefined when nothing tells.
 */
export function effectiveFetchSite(request: { method: string; origin?: string; referer?: string; fetchSite?: string }, allowlist: OriginAllowlist): string | undefined {
  const origin = request.origin && request.origin !== 'null' ? request.origin : undefined
  if (!origin && isSafeMethod(request.method)) return 'none'
  if (request.fetchSite) return request.fetchSite
  if (origin) return allowlist.allows(origin) ? 'same-origin' : 'cross-site'
  if (request.referer) return allowlist.allows(originOf(request.referer)) ? 'same-origin' : 'cross-site'
  return undefined
}

export type CrossSiteVerdict = 'allow' | 'foreign-origin' | 'unknown-origin'

/** Whether a request may act: a foreign Origin never; no Origin with a session cookie only when the browser says it is ours. */
export function crossSiteVerdict(request: { method: string; origin?: string; fetchSite?: string; hasSession: boolean; tokenPath: boolean }, allowlist: OriginAllowlist): CrossSiteVerdict {
  if (isSafeMethod(request.method)) return 'allow'
  const origin = request.origin && request.origin !== 'null' ? request.origin : undefined
  if (origin) return allowlist.allows(origin) ? 'allow' : 'foreign-origin'
  if (!request.hasSession || request.tokenPath) return 'allow'
  return request.fetchSite === 'same-origin' || request.fetchSite === 'same-site' || request.fetchSite === 'none' ? 'allow' : 'unknown-origin'
}

export const CROSS_SITE_MESSAGES: Record<Exclude<CrossSiteVerdict, 'allow'>, string> = {
  'foreign-origin': '다른 사이트에서 보낸 요청은 처리하지 않습니다. 상생누리 화면에서 다시 시도해 주세요.',
  'unknown-origin': '요청을 보낸 곳(Origin)을 확인할 수 없어 처리하지 않습니다. 상생누리 화면에서 다시 시도해 주세요.',
}

/** Whether the request carries Payload's session cookie. */
export const hasSessionCookie = (cookieHeader: string | undefined, cookiePrefix: string) =>
  new RegExp(`(?:^|;\\s*)${cookiePrefix.replace(/[^\w-]/g, '')}-token=[^;]`).test(cookieHeader ?? '')

/**
 * The Express middleware in front of everything (server/server.ts): fills in Sec-Fetch-Site where the
 * browser could not, then refuses what crossSiteVerdict refuses — JSON under /api, the page
 * `problemPage` renders elsewhere.
 */
export function crossSiteGuard(allowlist: OriginAllowlist, cookiePrefix: string, problemPage: (message: string) => string, log: (line: string) => void = () => {}): RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin
    const fetchSite = effectiveFetchSite({ method: req.method, origin, referer: req.headers.referer, fetchSite: req.headers['sec-fetch-site'] as string | undefined }, allowlist)
    if (fetchSite) req.headers['sec-fetch-site'] = fetchSite
    const verdict = crossSiteVerdict({
      method: req.method,
      origin,
      fetchSite,
      hasSession: hasSessionCookie(req.headers.cookie, cookiePrefix),
      tokenPath: isTokenPath(req.path),
    }, allowlist)
    if (verdict === 'allow') return next()
    // Said in the log too: a LAN install opened by a name missing from ALLOWED_ORIGINS shows up here.
    log(`refused ${req.method} ${req.path} (${verdict}, Origin ${origin ?? 'none'}); our origins: SITE_URL, ALLOWED_ORIGINS`)
    const message = CROSS_SITE_MESSAGES[verdict]
    res.status(403)
    if (req.path.startsWith('/api/')) res.json({ errors: [{ message }] })
    else res.type('text/html; charset=utf-8').send(problemPage(message))
  }
}
