/**
 * Who sees which 동반성장 평가 report: a platform admin any company (or all); a company admin its
 * own company only (asking for another is refused, asking for none means its own); nobody else.
 * Shared by GET /api/reports/evaluation and the admin views.
 */
import { companyIdOf, isCompanyAdmin, isPlatformAdmin, sameId, type RoleHolder } from '../kernel/rules/roles'
import type { MessageKey } from '../kernel/i18n/messages'

export type ReportScope =
  | { ok: true; companyId: string | number | null }
  | { ok: false; status: 401 | 403; key: MessageKey }

export function reportScope(user: RoleHolder, requestedCompany: string | null | undefined): ReportScope {
  const requested = requestedCompany?.trim() || null
  if (!user) return { ok: false, status: 401, key: 'loginRequired' }
  if (isPlatformAdmin(user)) return { ok: true, companyId: requested }
  if (!isCompanyAdmin(user)) return { ok: false, status: 403, key: 'evaluationStaffOnly' }
  const own = companyIdOf(user)
  if (own == null) return { ok: false, status: 403, key: 'noCompany' }
  if (requested != null && !sameId(requested, own)) return { ok: false, status: 403, key: 'evaluationOwnCompanyOnly' }
  return { ok: true, companyId: own }
}
