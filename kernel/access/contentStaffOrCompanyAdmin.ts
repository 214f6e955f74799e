import type { Access } from 'payload'
import { isContentStaff } from '../rules/roles'
import { canRegisterForACompany } from './canRegisterForACompany'

/** Who may create company-owned content: the content desk, or a company admin for its company. */
export const contentStaffOrCompanyAdmin: Access = (args) =>
  isContentStaff(args.req.user) || canRegisterForACompany(args)
