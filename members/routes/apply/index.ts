/**
 * Applying online and withdrawing, for signed-in members (pages that work without JavaScript):
 *
 * - GET  /programs/:id/apply/ — the form, or a page saying why this member cannot apply (4xx)
 * - POST /programs/:id/apply/ — multipart: phone, answers, attachments (0–5), consent → 303 /my/?applied=<id>
 * - POST /my/applications/:id/withdraw — the applicant withdraws while 접수 → 303 /my/?withdrawn=1
 */
import express, { type Request, type Response } from 'express'
import type { Payload } from 'payload'
import { applyRefusalPage } from '../../pages/applyPage'
import { loadApplyContext } from '../../applications/applyContext'
import { ANSWERS_MAX_CHARS, checkSubmission, submitApplication } from '../../applications/submitApplication'
import { withdrawApplication } from '../../applications/withdrawApplication'
import { companyIdOf } from '../../../kernel/rules/roles'
import { msg } from '../../../kernel/i18n/messages'
import { currentUser, formBody, loginRedirect, route, sendPage } from '../session'
import { parseMultipart, UPLOAD_LIMITS, type FormProblem } from './multipart'
import { formPage, refusalPage } from './views'

/** What an over-limit or unreadable form means for the person, and its status. */
function problemAnswer(problem: FormProblem): { status: number; field: 'phone' | 'answers' | 'attachments'; message: string } {
  const max = UPLOAD_LIMITS.maxFileBytes / 1024 / 1024
  switch (problem.kind) {
    case 'too-many-files':
      return { status: 400, field: 'attachments', message: msg(null, 'applyTooManyFiles', { max: UPLOAD_LIMITS.maxFiles }) }
    case 'file-too-large':
      return { status: 413, field: 'attachments', message: msg(null, 'applyFileTooLarge', { name: problem.name, max }) }
    case 'body-too-large':
      return { status: 413, field: 'attachments', message: msg(null, 'applyRequestTooLarge', { files: UPLOAD_LIMITS.maxFiles, max }) }
    case 'field-too-long':
      if (problem.field === 'phone') return { status: 400, field: 'phone', message: msg(null, 'applyPhoneInvalid') }
      return { status: 400, field: 'answers', message: msg(null, 'applyAnswersMax', { max: ANSWERS_MAX_CHARS.toLocaleString('ko-KR') }) }
    default:
      return { status: 400, field: 'answers', message: msg(null, 'applyFormUnreadable') }
  }
}

export function applyRoutes(payload: Payload): express.Router {
  const router = express.Router()

  const context = async (req: Request) => {
    const user = await currentUser(payload, req)
    if (!user) return null
    const ctx = await loadApplyContext(payload, { user, programId: req.params.id, companyId: companyIdOf(user) })
    return { user, ctx }
  }

  router.get('/programs/:id/apply', route(async (req, res) => {
    const found = await context(req)
    if (!found) return loginRedirect(req, res)
    const { user, ctx } = found
    if (!ctx.check.ok) return sendPage(res, refusalPage(ctx, user), ctx.check.status)
    sendPage(res, formPage(ctx, user))
  }))

  router.post('/programs/:id/apply', route(async (req, res) => {
    const found = await context(req)
    if (!found) return discardThen(req, res, () => loginRedirect(req, res))
    const { user, ctx } = found
    if (!ctx.check.ok) return discardThen(req, res, () => sendPage(res, refusalPage(ctx, user), ctx.check.ok ? 200 : ctx.check.status))
    const { fields, files, problem } = await parseMultipart(req)
    const phone = fields.phone ?? ''
    const answers = (fields.answers ?? '').replace(/\r\n?/g, '\n')
    const consent = fields.consent === 'yes'
    const again = (status: number, errors: Record<string, string>) => sendPage(res, formPage(ctx, user, { phone, answers, consent, errors }), status)
    if (problem) {
      const answer = problemAnswer(problem)
      if (problem.kind === 'body-too-large') res.set('Connection', 'close')
      return again(answer.status, { [answer.field]: answer.message })
    }
    const errors = { ...checkSubmission({ phone, answers, files }), ...(consent ? {} : { consent: msg(null, 'applyConsentRequired') }) }
    if (Object.keys(errors).length) return again(400, errors)
    const result = await submitApplication(payload, { user, programId: ctx.program!.id, phone, answers, files })
    if (result.ok) return res.redirect(303, `/my/?applied=${encodeURIComponent(String(result.application.id))}`)
    if (result.field) return again(result.status, { [result.field]: result.message })
    sendPage(res, refusalPage(ctx, user, result.message), result.status)
  }))

  router.post('/my/applications/:id/withdraw', formBody, route(async (req, res) => {
    const user = await currentUser(payload, req)
    if (!user) return loginRedirect(req, res)
    const result = await withdrawApplication(payload, user, req.params.id)
    if (result.ok) return res.redirect(303, '/my/?withdrawn=1')
    sendPage(res, applyRefusalPage({ program: null, user, message: result.message, heading: '신청을 철회할 수 없습니다', crumb: '신청 철회' }), result.status)
  }))

  return router
}

/** Answers without reading a body we will not use: the rest of the upload is discarded as it arrives. */
function discardThen(req: Request, _res: Response, answer: () => void): void {
  req.resume()
  answer()
}
