/**
 * /login/ and /logout/ for the public site: Payload's own login (so the sign-in limits of
 * kernel/http/throttle.ts apply as for every client) and its own session cookie, the one the
 * admin uses too.
 */
import express from 'express'
import { AuthenticationError, createLocalReq, logoutOperation, ValidationError, type Payload } from 'payload'
import { TooManyRequests } from '../../kernel/http/throttle'
import { secret, text } from '../operations/formInput'
import { safeNextPath } from '../operations/nextPath'
import { loginPage, logoutPage } from '../pages/login'
import { clearSessionCookie, currentUser, formBody, route, sendPage, setSessionCookie } from './session'

export const WRONG_CREDENTIALS = '이메일 또는 비밀번호가 올바르지 않습니다. 다시 확인해 주세요.'
const MISSING = '이메일과 비밀번호를 모두 입력해 주세요.'

export function authRoutes(payload: Payload): express.Router {
  const router = express.Router()

  router.get('/login', route(async (req, res) => {
    const next = safeNextPath(req.query.next)
    if (await currentUser(payload, req)) return res.redirect(303, next)
    sendPage(res, loginPage({ next }))
  }))

  router.post('/login', formBody, route(async (req, res) => {
    const email = text(req.body, 'email', 254)
    const password = secret(req.body, 'password')
    const next = safeNextPath(text(req.body, 'next', 2000))
    if (!email || !password) {
      const invalid = [...(email ? [] : ['email' as const]), ...(password ? [] : ['password' as const])]
      return sendPage(res, loginPage({ next, email, error: MISSING, invalid }), 400)
    }
    try {
      const { token } = await payload.login({ collection: 'users', data: { email, password } })
      if (!token) throw new Error('login returned no token')
      setSessionCookie(payload, res, token)
      res.redirect(303, next)
    } catch (error) {
      if (error instanceof TooManyRequests) {
        res.set('Retry-After', String(error.retryAfterSeconds))
        return sendPage(res, loginPage({ next, email, error: error.message, invalid: [] }), 429)
      }
      if (error instanceof AuthenticationError || error instanceof ValidationError) {
        // A general message (it must not tell which one was wrong): it concerns both fields.
        return sendPage(res, loginPage({ next, email, error: WRONG_CREDENTIALS, invalid: ['email', 'password'] }), 400)
      }
      throw error
    }
  }))

  router.get('/logout', route(async (req, res) => {
    sendPage(res, logoutPage(await currentUser(payload, req)))
  }))

  /** Ends this session on the server too (Payload keeps sessions), then drops the cookie. */
  router.post('/logout', route(async (req, res) => {
    const user = await currentUser(payload, req)
    if (user) {
      const localReq = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
      await logoutOperation({ collection: payload.collections.users, req: localReq }).catch((error: unknown) => {
        payload.logger.warn({ err: error, msg: 'could not end the session on the server' })
      })
    }
    clearSessionCookie(payload, res)
    res.redirect(303, '/')
  }))

  return router
}
