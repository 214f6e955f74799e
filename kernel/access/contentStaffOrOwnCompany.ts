import type { Access } from 'payload'
import { isContentStaff } from '../rules/roles'
import { ownCompanyOrPlatformAdmin } from './ownCompanyOrPlatformAdmin'

/** Editors and platform admins: everything; a company admin: its own company's items. */
export const contentStaffOrOwnCompany =
  (field = 'company'): Access =>
  (args) =>
    isContentStaff(args.req.user) || ownCompanyOrPlatformAdmin(field)(args)
