import type { Access, FieldAccess, Where } from 'payload'
import { companyIdOf, isCompanyAdmin, isMember, isPlatformAdmin, sameId } from '../../kernel/rules/roles'

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

/**
 * A value the applicant gives about itself (the contact phone), on its own application only:
 * a member (the hook makes it the applicant whatever it sends), or a platform admin applying in
 * its own name.
 */
export const applicantsOwnCreate: FieldAccess = ({ req, data }) => {
  const user = req.user
  if (isMember(user)) return true
  return isPlatformAdmin(user) && (data?.applicant == null || sameId(data.applicant, user?.id))
}
