import type { CollectionBeforeChangeHook } from 'payload'
import { isPlatformAdmin, sameId } from '../../../cms/domain/roles'
import { refuse } from '../../hooks/errors'
import { isTrustedWrite } from '../../hooks/trusted'

/**
 * A new account is a member; only a platform admin grants other roles (가입 시 유의사항 ③)
 * or moves a user to another company. The very first account of a fresh install becomes
 * the platform admin, so /admin/create-first-user bootstraps a production instance.
 */
export const guardRoleAndCompany: CollectionBeforeChangeHook = async ({ data, req, operation, originalDoc, context }) => {
  if (isTrustedWrite(context) || isPlatformAdmin(req.user)) return data

  if (operation === 'create') {
    const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
    if (totalDocs === 0) return { ...data, role: 'platform-admin' }
    if (data.role != null && data.role !== 'member') throw refuse(req, 'roleChangeForbidden')
    return { ...data, role: 'member' }
  }

  if (data.role !== undefined && data.role !== originalDoc?.role) throw refuse(req, 'roleChangeForbidden')
  if (data.company !== undefined && !sameId(data.company, originalDoc?.company)) {
    // A member without a company may attach itself to one (sign-up finishing step); nothing else.
    const attachingFirstCompany = originalDoc?.company == null && originalDoc?.role === 'member'
    if (!attachingFirstCompany) throw refuse(req, 'companyChangeForbidden')
  }
  return data
}
