import type { FieldAccess } from 'payload'
import { companyIdOf, isCompanyAdmin, isPlatformAdmin, sameId } from '../domain/roles'

/** Field readable by platform admins and by the company admin whose company owns the document. */
export const ownerOrPlatformAdminField: FieldAccess = ({ req, doc }) => {
  if (isPlatformAdmin(req.user)) return true
  return isCompanyAdmin(req.user) && sameId(doc?.company, companyIdOf(req.user))
}

export const platformAdminField: FieldAccess = ({ req }) => isPlatformAdmin(req.user)
