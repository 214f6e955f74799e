import type { Access } from 'payload'
import { companyIdOf, isCompanyAdmin, isPlatformAdmin } from '../rules/roles'

/** Programs: anyone reads approved ones; a company admin also its own drafts; platform admins all. */
export const approvedOrOwnCompany: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  const approved = { reviewStatus: { equals: 'approved' } }
  const company = companyIdOf(req.user)
  if (isCompanyAdmin(req.user) && company != null) {
    return { or: [approved, { company: { equals: company } }] }
  }
  return approved
}
