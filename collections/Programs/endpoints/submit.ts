import type { Endpoint } from 'payload'
import { errorResponse, readJsonBody, refusal, routeId } from '../../../kernel/http/respond'

/** POST /api/programs/:id/submit — the owner asks the platform to review (작성중/수정요청 → 확인요청). */
export const submitEndpoint: Endpoint = {
  path: '/:id/submit',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refusal(req, 'loginRequired', 401)
    try {
      const id = routeId(req)
      // Nothing to send: a body, if any, is JSON without fields (a form from another site is 415).
      await readJsonBody(req, [])
      const doc = await req.payload.update({
        collection: 'programs',
        id,
        data: { reviewStatus: 'submitted' },
        overrideAccess: false,
        user: req.user,
        req,
      })
      return Response.json({ message: '확인요청되었습니다. 상생누리 관리자의 확인을 기다려 주세요.', doc })
    } catch (error) {
      return errorResponse(error, req)
    }
  },
}
