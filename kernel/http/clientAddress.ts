/**
 * Who is asking, by network address, for the limits in ./throttle.ts. The Express server
 * (server/server.ts) learns the address once per request — the socket's peer, or with TRUST_PROXY
 * the client a trusted reverse proxy names — and keeps it for everything that request runs:
 * the member pages' Local API calls and Payload's REST and GraphQL handlers inside Next alike
 * (an AsyncLocalStorage, plus the header Next's handlers read). A client cannot set it: the
 * header is overwritten on every request, and X-Forwarded-For counts only from a trusted proxy.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import crypto from 'node:crypto'
import type { Request, RequestHandler } from 'express'
import type { PayloadRequest } from 'payload'

/** One store per process, shared by every bundled copy of this module (see ./limiterStore.ts). */
const STORE = Symbol.for('winwinnuri.clientAddress')
const store: AsyncLocalStorage<string> = ((globalThis as Record<symbol, AsyncLocalStorage<string> | undefined>)[STORE] ??= new AsyncLocalStorage<string>())


/**
 * The header through which the Express server hands the client address (as it saw it on the
 * socket, or through TRUST_PROXY) to Next's route handlers, which only see headers; it overwrites
 * whatever a client sent under the same name, so nothing else may be trusted for it.
 */
export const CLIENT_IP_HEADER = 'x-winwinnuri-client-ip'

/**
 * TRUST_PROXY as Express's `trust proxy` setting: unset or empty trusts no proxy (the socket's
 * address counts); a number is how many proxy hops to trust; otherwise a comma-separated list
 * of proxy addresses or subnets (`loopback`, `10.0.0.0/8`, `192.0.2.4`). `true` (trust anyone)
 * is refused: any client could then name any address.
 */
export function trustProxySetting(value: string | undefined): false | number | string[] {
  const text = value?.trim() ?? ''
  if (text === '' || text === '0' || text === 'false') return false
  if (/^\d+$/.test(text)) return Number(text)
  if (text === 'true' || text === '*') throw new Error('TRUST_PROXY=true would let any client choose its address. 신뢰할 프록시의 개수(예: 1)나 주소(예: 10.0.0.5, loopback)를 적어 주세요.')
  return text.split(',').map((part) => part.trim()).filter(Boolean)
}

/**
 * The header through which the front process (server/front.ts, `npm start`'s public port) names
 * the client to the server behind it on loopback: `<token> <address>`. The token is made afresh
 * for each start and handed to both processes only (WINWINNURI_FRONT_TOKEN), so another local
 * program talking to the server's port directly cannot name an address; a header without it is
 * dropped unread.
 */
export const FRONT_CLIENT_HEADER = 'x-winwinnuri-front-client'
const ADDRESS = /^[0-9A-Za-z.:%_-]{1,64}$/

/** The value the front sends for `address`. */
export const frontClientHeader = (token: string, address: string): string => `${token} ${address}`

/** The address a front header names, when it carries this start's token; null otherwise. */
export function frontClientAddress(header: string | string[] | undefined, token: string | undefined): string | null {
  if (!token || typeof header !== 'string') return null
  const space = header.indexOf(' ')
  if (space < 0) return null
  const given = Buffer.from(header.slice(0, space))
  const expected = Buffer.from(token)
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null
  const address = header.slice(space + 1)
  return ADDRESS.test(address) ? address : null
}

/** The address the socket's peer or, with `trust proxy`, a trusted proxy names. */
export const requestAddress = (req: Request): string => (req.ip ?? req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '')

/**
 * Express middleware: records the request's client address — the one the front names (with the
 * token), else req.ip after `trust proxy`.
 */
export function clientAddressRecorder(frontToken: string | undefined = process.env.WINWINNURI_FRONT_TOKEN): RequestHandler {
  return (req, _res, next) => {
    const fromFront = frontClientAddress(req.headers[FRONT_CLIENT_HEADER], frontToken)
    delete req.headers[FRONT_CLIENT_HEADER]
    const address = fromFront ?? requestAddress(req)
    req.headers[CLIENT_IP_HEADER] = address
    store.run(address, next)
  }
}

/**
 * The client address of the request being served, or null for the server's own work (the seed,
 * jobs, tests calling the Local API directly), which no limit applies to.
 */
export function clientAddress(req?: Pick<PayloadRequest, 'headers'> | Partial<PayloadRequest>): string | null {
  const fromStore = store.getStore()
  if (fromStore) return fromStore
  const header = req?.headers instanceof Headers ? req.headers.get(CLIENT_IP_HEADER)?.trim() : undefined
  return header ? header.slice(0, 64) : null
}
