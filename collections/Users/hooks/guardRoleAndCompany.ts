import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { membershipChangeRefusal, settledMembership } from '../../../kernel/rules/membership'
import { isPlatformAdmin, sameId } from '../../../kernel/rules/roles'
import { idOf } from '../../../notifications/ids'
import { fieldError } from '../../hooks/errors'
import { isTrustedWrite } from '../../../kernel/access/trusted'

/** Whether `userId` is the manager of the company `companyRef` names (the one it registered). */
async function registeredBy(req: PayloadRequest, companyRef: unknown, userId: unknown): Promise<boolean> {
  const id = idOf(companyRef)
  if (id == null || userId == null) return false
  try {
    const company = await req.payload.findByID({ collection: 'companies', id, select: { manager: true }, depth: 0, overrideAccess: true, req, disableErrors: true })
    return company != null && sameId(company.manager, userId)
  } catch {
    return false // not an id this database could hold
  }
}

/**
 * A new account is a member; only a platform admin grants other roles (가입 시 유의사항 ③) or
 * sets a user's company. An account joins a company by asking (`pendingCompany`), confirmed by
 * the company's 기업 담당자 or a platform admin (kernel/rules/membership.ts); the only company an
 * account takes by itself is the one it has just registered. The very first account of a fresh
 * install becomes the platform admin, so /admin/create-first-user bootstraps a production instance.
 */
export const guardRoleAndCompany: CollectionBeforeChangeHook = async ({ data, req, operation, originalDoc, context, collection }) => {
  const refuseField = (path: 'role' | 'company' | 'pendingCompany', key: 'roleChangeForbidden' | 'companyChangeForbidden' | 'pendingCompanyForbidden') =>
    fieldError(req, collection.slug, path, key, { status: 403 })
  const settle = (next: typeof data) => settledMembership({ ...next, company: next.company === undefined ? originalDoc?.company : next.company })
  if (isTrustedWrite(context) || isPlatformAdmin(req.user)) return settle(data)

  if (operation === 'create') {
    const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
    if (totalDocs === 0) return { ...data, role: 'platform-admin' }
    if (data.role != null && data.role !== 'member') throw refuseField('role', 'roleChangeForbidden')
  } else if (data.role !== undefined && data.role !== originalDoc?.role) {
    throw refuseField('role', 'roleChangeForbidden')
  }

  const before = operation === 'create' ? null : { role: originalDoc?.role, company: originalDoc?.company, pendingCompany: originalDoc?.pendingCompany }
  const refusal = membershipChangeRefusal(before, data, data.company != null && (await registeredBy(req, data.company, originalDoc?.id)))
  if (refusal) throw refuseField(refusal.field, refusal.reason)
  return settle(operation === 'create' ? { ...data, role: 'member' } : data)
}
