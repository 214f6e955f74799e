import type { Access, FieldAccess, Where } from 'payload'
import { companyIdOf, isCompanyAdmin, isMember, isPlatformAdmin, sameId } from '../../kernel/rules/roles'
import { isOperatorCategory } from '../../kernel/rules/operators'

/**
 * Platform admins edit every company; a company admin edits its own company; a confirmed member
 * edits its own company only when it is an SME or a mid-sized firm (and only its 기업 담당자 what
 * says who the company is: collections/Companies/hooks/guardCompanyManager.ts). A request to join
 * (`pendingCompany`) is not membership: `company` is set only once it is confirmed.
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

/**
 * Private company information (사업자등록번호, 대표자명, 주소, 주거래기업, 기업 담당자): only the
 * company's own confirmed people and platform admins read it. Without a document (a `where` on
 * the field) only platform admins may use it, so nobody can search companies by a private value.
 */
export const ownCompanyField: FieldAccess = ({ req, doc, id }) =>
  isPlatformAdmin(req.user) || ((doc?.id ?? id) != null && sameId(companyIdOf(req.user), doc?.id ?? id))

/**
 * What the public site shows of a 대기업·공공기관 (homepage, 기업집단, logo) is public for those;
 * for SMEs and mid-sized firms it is their own (many are sole proprietors: personal data).
 */
export const operatorPublicField: FieldAccess = (args) =>
  isOperatorCategory(args.doc?.category) || ownCompanyField(args)
