import fs from 'node:fs'
import path from 'node:path'
import express, { type RequestHandler } from 'express'
import type { Payload } from 'payload'
import { clientAddressRecorder, trustProxySetting } from '../kernel/http/clientAddress'
import { siteDir, siteFiles } from './siteFiles'
import { isSecureSite } from '../kernel/settings/secureSite'
import { securityHeaders } from './security/headers'
import { crossSiteGuard } from './security/crossSite'
import { EMAIL_IMAGE_ROUTE, emailImageDir } from '../newsletter/render/images'
import { memberRoutes } from '../members/routes'
import { requestProblemPage } from '../members/pages/requestProblem'
import { formProblem, SERVER_PROBLEM } from './security/formProblems'
import { OriginAllowlist } from '../kernel/settings/origins'
import { cacheTtlFromEnv, publicApiCache } from './publicCache'

type NextHandler = (req: express.Request, res: express.Response) => Promise<void>

/** Routes that belong to Next (the Payload admin, REST and GraphQL, and Next's own assets). */
const NEXT_PATHS = /^\/(admin|api|_next|__nextjs)(\/|$|\?)/

/** The admin is Korean unless the user chose a language in their account (payload-lng cookie). */
const koreanFirst: RequestHandler = (req, _res, next) => {
  if (!/(?:^|;\s*)payload-lng=/.test(req.headers.cookie ?? '')) req.headers['accept-language'] = 'ko'
  next()
}

/** Express around Next: health check, the static site at /, everything Payload under /admin and /api. */
export function createServer(payload: Payload, handleNext: NextHandler): express.Express {
  const app = express()
  app.disable('x-powered-by')
  // The client's address for the limits: the one the front names (server/front.ts), else the
  // socket's peer, or the client a trusted proxy names.
  app.set('trust proxy', trustProxySetting(process.env.TRUST_PROXY))
  app.use(clientAddressRecorder())
  // Security headers by page family and compression (server/security/headers.ts), on every response.
  const siteUrl = String((payload.config.custom as { siteUrl?: string } | undefined)?.siteUrl ?? '')
  app.use(...securityHeaders({ secure: isSecureSite(siteUrl) }))
  // Requests from other sites (server/security/crossSite.ts): the origins of Payload's own csrf list.
  const { csrf, cookiePrefix } = payload.config
  if (!(csrf instanceof OriginAllowlist)) throw new Error('config.csrf must be the OriginAllowlist createConfig builds')
  app.use(crossSiteGuard(csrf, cookiePrefix, requestProblemPage, (line) => payload.logger.warn(line)))

  app.get('/healthz', async (_req, res) => {
    try {
      await payload.count({ collection: 'users', overrideAccess: true })
      res.json({ status: 'ok', database: payload.db.name })
    } catch (error) {
      payload.logger.error({ err: error, msg: 'health check failed' })
      res.status(503).json({ status: 'unavailable' })
    }
  })

  // A path that is not valid percent-encoding (/api/users/%ZZ) names nothing: 400 here, before
  // Next and Payload, whose route handlers would fail decoding it (a 500).
  app.use((req, res, next) => {
    try {
      decodeURIComponent(req.path)
      return next()
    } catch {
      const message = '주소가 올바르지 않습니다 (잘못된 퍼센트 인코딩).'
      if (NEXT_PATHS.test(req.url) && req.path.startsWith('/api')) return res.status(400).json({ errors: [{ message }] })
      return res.status(400).type('text/plain; charset=utf-8').send(message)
    }
  })

  // Visitors' public reads (no cookie, no Authorization) are answered from a short-lived cache
  // that any committed write to what they show empties (./publicCache.ts); everyone else reaches Payload.
  const publicReads = publicApiCache(payload, { ttlMs: cacheTtlFromEnv(process.env.API_CACHE_MS) })
  app.use((req, res, next) => {
    if (!NEXT_PATHS.test(req.url)) return next()
    publicReads.middleware(req, res, () => koreanFirst(req, res, () => handleNext(req, res).catch(next)))
  })
  // Newsletter images live outside the site builds: an issue is opened months after it was sent.
  // Their names are content hashes (newsletter/render/images.ts), so a file never changes.
  app.use(EMAIL_IMAGE_ROUTE, express.static(emailImageDir(), { immutable: true, maxAge: '365d', index: false }))
  app.use(memberRoutes(payload))
  app.use(siteFiles())
  app.use((_req, res) => {
    const notFound = path.join(siteDir(), '404.html')
    if (fs.existsSync(notFound)) res.status(404).sendFile(notFound)
    else res.status(404).type('text/plain; charset=utf-8').send('페이지를 찾을 수 없습니다. (404 Not Found)')
  })
  // What the body parsers refuse (server/security/formProblems.ts) and anything unexpected: a Korean
  // answer (JSON under /api), never Express's English error page; the stack only in the log.
  app.use(((error, req, res, next) => {
    if (res.headersSent) return next(error)
    const problem = formProblem(error)
    if (!problem) payload.logger.error({ err: error, msg: `unexpected error on ${req.method} ${req.path}` })
    const { status, message } = problem ?? SERVER_PROBLEM
    res.status(status).set('Connection', 'close')
    if (req.path.startsWith('/api/')) res.json({ errors: [{ message }] })
    else res.type('text/html; charset=utf-8').send(requestProblemPage(message))
  }) as express.ErrorRequestHandler)
  return app
}
