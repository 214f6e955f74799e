import type { FieldAccess } from 'payload'
import { companyIdOf, isCompanyAdmin, isContentStaff, isPlatformAdmin, sameId } from '../rules/roles'

/** Field readable by platform admins and by the company admin whose company owns the document. */
export const ownerOrPlatformAdminField: FieldAccess = ({ req, doc }) => {
  if (isPlatformAdmin(req.user)) return true
  return isCompanyAdmin(req.user) && sameId(doc?.company, companyIdOf(req.user))
}

export const platformAdminField: FieldAccess = ({ req }) => isPlatformAdmin(req.user)

/** Field readable by editors and platform admins only (sending state, internal timestamps). */
export const contentStaffField: FieldAccess = ({ req }) => isContentStaff(req.user)

/** Written by server code only (Local API with overrideAccess), never through REST or the admin. */
export const serverOnlyField: FieldAccess = () => false

/** A user's own account fields (interests, alerts, notification switches): the user and platform admins. */
export const ownAccountField: FieldAccess = ({ req, doc, id }) => isPlatformAdmin(req.user) || sameId(doc?.id ?? id, req.user?.id)
