import type { Endpoint, PayloadRequest } from 'payload'
import { errorBody } from '../../../kernel/http/respond'
import { msg, type MessageKey } from '../../../kernel/i18n/messages'
import type { Subscriber } from '../../../kernel/payload-types'
import { badLinkPage, preferencesPage, preferencesSavedPage } from '../../../newsletter/subscribe/pages'
import { isFormPost, readFields } from '../../../newsletter/subscribe/readFields'
import { htmlPage, jsonAnswer } from '../../../newsletter/subscribe/responses'
import { subscriberFromToken, tokenPath } from '../../../newsletter/subscribe/subscriberFromToken'
import { parsePreferences, type InputProblem, type Interests } from '../../../newsletter/subscribe/validate'
import { subscriberLink } from '../../../newsletter/links'

const PROBLEM_MESSAGES: Record<InputProblem, MessageKey> = {
  emailInvalid: 'subscriberInputInvalid',
  nameInvalid: 'subscriberNameInvalid',
  interestsInvalid: 'subscriberInterestsInvalid',
  inputInvalid: 'subscriberInputInvalid',
}

const storedInterests = (s: Subscriber): Interests => ({ supportFields: s.interests?.supportFields ?? [], regions: s.interests?.regions ?? [] })

/** The page's links, as paths: the unsubscribe link is made here, the reader holds only this one. */
function view(req: PayloadRequest, subscriber: Subscriber, token: string) {
  return {
    actionUrl: tokenPath('preferences', token),
    unsubscribeUrl: subscriberLink('unsubscribe', subscriber.id, { siteUrl: '', secret: req.payload.secret }),
    name: subscriber.name,
    interests: storedInterests(subscriber),
    programAlerts: subscriber.programAlerts?.enabled === true,
    status: subscriber.status,
  }
}

/** GET /api/subscribers/preferences?token= — the subscriber's name and interests, as a form. */
export const preferencesPageEndpoint: Endpoint = {
  path: '/preferences',
  method: 'get',
  handler: async (req) => {
    const found = await subscriberFromToken(req, 'preferences')
    if (!found) return htmlPage(badLinkPage('preferences'), 400)
    return htmlPage(preferencesPage(view(req, found.subscriber, found.token)), 200)
  },
}

/**
 * POST /api/subscribers/preferences?token= — saves name, interests and the weekly program
 * alert, checked like a sign-up. A form post names every interest that is ticked, so none
 * ticked means none wanted (and an unticked alert box means no alerts); a JSON client that
 * leaves `interests` or `programAlerts` out keeps the stored ones.
 */
export const preferencesEndpoint: Endpoint = {
  path: '/preferences',
  method: 'post',
  handler: async (req) => {
    const form = isFormPost(req)
    const found = await subscriberFromToken(req, 'preferences')
    if (!found) return form ? htmlPage(badLinkPage('preferences'), 400) : jsonAnswer(errorBody(msg(req, 'subscriberLinkInvalid')), 400)
    const fields = await readFields(req)
    const input = fields.ok ? parsePreferences(fields.value) : fields
    if (!input.ok) {
      const key = PROBLEM_MESSAGES[input.problem]
      if (!form) return jsonAnswer(errorBody(msg(req, key)), 400)
      return htmlPage(preferencesPage({ ...view(req, found.subscriber, found.token), error: msg(null, key) }), 400)
    }
    const { name, interests, programAlerts } = input.value
    const alerts = form ? programAlerts ?? false : programAlerts
    const saved = await req.payload.update({
      collection: 'subscribers',
      id: found.subscriber.id,
      data: {
        ...(form || name !== undefined ? { name: name ?? null } : {}),
        ...(form || interests ? { interests: interests ?? { supportFields: [], regions: [] } } : {}),
        // Only the switch: the alert's watermark (coveredUntil) is the sender's.
        ...(alerts !== undefined ? { programAlerts: { enabled: alerts } } : {}),
      },
      depth: 0,
      overrideAccess: true,
    })
    const message = msg(req, 'subscriberPreferencesSaved')
    if (!form) return jsonAnswer({ message, name: saved.name ?? null, interests: storedInterests(saved), programAlerts: { enabled: saved.programAlerts?.enabled === true } }, 200)
    const { unsubscribeUrl } = view(req, saved, found.token)
    return htmlPage(
      preferencesSavedPage(msg(null, 'subscriberPreferencesSaved'), {
        preferencesUrl: tokenPath('preferences', found.token), unsubscribeUrl, name: saved.name, interests: storedInterests(saved),
        programAlerts: saved.programAlerts?.enabled === true, status: saved.status,
      }),
      200,
    )
  },
}
