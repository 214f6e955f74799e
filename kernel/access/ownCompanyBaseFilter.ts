import type { BaseFilter } from 'payload'
import { companyIdOf, isCompanyAdmin } from '../rules/roles'

/**
 * The admin list a company admin opens starts from its own company's documents (`field` names
 * the company); everyone else sees what their access allows. A view filter, not access control.
 */
export const ownCompanyBaseFilter =
  (field: string): BaseFilter =>
  ({ req }) => {
    const company = companyIdOf(req.user)
    return isCompanyAdmin(req.user) && company != null ? { [field]: { equals: company } } : null
  }
