import type { CollectionBeforeChangeHook } from 'payload'
import { isPlatformAdmin, sameId } from '../../../cms/domain/roles'
import { fieldError } from '../../hooks/errors'
import { isTrustedWrite } from '../../hooks/trusted'

/**
 * A new account is a member; only a platform admin grants other roles (가입 시 유의사항 ③)
 * or moves a user to another company. The very first account of a fresh install becomes
 * the platform admin, so /admin/create-first-user bootstraps a production instance.
 */
export const guardRoleAndCompany: CollectionBeforeChangeHook = async ({ data, req, operation, originalDoc, context, collection }) => {
  const refuseField = (path: 'role' | 'company', key: 'roleChangeForbidden' | 'companyChangeForbidden') =>
    fieldError(req, collection.slug, path, key, { status: 403 })
  if (isTrustedWrite(context) || isPlatformAdmin(req.user)) return data

  if (operation === 'create') {
    const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
    if (totalDocs === 0) return { ...data, role: 'platform-admin' }
    if (data.role != null && data.role !== 'member') throw refuseField('role', 'roleChangeForbidden')
    return { ...data, role: 'member' }
  }

  if (data.role !== undefined && data.role !== originalDoc?.role) throw refuseField('role', 'roleChangeForbidden')
  if (data.company !== undefined && !sameId(data.company, originalDoc?.company)) {
    // A member without a company may attach itself to one (sign-up finishing step); nothing else.
    const attachingFirstCompany = originalDoc?.company == null && originalDoc?.role === 'member'
    if (!attachingFirstCompany) throw refuseField('company', 'companyChangeForbidden')
  }
  return data
}
