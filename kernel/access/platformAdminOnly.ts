import type { Access } from 'payload'
import { isPlatformAdmin } from '../rules/roles'

export const platformAdminOnly: Access = ({ req }) => isPlatformAdmin(req.user)
