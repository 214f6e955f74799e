import type { CollectionBeforeChangeHook } from 'payload'
import { companyIdOf, isCompanyAdmin, isContentStaff, isPlatformAdmin, sameId } from '../../kernel/rules/roles'
import { fieldError } from './errors'
import { isTrustedWrite } from '../../kernel/access/trusted'

/**
 * A company admin creates and edits only for its own company: the company field defaults to
 * theirs and any other value is refused (access rules can filter reads, not incoming data).
 */
export const enforceOwnCompany =
  (field = 'company'): CollectionBeforeChangeHook =>
  ({ data, req, operation, context, collection }) => {
    const user = req.user
    if (isTrustedWrite(context) || isPlatformAdmin(user) || !user) return data
    if (isContentStaff(user)) return data
    if (!isCompanyAdmin(user)) return data
    const company = companyIdOf(user)
    if (company == null) throw fieldError(req, collection.slug, field, 'noCompany', { status: 403 })
    if (operation === 'create' && data[field] == null) data[field] = company
    if (data[field] !== undefined && !sameId(data[field], company)) throw fieldError(req, collection.slug, field, 'ownCompanyOnly', { status: 403 })
    return data
  }
