import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import type express from 'express'
import type { Payload } from 'payload'
import { restRoutes } from '../../cms/api/routes'
import { webHeaders } from '../../members/routes/session'
import { createServer } from '../../server/server'
import { testConfig } from './payload'

/**
 * Stands in for Next in server/server.ts: /api/* goes to the REST route handlers the Next app mounts
 * (Payload's, behind cms/api/routes.ts), everything else Next would serve (the admin) answers 404.
 */
async function handleApi(req: express.Request, res: express.Response): Promise<void> {
  const url = new URL(req.originalUrl, `http://${req.headers.host ?? 'localhost'}`)
  const handler = (restRoutes(testConfig()) as Record<string, RouteHandler | undefined>)[req.method]
  if (!url.pathname.startsWith('/api/') || !handler) {
    res.status(404).type('text/plain').send('not served by the test server (admin)')
    return
  }
  const headers = webHeaders(req.headers)
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  const request = new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit)
  const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean).map(decodeURIComponent)
  const response = await handler(request, { params: Promise.resolve({ slug }) })
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie' && name !== 'content-encoding' && name !== 'content-length') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('Set-Cookie', cookies)
  res.end(Buffer.from(await response.arrayBuffer()))
}

type RouteHandler = (request: Request, context: { params: Promise<{ slug?: string[] }> }) => Promise<Response>

export type PageServer = { url: string; close: () => Promise<void> }

/**
 * The real Express app of server/server.ts (site pages, member routes, /api through Payload's
 * handlers) on a loopback port, around the test's Payload — no Next build needed (useTestPayload's
 * `pages` option).
 */
export async function startPageServer(payload: Payload): Promise<PageServer> {
  const app = createServer(payload, handleApi)
  const server = app.listen(0, '127.0.0.1')
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
