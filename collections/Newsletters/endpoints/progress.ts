import type { Endpoint } from 'payload'
import { errorResponse } from '../../../cms/api/respond'
import { sendProgress } from '../../../newsletter/send/progress'
import { refuseUnlessStaff, routeId } from './staff'

/** GET /api/newsletters/:id/progress — live counts from the ledger and the rows that need a decision. */
export const progressEndpoint: Endpoint = {
  path: '/:id/progress',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    try {
      return Response.json(await sendProgress(req.payload, routeId(req)), { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      return errorResponse(error, req)
    }
  },
}
