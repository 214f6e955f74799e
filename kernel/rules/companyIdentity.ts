/**
 * Who may set what identifies a company: its 기업분류 and 사업자등록번호. 대기업 and 공공기관 are
 * registered by the platform (their programs, partner guides and 동반성장 평가 hang on them), so
 * outside the platform admins nobody registers one, turns one into an SME (after which its
 * self-joined members could edit it), turns an SME into one, or changes its 사업자등록번호.
 * SMEs and mid-sized firms are registered by their own people, who may keep them up to date.
 */
import { isOperatorCategory } from './operators'
export type CompanyIdentity = { category?: string | null; bizRegNo?: string | null }

export type IdentityRefusal = { field: 'category' | 'bizRegNo'; reason: 'largeCompanyByAdmin' | 'platformCompanyIdentityByAdmin' }

const registered = isOperatorCategory

/**
 * What a save by anyone but a platform admin (or the server's own trusted writes) may not do:
 * `before` is the stored company (null on create), `after` what the save sends.
 */
export function companyIdentityRefusal(before: CompanyIdentity | null, after: CompanyIdentity): IdentityRefusal | null {
  if (!before) return registered(after.category) ? { field: 'category', reason: 'largeCompanyByAdmin' } : null
  const categoryChanges = after.category !== undefined && after.category !== before.category
  if (categoryChanges && registered(after.category)) return { field: 'category', reason: 'largeCompanyByAdmin' }
  if (categoryChanges && registered(before.category)) return { field: 'category', reason: 'platformCompanyIdentityByAdmin' }
  const numberChanges = after.bizRegNo !== undefined && after.bizRegNo !== before.bizRegNo
  if (numberChanges && registered(before.category)) return { field: 'bizRegNo', reason: 'platformCompanyIdentityByAdmin' }
  return null
}
