import type { Endpoint } from 'payload'
import { errorResponse, readJsonBody, refusal, routeId } from '../../../kernel/http/respond'
import { isPlatformAdmin } from '../../../kernel/rules/roles'

const DECISIONS = { approve: 'approved', 'request-changes': 'changes-requested' } as const

/** POST /api/programs/:id/review {decision, note} — the platform admin's 확인완료 / 수정요청. */
export const reviewEndpoint: Endpoint = {
  path: '/:id/review',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refusal(req, 'loginRequired', 401)
    if (!isPlatformAdmin(req.user)) return refusal(req, 'onlyPlatformAdminReviews', 403)
    try {
      const id = routeId(req)
      // JSON with these fields only (a form or text/plain post from another site is 415).
      const body = await readJsonBody(req, ['decision', 'note'])
      // Own keys only: ['approve'] or "toString" must not pass for a decision.
      const decision = typeof body.decision === 'string' && Object.hasOwn(DECISIONS, body.decision)
        ? DECISIONS[body.decision as keyof typeof DECISIONS]
        : undefined
      if (!decision) return refusal(req, 'reviewDecisionInvalid', 400)
      const note = typeof body.note === 'string' ? body.note.trim() : ''
      if (decision === 'changes-requested' && !note) return refusal(req, 'reviewNoteRequired', 400)
      const doc = await req.payload.update({
        collection: 'programs',
        id,
        data: { reviewStatus: decision, ...(note ? { reviewNote: note } : {}) },
        overrideAccess: false,
        user: req.user,
        req,
      })
      return Response.json({ message: decision === 'approved' ? '확인완료되었습니다.' : '수정요청되었습니다.', doc })
    } catch (error) {
      return errorResponse(error, req)
    }
  },
}
