import type { Endpoint } from 'payload'
import { badLinkPage } from '../../../newsletter/subscribe/pages'
import { htmlPage, seeOther, THANKS_PATH } from '../../../newsletter/subscribe/responses'
import { subscriberFromToken } from '../../../newsletter/subscribe/subscriberFromToken'

/**
 * GET /api/subscribers/confirm?token= — the double opt-in click. A pending subscriber becomes
 * confirmed; a confirmed one is simply thanked again. An unsubscribed one stays unsubscribed:
 * the link predates the withdrawal (a new sign-up would have made it pending), so only a new
 * sign-up brings the address back.
 */
export const confirmEndpoint: Endpoint = {
  path: '/confirm',
  method: 'get',
  handler: async (req) => {
    const found = await subscriberFromToken(req, 'confirm')
    if (!found || found.subscriber.status === 'unsubscribed') return htmlPage(badLinkPage('confirm'), 400)
    const { subscriber } = found
    if (subscriber.status === 'pending') {
      await req.payload.update({
        collection: 'subscribers',
        id: subscriber.id,
        data: { status: 'confirmed', confirmedAt: new Date().toISOString() },
        depth: 0,
        overrideAccess: true,
      })
    }
    return seeOther(THANKS_PATH)
  },
}
