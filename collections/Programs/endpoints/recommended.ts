import type { Endpoint } from 'payload'
import { errorResponse, refusal } from '../../../kernel/http/respond'
import { ELIGIBILITY_REASON_LABELS } from '../../../kernel/rules/eligibility'
import { isMember, isPlatformAdmin } from '../../../kernel/rules/roles'
import { pageOf, positiveInt } from '../../../members/operations/paging'
import { recommendedPrograms } from '../../../members/operations/recommendations'
import type { User } from '../../../kernel/payload-types'

/**
 * GET /api/programs/recommended — a member's 추천 프로그램, ranked (모집중 first, then the nearest
 * deadline, then the match with its industry and region). A platform admin may add
 * `?company=<id>` to see what that company is recommended. Each doc carries its `phase` and
 * `eligibleAs` (why the company may apply: open, partner, affiliate, criteria). Paged like
 * Payload's own lists: `?page=` (from 1) and `?limit=` (default 20, at most 100).
 */
const DEFAULT_LIMIT = 20
const MAX_LIMIT = 100

export const recommendedEndpoint: Endpoint = {
  path: '/recommended',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refusal(req, 'loginRequired', 401)
    const user = req.user as unknown as User
    if (!isMember(user) && !isPlatformAdmin(user)) return refusal(req, 'forbidden', 403)
    const page = positiveInt(req.query?.page)
    const limit = positiveInt(req.query?.limit, MAX_LIMIT)
    if (page === null || limit === null) return refusal(req, 'pageInvalid', 400)
    const asked = typeof req.query?.company === 'string' && req.query.company.trim() ? req.query.company.trim() : undefined
    try {
      const { company, items } = await recommendedPrograms(req.payload, user, isPlatformAdmin(user) ? asked : undefined)
      if (!company && asked && isPlatformAdmin(user)) return refusal(req, 'notFound', 404)
      const paged = pageOf(items, page ?? 1, limit ?? DEFAULT_LIMIT)
      const docs = paged.docs.map(({ program, company: owner, eligibleAs }) => ({
        ...program,
        companyName: owner.name,
        eligibleAs,
        eligibleAsLabel: ELIGIBILITY_REASON_LABELS[eligibleAs],
      }))
      return Response.json({ ...paged, docs })
    } catch (error) {
      return errorResponse(error, req)
    }
  },
}
