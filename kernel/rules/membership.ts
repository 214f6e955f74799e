/**
 * Company membership that is earned (docs/SPEC.md "Company membership"). An account's `company`
 * is a confirmed membership and every rule keyed on it (reading the company's private fields,
 * editing it, applying, seeing its applications) trusts it; a request to join is kept apart in
 * `pendingCompany`, so a request alone opens nothing. The person who registers a company becomes
 * its 기업 담당자 (`companies.manager`); the 담당자 or a platform admin confirms or declines the
 * requests, and a platform admin can hand the 담당자 role to another member of the company.
 */
import { companyIdOf, isPlatformAdmin, sameId, type RoleHolder } from './roles'

type Id = string | number
type Ref = Id | { id: Id } | null | undefined

export type MembershipState = { role?: string | null; company?: Ref; pendingCompany?: Ref }

export type ManagedCompany = { id: Id; manager?: Ref; category?: string | null }

/** Two relationship values differ (empty and empty do not). */
export const refChanges = (before: unknown, after: unknown): boolean =>
  !(before == null && after == null) && !sameId(before, after)

/** The company's 기업 담당자: a confirmed member of it named as its manager. */
export const isCompanyManager = (user: RoleHolder, company: ManagedCompany | null | undefined): boolean =>
  user?.id != null && company != null && sameId(companyIdOf(user), company.id) && sameId(company.manager, user.id)

/** Who confirms or declines a request to join `company`: its 기업 담당자, or a platform admin. */
export const mayDecideMembership = (user: RoleHolder, company: ManagedCompany | null | undefined): boolean =>
  isPlatformAdmin(user) || isCompanyManager(user, company)

export type MembershipRefusal = { field: 'company' | 'pendingCompany'; reason: 'companyChangeForbidden' | 'pendingCompanyForbidden' }

/**
 * What an account's own save (anyone but a platform admin or the server) may do to its
 * membership. `before` is the stored account (null on sign-up), `after` what the save sends,
 * `registeredTarget` whether the company named in `after.company` is one this account registered
 * (its manager is this account). A company is never joined by naming it: only the account that
 * just registered a company takes it as its own; everyone else asks (`pendingCompany`), and only
 * an account without a company asks.
 */
export function membershipChangeRefusal(before: MembershipState | null, after: MembershipState, registeredTarget: boolean): MembershipRefusal | null {
  if (after.company !== undefined && refChanges(before?.company, after.company)) {
    const ownRegistration = before != null && before.company == null && before.role === 'member' && after.company != null && registeredTarget
    if (!ownRegistration) return { field: 'company', reason: 'companyChangeForbidden' }
  }
  if (after.pendingCompany != null && refChanges(before?.pendingCompany, after.pendingCompany)) {
    const role = before?.role ?? 'member'
    if (before?.company != null || role !== 'member') return { field: 'pendingCompany', reason: 'pendingCompanyForbidden' }
  }
  return null
}

/** The fields that say who a company is: only its 기업 담당자 (or a platform admin) changes them. */
export const MANAGER_FIELDS = ['name', 'ceoName', 'bizRegNo', 'category'] as const
export type ManagerField = (typeof MANAGER_FIELDS)[number]

/** The first of those fields a save by a confirmed member who is not the 담당자 would change. */
export function managerFieldChanged(before: Partial<Record<ManagerField, unknown>>, after: Partial<Record<ManagerField, unknown>>): ManagerField | null {
  return MANAGER_FIELDS.find((field) => after[field] !== undefined && after[field] !== before[field]) ?? null
}

/** The membership an account ends with: a company, once confirmed, leaves no request open. */
export function settledMembership<T extends MembershipState>(next: T): T {
  return next.company != null && next.pendingCompany != null ? { ...next, pendingCompany: null } : next
}
