import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import type express from 'express'
import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'
import { restRoutes } from '../../cms/api/routes'
import { webHeaders } from '../../members/routes/session'
import { createServer } from '../../server/server'
import { bootSeededWorld, seedWorld, type World } from './fixtures'
import { startTestPayload, stopTestPayload, testConfig } from './payload'
import { RestClient } from './rest'
import { startSmtpSink, type SmtpSink } from './smtpSink'

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
 * handlers) on a loopback port, around the test's Payload — no Next build needed. Call after
 * startTestPayload().
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

export type PageWorld = { payload: Payload; world: World; server: PageServer }

/**
 * The usual page-suite setup: a fresh database with the hand-built world (bootSeededWorld) and
 * the real Express app around it; `use` receives all three once ready (in beforeAll).
 */
export function bootPageWorld(use: (suite: PageWorld) => void | Promise<void>): void {
  let payload: Payload
  let world: World
  let server: PageServer | undefined
  bootSeededWorld((p, w) => {
    payload = p
    world = w
  })
  beforeAll(async () => {
    server = await startPageServer(payload)
    await use({ payload, world, server })
  })
  afterAll(async () => server?.close())
}

export type MailPageWorld = PageWorld & { sink: SmtpSink; api: RestClient }

/**
 * A page suite whose e-mails a real SMTP server catches (smtp-server on loopback): the hand-built
 * world, the Express app, and a REST client; `use` receives them once ready (in beforeAll).
 */
export function bootMailPageWorld(use: (suite: MailPageWorld) => void): void {
  let suite: MailPageWorld | undefined
  beforeAll(async () => {
    const sink = await startSmtpSink()
    const payload = await startTestPayload({ smtpUrl: sink.url })
    const world = await seedWorld(payload)
    suite = { payload, world, sink, server: await startPageServer(payload), api: new RestClient(testConfig()) }
    use(suite)
  })
  afterAll(async () => {
    await suite?.server.close()
    if (suite) await stopTestPayload(suite.payload)
    await suite?.sink.close()
  })
}
