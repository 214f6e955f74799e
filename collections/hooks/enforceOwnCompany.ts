import type { CollectionBeforeChangeHook } from 'payload'
import { companyIdOf, isCompanyAdmin, isContentStaff, isPlatformAdmin, sameId } from '../../cms/domain/roles'
import { refuse } from './errors'
import { isTrustedWrite } from './trusted'

/**
 * A company admin creates and edits only for its own company: the company field defaults to
 * theirs and any other value is refused (access rules can filter reads, not incoming data).
 */
export const enforceOwnCompany =
  (field = 'company'): CollectionBeforeChangeHook =>
  ({ data, req, operation, context }) => {
    const user = req.user
    if (isTrustedWrite(context) || isPlatformAdmin(user) || !user) return data
    if (isContentStaff(user)) return data
    if (!isCompanyAdmin(user)) return data
    const company = companyIdOf(user)
    if (company == null) throw refuse(req, 'noCompany')
    if (operation === 'create' && data[field] == null) data[field] = company
    if (data[field] !== undefined && !sameId(data[field], company)) throw refuse(req, 'ownCompanyOnly')
    return data
  }
