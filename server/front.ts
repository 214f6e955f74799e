/**
 * The front: what listens on `npm start`'s public port, in the launcher process (cli/start.mjs).
 * It sends the live site's files itself — the same handler, headers and compression as the server
 * (./siteFiles.ts, ./security/headers.ts) — and hands every other request to the server process
 * on loopback, unchanged but for the client's address (kernel/http/clientAddress.ts
 * FRONT_CLIENT_HEADER). So the pages readers ask for most never wait behind the admin, the API or
 * a member's request on the server's one web thread: measured with `npm run bench` (load), a page
 * answered 0.05–0.09× as many requests as plain express.static while the API was busy.
 *
 * The server is not there yet while it starts and not any more after it ended: then the front
 * answers 503 in Korean (JSON under /api), and the site's files are served all the same.
 */
import http from 'node:http'
import express, { type Request, type Response } from 'express'
import { createProxyServer } from 'http-proxy-3'
import { FRONT_CLIENT_HEADER, frontClientHeader, requestAddress, trustProxySetting } from '../kernel/http/clientAddress'
import { isSecureSite } from '../kernel/settings/secureSite'
import { securityHeaders } from './security/headers'
import { isSiteFile, siteDir, siteFiles } from './siteFiles'

export type FrontOptions = {
  /** This start's token, shared with the server only (WINWINNURI_FRONT_TOKEN). */
  token: string
  /** The server's loopback port once it listens; null before and after. */
  upstreamPort: () => number | null
  /** SITE_URL: https turns on the https-only headers, as on the server (kernel/settings/secureSite.ts). */
  siteUrl?: string
  /** TRUST_PROXY: the proxies in front of this one whose X-Forwarded-For counts. */
  trustProxy?: string
}

const UNAVAILABLE = '서버를 준비하고 있거나 다시 시작하는 중입니다. 잠시 후 다시 시도해 주세요.'

export function createFront(options: FrontOptions): express.Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxySetting(options.trustProxy))
  // One pool of kept-alive connections to the server; its own limits and timeouts apply behind it.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })
  const proxy = createProxyServer({ agent, xfwd: false })
  proxy.on('error', (error, req, res) => unavailable(req as Request, res as Response | undefined, error))
  // The request line and headers go out at once, not with the body's first bytes: the server
  // refuses what it must before reading a body (a 413 for a Content-Length over its limit), and a
  // client that announces 50 MB and sends nothing would otherwise wait on both sides.
  proxy.on('proxyReq', (proxyReq) => proxyReq.flushHeaders())

  const forward = (req: Request, res: Response) => {
    const port = options.upstreamPort()
    if (port === null) return unavailable(req, res)
    req.headers[FRONT_CLIENT_HEADER] = frontClientHeader(options.token, requestAddress(req))
    proxy.web(req, res, { target: { host: '127.0.0.1', port } })
  }
  const files = express.Router().use(...securityHeaders({ secure: isSecureSite(options.siteUrl) }), siteFiles())
  app.use((req, res) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !isSiteFile(siteDir(), req.path)) return forward(req, res)
    // A file that went between the look and the send (a build pruned): the server answers.
    files(req, res, () => (res.headersSent ? undefined : forward(req, res)))
  })
  return app
}

/** Listens on `port` (every interface, as the server did before it had a front). */
export function startFront(port: number, options: FrontOptions): Promise<http.Server> {
  return new Promise((resolve, reject) => {
    const server = createFront(options).listen(port)
    server.once('listening', () => resolve(server))
    server.once('error', (error) => reject(new Error(`서버를 시작할 수 없습니다 (포트 ${port}): ${error.message}`, { cause: error })))
  })
}

function unavailable(req: Request, res: Response | undefined, error?: Error): void {
  if (error && (error as NodeJS.ErrnoException).code !== 'ECONNREFUSED') console.error(`앞단: 서버에 전달하지 못했습니다 (${req.method} ${req.url}): ${error.message}`)
  if (!res || typeof res.status !== 'function') return
  if (res.headersSent) {
    res.destroy()
    return
  }
  res.status(503).set({ 'Retry-After': '5', 'Cache-Control': 'no-store' })
  if (req.path.startsWith('/api/')) res.json({ errors: [{ message: UNAVAILABLE }] })
  else res.type('text/plain; charset=utf-8').send(UNAVAILABLE)
}
