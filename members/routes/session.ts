/**
 * What every per-request page route needs: who is signed in (Payload's own cookie, the one the
 * admin sets, read by Payload's auth strategies) and the answer headers of a personal page.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import type { IncomingHttpHeaders } from 'node:http'
import express from 'express'
import { generateExpiredPayloadCookie, generatePayloadCookie, type Payload } from 'payload'
import type { User } from '../../kernel/payload-types'

/** Node's request headers as a fetch-style Headers (repeated headers appended in order). */
export function webHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v)
  }
  return headers
}

/** The signed-in user behind this request's cookie (or Authorization header), or null. */
export async function currentUser(payload: Payload, req: Request): Promise<User | null> {
  const { user } = await payload.auth({ headers: webHeaders(req.headers), canSetHeaders: false })
  return user && user.collection === 'users' ? (user as unknown as User) : null
}

/** Sets Payload's HTTP-only session cookie for a token from payload.login(). */
export function setSessionCookie(payload: Payload, res: Response, token: string): void {
  const cookie = generatePayloadCookie({
    collectionAuthConfig: payload.collections.users.config.auth,
    cookiePrefix: payload.config.cookiePrefix,
    token,
  })
  res.append('Set-Cookie', cookie)
}

export function clearSessionCookie(payload: Payload, res: Response): void {
  const cookie = generateExpiredPayloadCookie({
    collectionAuthConfig: payload.collections.users.config.auth,
    cookiePrefix: payload.config.cookiePrefix,
  })
  res.append('Set-Cookie', cookie)
}

/** Personal pages: never stored by shared caches, never indexed. */
export const personalPage: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'private, no-store')
  res.set('X-Robots-Tag', 'noindex, nofollow')
  next()
}

/** URL-encoded form bodies (multipart forms parse their own, with limits). */
export const formBody = express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 200 })

/** Sends a rendered page. */
export function sendPage(res: Response, html: string, status = 200): void {
  res.status(status).type('text/html; charset=utf-8').send(html)
}

/** Where to send someone who must sign in first, coming back here afterwards. */
export function loginRedirect(req: Request, res: Response): void {
  res.redirect(303, `/login/?next=${encodeURIComponent(req.originalUrl)}`)
}

/** Wraps an async route so a thrown error reaches Express's error handler instead of hanging. */
export const route =
  (handler: (req: Request, res: Response, next: NextFunction) => Promise<void>): RequestHandler =>
  (req, res, next) => {
    handler(req, res, next).catch(next)
  }
