import type { Access, Where } from 'payload'
import { companyIdOf, isCompanyAdmin, isMember, isPlatformAdmin } from '../../cms/domain/roles'

/** Platform admins all; a company admin the applications to its programs; a member its own. */
export const applicationParties: Access = ({ req }): boolean | Where => {
  const user = req.user
  if (isPlatformAdmin(user)) return true
  const company = companyIdOf(user)
  if (isCompanyAdmin(user) && company != null) return { programCompany: { equals: company } }
  if (isMember(user) && user) return { applicant: { equals: user.id } }
  return false
}

export const membersApply: Access = ({ req }) => isMember(req.user) || isPlatformAdmin(req.user)
