/**
 * Security headers on every response, from helmet (the maintained Express middleware for them)
 * with its defaults checked against what each family of pages needs (docs/SPEC.md "Security
 * headers"), plus compression (gzip and brotli, the `compression` middleware):
 *
 * - the public site and the member pages: a strict CSP — our own scripts, styles, images and
 *   fonts only, WebAssembly for Pagefind's search (`'wasm-unsafe-eval'`), no plugins, no
 *   `<base>`, never framed, forms posting to us only;
 * - the newsletter's web edition: the same, with the inline styles an e-mail layout is made of;
 * - the admin (Next and Payload): its scripts and styles are inline, so the CSP keeps what it
 *   can — framed only by itself, no plugins, connections to us only;
 * - files (media, private files, newsletter images): no CSP (a PDF must open in the browser's
 *   viewer), and readable from other origins, so webmail shows newsletter images;
 * - the admin's newsletter preview (the e-mail's HTML in a frame): inline styles, framed by us;
 * - pages that carry a token in their address (/reset/…, subscription links): no Referer to any
 *   other site (referrerPolicyFor).
 *
 * HSTS and `upgrade-insecure-requests` only when SITE_URL is https: a plain-http install on a LAN
 * keeps working.
 */
import compression from 'compression'
import type { RequestHandler } from 'express'
import helmet from 'helmet'

type Directives = Record<string, string[]>

const SITE_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
}

const ADMIN_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'frame-ancestors': ["'self'"],
  'form-action': ["'self'"],
}

/** The newsletter's web edition is the e-mail's own HTML: its layout is inline styles. */
const EDITION_DIRECTIVES: Directives = { ...SITE_DIRECTIVES, 'style-src': ["'self'", "'unsafe-inline'"] }
/** The same HTML in the admin's preview frame. */
const PREVIEW_DIRECTIVES: Directives = { ...EDITION_DIRECTIVES, 'frame-ancestors': ["'self'"] }

/** Features no page of ours uses: nothing embedded may ask for them either. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()'

export type PageFamily = 'site' | 'edition' | 'preview' | 'admin' | 'file'
type Referrer = 'strict-origin-when-cross-origin' | 'same-origin' | 'no-referrer'

const ADMIN_PATH = /^\/(admin|_next|__nextjs)(\/|$)/
const FILE_PATH = /^\/(api\/(media|private-files)\/file\/|newsletter-images\/)/
const EDITION_PATH = /^\/newsletter\/\d{4}-\d{2}\/?$/
/**
 * Pages whose address holds a secret token: a link out must not pass it on as Referer. The
 * subscription links' pages send none at all; /reset/ sends one only to ourselves, because under
 * `no-referrer` a browser posts the page's own form with `Origin: null`, which the member pages
 * (Origin-checked) refuse — the subscription forms are protected by their tokens instead.
 */
const TOKEN_PATH = /^\/(api\/subscribers\/(confirm|unsubscribe|preferences)|api\/alerts\/unsubscribe)/
const MEMBER_TOKEN_PATH = /^\/reset\//
/** Whether the address is one of the subscription links, which their token (not a cookie) authenticates. */
export const isTokenPath = (path: string) => TOKEN_PATH.test(path)

/** The newsletter preview the admin's send panel shows in a frame: the e-mail's HTML, framed by the admin only. */
const PREVIEW_PATH = /^\/api\/newsletters\/[^/]+\/preview$/

export function pageFamily(path: string): PageFamily {
  if (ADMIN_PATH.test(path)) return 'admin'
  if (PREVIEW_PATH.test(path)) return 'preview'
  if (FILE_PATH.test(path)) return 'file'
  if (EDITION_PATH.test(path)) return 'edition'
  return 'site'
}

/** The Referrer-Policy of a page: 'no-referrer' or 'same-origin' where its address holds a token. */
export function referrerPolicyFor(path: string): Referrer {
  if (isTokenPath(path)) return 'no-referrer'
  if (MEMBER_TOKEN_PATH.test(path)) return 'same-origin'
  return 'strict-origin-when-cross-origin'
}

function helmetFor(directives: Directives | null, secure: boolean, referrer: Referrer): RequestHandler {
  return helmet({
    contentSecurityPolicy: directives
      ? { useDefaults: false, directives: secure ? { ...directives, 'upgrade-insecure-requests': [] } : directives }
      : false,
    // Newsletter images are shown by webmail on other origins; nothing here is secret by origin.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: secure ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    referrerPolicy: { policy: referrer },
    xFrameOptions: directives === ADMIN_DIRECTIVES || directives === PREVIEW_DIRECTIVES ? { action: 'sameorigin' } : { action: 'deny' },
    xContentTypeOptions: true,
    originAgentCluster: true,
    xDnsPrefetchControl: { allow: false },
    xDownloadOptions: true,
    xPermittedCrossDomainPolicies: { permittedPolicies: 'none' },
    xXssProtection: false,
  })
}

/** One middleware for every response: the headers of the request's page family, then compression. */
export function securityHeaders({ secure }: { secure: boolean }): RequestHandler[] {
  const directives: Record<PageFamily, Directives | null> = { site: SITE_DIRECTIVES, edition: EDITION_DIRECTIVES, preview: PREVIEW_DIRECTIVES, admin: ADMIN_DIRECTIVES, file: null }
  const made = new Map<string, RequestHandler>()
  const handlerFor = (family: PageFamily, referrer: Referrer) => {
    const key = `${family}|${referrer}`
    let handler = made.get(key)
    if (!handler) made.set(key, (handler = helmetFor(directives[family], secure, referrer)))
    return handler
  }
  const headers: RequestHandler = (req, res, next) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY)
    handlerFor(pageFamily(req.path), referrerPolicyFor(req.path))(req, res, next)
  }
  // gzip or brotli (quality 4: fast enough for every response), for text only; Pagefind's
  // fragments are gzipped already and sent as octet-stream, which is left alone.
  return [headers, compression({ threshold: 1024 })]
}
