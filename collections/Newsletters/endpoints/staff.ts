import type { PayloadRequest } from 'payload'
import { refusal } from '../../../cms/api/respond'
import { isContentStaff } from '../../../cms/domain/roles'

/** The newsletter desk is for editors and platform admins: a refusal for anyone else, or null. */
export function refuseUnlessStaff(req: PayloadRequest): Response | null {
  if (!req.user) return refusal(req, 'loginRequired', 401)
  if (!isContentStaff(req.user)) return refusal(req, 'forbidden', 403)
  return null
}

export const routeId = (req: PayloadRequest): string => String(req.routeParams?.id ?? '')
