import type { Access } from 'payload'
import { companyIdOf, isCompanyAdmin, isPlatformAdmin } from '../rules/roles'

/**
 * Platform admins: everything. Company admins: documents whose `field` is their company.
 * Everyone else: nothing.
 */
export const ownCompanyOrPlatformAdmin =
  (field = 'company'): Access =>
  ({ req }) => {
    if (isPlatformAdmin(req.user)) return true
    const company = companyIdOf(req.user)
    if (isCompanyAdmin(req.user) && company != null) return { [field]: { equals: company } }
    return false
  }
