import type { Endpoint, PayloadRequest } from 'payload'
import { errorResponse, refusal, routeId } from '../../../kernel/http/respond'
import { isContentStaff } from '../../../kernel/rules/roles'

/** The newsletter desk is for editors and platform admins: a refusal for anyone else, or null. */
function refuseUnlessStaff(req: PayloadRequest): Response | null {
  if (!req.user) return refusal(req, 'loginRequired', 401)
  if (!isContentStaff(req.user)) return refusal(req, 'forbidden', 403)
  return null
}

/**
 * An endpoint of the newsletter desk on /api/newsletters/:id/…: staff only; what the handler
 * throws becomes the 4xx it names (APIError), anything unexpected a logged 500.
 */
export function staffEndpoint(path: string, method: 'get' | 'post', handler: (req: PayloadRequest, id: string) => Promise<Response>): Endpoint {
  return {
    path,
    method,
    handler: async (req) => {
      const refused = refuseUnlessStaff(req)
      if (refused) return refused
      try {
        return await handler(req, routeId(req))
      } catch (error) {
        return errorResponse(error, req)
      }
    },
  }
}
