import type { Access, FieldAccess, Where } from 'payload'
import { companyIdOf, isCompanyAdmin, isMember, isPlatformAdmin, sameId } from '../../cms/domain/roles'

/**
 * Platform admins edit every company; a company admin edits its own company; a member edits its
 * own company only when it is an SME or a mid-sized firm. Anyone may sign up as a member of a
 * 대기업·공공기관 (the first step to becoming its admin), so membership alone never lets them
 * rewrite a record the platform registered.
 */
export const ownCompanyRecord: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  const company = companyIdOf(req.user)
  if (company == null) return false
  const own: Where = { id: { equals: company } }
  if (isCompanyAdmin(req.user)) return own
  if (isMember(req.user)) return { and: [own, { category: { in: ['sme', 'midsize'] } }] }
  return false
}

/** 주거래기업 is business information: only the company's own people and platform admins see it. */
export const ownCompanyField: FieldAccess = ({ req, doc, id }) =>
  isPlatformAdmin(req.user) || sameId(companyIdOf(req.user), doc?.id ?? id)
