import type { Access } from 'payload'
import { companyIdOf, isCompanyAdmin, isPlatformAdmin } from '../rules/roles'

/** Platform admins, or a company admin who belongs to a company. */
export const canRegisterForACompany: Access = ({ req }) =>
  isPlatformAdmin(req.user) || (isCompanyAdmin(req.user) && companyIdOf(req.user) != null)
