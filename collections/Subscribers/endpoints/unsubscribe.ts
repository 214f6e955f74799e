import type { Endpoint } from 'payload'
import { errorBody, isJsonRequest } from '../../../kernel/http/respond'
import { msg } from '../../../kernel/i18n/messages'
import { badLinkPage, unsubscribedPage, unsubscribeFormPage } from '../../../newsletter/subscribe/pages'
import { htmlPage, jsonAnswer } from '../../../newsletter/subscribe/responses'
import { subscriberFromToken, tokenPath } from '../../../newsletter/subscribe/subscriberFromToken'

/**
 * GET /api/subscribers/unsubscribe?token= — a page with one button. Opening the link changes
 * nothing: mail security scanners open every link in a message before the reader does.
 */
export const unsubscribePageEndpoint: Endpoint = {
  path: '/unsubscribe',
  method: 'get',
  handler: async (req) => {
    const found = await subscriberFromToken(req, 'unsubscribe')
    if (!found) return htmlPage(badLinkPage('unsubscribe'), 400)
    return htmlPage(unsubscribeFormPage(tokenPath('unsubscribe', found.token)), 200)
  },
}

/**
 * POST /api/subscribers/unsubscribe?token= — unsubscribes. Mail clients doing RFC 8058
 * one-click post `List-Unsubscribe=One-Click` and only look for a 2xx; a browser (our button)
 * gets the confirmation page. Repeating it changes nothing and answers the same.
 */
export const unsubscribeEndpoint: Endpoint = {
  path: '/unsubscribe',
  method: 'post',
  handler: async (req) => {
    const found = await subscriberFromToken(req, 'unsubscribe')
    if (!found) {
      return isJsonRequest(req) ? jsonAnswer(errorBody(msg(req, 'subscriberLinkInvalid')), 400) : htmlPage(badLinkPage('unsubscribe'), 400)
    }
    const { subscriber } = found
    if (subscriber.status !== 'unsubscribed') {
      await req.payload.update({
        collection: 'subscribers',
        id: subscriber.id,
        data: { status: 'unsubscribed', unsubscribedAt: new Date().toISOString() },
        depth: 0,
        overrideAccess: true,
      })
    }
    const message = msg(req, 'subscriberUnsubscribed')
    return isJsonRequest(req) ? jsonAnswer({ message }, 200) : htmlPage(unsubscribedPage(msg(null, 'subscriberUnsubscribed')), 200)
  },
}
