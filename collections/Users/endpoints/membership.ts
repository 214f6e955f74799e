import type { Endpoint } from 'payload'
import { errorResponse, readJsonBody, refusal } from '../../../kernel/http/respond'
import { msg } from '../../../kernel/i18n/messages'
import { decideMembership, isMembershipDecision } from '../../../members/operations/membership'
import type { User } from '../../../kernel/payload-types'

/**
 * POST /api/users/:id/membership {decision: "confirm" | "decline"} — the company's 기업 담당자
 * or a platform admin answers the account's request to join (members/operations/membership.ts). JSON
 * only: a form or text/plain body, which another site's page could send with the cookie, is 415.
 */
export const membershipEndpoint: Endpoint = {
  path: '/:id/membership',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refusal(req, 'loginRequired', 401)
    try {
      const body = await readJsonBody(req, ['decision'])
      if (!isMembershipDecision(body.decision)) return refusal(req, 'membershipDecisionInvalid', 400)
      const outcome = await decideMembership(req.payload, req.user as User, req.routeParams?.id, body.decision)
      if (!outcome.ok) return refusal(req, outcome.key, outcome.status)
      const { user, company } = outcome.request
      const message = msg(req, outcome.decision === 'confirm' ? 'membershipConfirmed' : 'membershipDeclined', { name: user.name || user.email, company: company.name })
      return Response.json({ message, decision: outcome.decision })
    } catch (error) {
      return errorResponse(error, req)
    }
  },
}
