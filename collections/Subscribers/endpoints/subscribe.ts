import type { Endpoint, PayloadRequest } from 'payload'
import { errorBody } from '../../../kernel/http/respond'
import { readEnv } from '../../../kernel/settings/env'
import { msg, type MessageKey } from '../../../kernel/i18n/messages'
import { countSubscribe, TooManyRequests } from '../../../kernel/http/throttle'
import { signUpRefusedPage, tooManyPage } from '../../../newsletter/subscribe/pages'
import { isFormPost, readFields } from '../../../newsletter/subscribe/readFields'
import { CHECK_EMAIL_PATH, htmlPage, jsonAnswer, seeOther } from '../../../newsletter/subscribe/responses'
import { signUp } from '../../../newsletter/subscribe/signUp'
import { parseSignUp, type InputProblem } from '../../../newsletter/subscribe/validate'


const PROBLEM_MESSAGES: Record<InputProblem, MessageKey> = {
  emailInvalid: 'subscriberEmailInvalid',
  nameInvalid: 'subscriberNameInvalid',
  interestsInvalid: 'subscriberInterestsInvalid',
  inputInvalid: 'subscriberInputInvalid',
}

/** A browser gets a page, an API client the JSON error body of Payload's REST. */
function refuse(req: PayloadRequest, form: boolean, key: MessageKey, status: number): Response {
  if (form) return htmlPage(status === 429 ? tooManyPage(msg(null, key)) : signUpRefusedPage(msg(null, key)), status)
  return jsonAnswer(errorBody(msg(req, key)), status)
}

/** Too many sign-ups from this client address (kernel/http/throttle.ts): 429 with Retry-After. */
async function tooMany(req: PayloadRequest, form: boolean): Promise<Response | null> {
  try {
    await countSubscribe(req)
    return null
  } catch (error) {
    if (!(error instanceof TooManyRequests)) throw error
    const response = refuse(req, form, 'subscriberTooMany', 429)
    response.headers.set('Retry-After', String(error.retryAfterSeconds))
    return response
  }
}

/**
 * POST /api/subscribers/subscribe — double opt-in sign-up, from the site's form (no JavaScript)
 * or as JSON `{email, name?, interests?}`. A valid request always gets the same answer (JSON 202
 * with one fixed body, or 303 to the check-your-inbox page), whether the address is new,
 * pending, confirmed or unsubscribed.
 */
export const subscribeEndpoint: Endpoint = {
  path: '/subscribe',
  method: 'post',
  handler: async (req) => {
    const form = isFormPost(req)
    const fields = await readFields(req)
    const input = fields.ok ? parseSignUp(fields.value) : fields
    if (!input.ok) return refuse(req, form, PROBLEM_MESSAGES[input.problem], 400)
    // Only valid sign-ups count: they reach the database and the mail server.
    const refused = await tooMany(req, form)
    if (refused) return refused
    try {
      await signUp(req.payload, input.value, { siteUrl: readEnv().siteUrl })
    } catch (error) {
      // Logged for the operator; the visitor still gets the one answer, which must not depend
      // on the address's state.
      req.payload.logger.error({ err: error, msg: '구독 신청을 처리하지 못했습니다' })
    }
    return form ? seeOther(CHECK_EMAIL_PATH) : jsonAnswer({ message: msg(req, 'subscriberAccepted') }, 202)
  },
}
