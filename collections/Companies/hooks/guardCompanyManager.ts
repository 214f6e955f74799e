import type { CollectionBeforeChangeHook } from 'payload'
import { isCompanyManager, managerFieldChanged, refChanges } from '../../../kernel/rules/membership'
import { companyIdOf, isMember, isPlatformAdmin, sameId } from '../../../kernel/rules/roles'
import { idOf } from '../../../notifications/ids'
import { fieldError } from '../../hooks/errors'
import { isTrustedWrite } from '../../../kernel/access/trusted'

/**
 * The 기업 담당자 (docs/SPEC.md "Company membership"): the member who registers a company becomes
 * its manager, set by the server; only a platform admin hands the role to another confirmed
 * member of the company. Among the company's members only the 담당자 changes what says who the
 * company is (kernel/rules/membership.ts MANAGER_FIELDS).
 */
export const guardCompanyManager: CollectionBeforeChangeHook = async ({ data, req, operation, originalDoc, context, collection }) => {
  if (isTrustedWrite(context)) return data
  const admin = isPlatformAdmin(req.user)

  if (operation === 'create') {
    if (admin) {
      if (data.manager != null) throw fieldError(req, collection.slug, 'manager', 'managerNotMember', { status: 400 })
      return data
    }
    // A member without a company registering its own: it becomes the company's 담당자.
    const registering = isMember(req.user) && companyIdOf(req.user) == null
    return { ...data, manager: registering ? req.user!.id : null }
  }

  if (data.manager !== undefined && refChanges(originalDoc?.manager, data.manager)) {
    if (!admin) throw fieldError(req, collection.slug, 'manager', 'managerByPlatformAdmin', { status: 403 })
    const managerId = idOf(data.manager)
    if (managerId != null) {
      const user = await req.payload.findByID({ collection: 'users', id: managerId, select: { company: true, role: true }, depth: 0, overrideAccess: true, req, disableErrors: true }).catch(() => null)
      if (!user || !isMember(user) || !sameId(user.company, originalDoc?.id)) throw fieldError(req, collection.slug, 'manager', 'managerNotMember', { status: 400 })
    }
  }

  if (!admin && isMember(req.user) && !isCompanyManager(req.user, originalDoc)) {
    const field = managerFieldChanged(originalDoc ?? {}, data)
    if (field) throw fieldError(req, collection.slug, field, 'companyManagerOnly', { status: 403 })
  }
  return data
}
