/**
 * 비밀번호 찾기 for members (members/pages/reset.ts): /forgot/ sends Payload's own reset
 * e-mail (its forgotPassword operation, so the admin, REST and GraphQL send the same one) and
 * answers the same whether or not the address has an account; /reset/<token>/ sets the new
 * password through Payload's resetPassword, where the collection's hooks keep the rules.
 */
import express from 'express'
import { APIError, ValidationError, type Payload } from 'payload'
import { isResetTokenLive } from '../operations/resetToken'
import { msg } from '../../kernel/i18n/messages'
import { TooManyRequests } from '../../kernel/http/throttle'
import { secret, text } from '../operations/formInput'
import { checkNewPassword, EMAIL } from '../operations/signUpForm'
import { forgotPage, resetDonePage, resetLinkInvalidPage, resetPage } from '../pages/reset'
import { formBody, route, sendPage, setSessionCookie } from './session'
import type { User } from '../../kernel/payload-types'

/** The token in /reset/<token>/ (Payload's are 40 hex digits; anything else is simply not live). */
const tokenOf = (req: express.Request) => (typeof req.params.token === 'string' ? req.params.token : '')

const EMAIL_INVALID = '올바른 이메일 주소를 입력해 주세요 (예: name@example.kr).'

export function passwordResetRoutes(payload: Payload): express.Router {
  const router = express.Router()

  router.get('/forgot', (_req, res) => sendPage(res, forgotPage()))

  router.post('/forgot', formBody, route(async (req, res) => {
    const email = text(req.body, 'email', 254)
    if (!email || !EMAIL.test(email)) {
      return sendPage(res, forgotPage({ email, error: email ? EMAIL_INVALID : '이메일을 입력해 주세요.' }), 400)
    }
    try {
      await payload.forgotPassword({ collection: 'users', data: { email } })
    } catch (error) {
      if (error instanceof TooManyRequests) {
        res.set('Retry-After', String(error.retryAfterSeconds))
        return sendPage(res, forgotPage({ email, general: error.message }), 429)
      }
      // A mail server that refuses must not tell the visitor whether the address has an account.
      payload.logger.error({ err: error, msg: '비밀번호 재설정 메일을 보내지 못했습니다' })
    }
    sendPage(res, forgotPage({ email, sent: true }))
  }))

  router.get('/reset/:token', route(async (req, res) => {
    const token = tokenOf(req)
    if (!(await isResetTokenLive(payload, token))) return sendPage(res, resetLinkInvalidPage(msg(undefined, 'resetLinkInvalid')), 403)
    sendPage(res, resetPage({ token }))
  }))

  router.post('/reset/:token', formBody, route(async (req, res) => {
    const token = tokenOf(req)
    const password = secret(req.body, 'password')
    const errors = checkNewPassword(password, secret(req.body, 'passwordConfirm'))
    if (Object.keys(errors).length) return sendPage(res, resetPage({ token, errors }), 400)
    try {
      const result = await payload.resetPassword({ collection: 'users', data: { token, password }, overrideAccess: true })
      if (result.token) setSessionCookie(payload, res, result.token)
      sendPage(res, resetDonePage(result.user as unknown as User))
    } catch (error) {
      if (error instanceof ValidationError) return sendPage(res, resetPage({ token, errors: { password: error.data.errors[0]?.message ?? '' } }), 400)
      if (error instanceof APIError && error.status === 403) return sendPage(res, resetLinkInvalidPage(error.message), 403)
      throw error
    }
  }))

  return router
}
