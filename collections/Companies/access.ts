import type { Access, FieldAccess } from 'payload'
import { companyIdOf, isCompanyAdmin, isMember, isPlatformAdmin, sameId } from '../../cms/domain/roles'

/** Platform admins edit every company; a company admin or member edits its own company. */
export const ownCompanyRecord: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  const company = companyIdOf(req.user)
  if ((isCompanyAdmin(req.user) || isMember(req.user)) && company != null) return { id: { equals: company } }
  return false
}

/** 주거래기업 is business information: only the company's own people and platform admins see it. */
export const ownCompanyField: FieldAccess = ({ req, doc, id }) =>
  isPlatformAdmin(req.user) || sameId(companyIdOf(req.user), doc?.id ?? id)
