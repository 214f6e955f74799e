import type { Access } from 'payload'
import { isPlatformAdmin } from '../domain/roles'

export const platformAdminOnly: Access = ({ req }) => isPlatformAdmin(req.user)
