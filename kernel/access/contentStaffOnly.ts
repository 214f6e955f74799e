import type { Access } from 'payload'
import { isContentStaff } from '../rules/roles'

/** Editors and platform admins. */
export const contentStaffOnly: Access = ({ req }) => isContentStaff(req.user)
