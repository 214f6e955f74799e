/** users.role — the four kinds of account (SPEC "Users and roles"). */
export const ROLES = ['platform-admin', 'company-admin', 'editor', 'member'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { ko: string; en: string }> = {
  'platform-admin': { ko: '상생누리 관리자', en: 'Platform admin' },
  'company-admin': { ko: '운영기업 관리자', en: 'Company admin' },
  editor: { ko: '편집자', en: 'Editor' },
  member: { ko: '일반회원', en: 'Member' },
}

/** The smallest shape of a user the rules need; works for SQLite (number) and MongoDB (string) ids. */
export type RoleHolder = {
  id?: string | number
  role?: string | null
  company?: string | number | { id: string | number } | null
} | null | undefined

export const isPlatformAdmin = (user: RoleHolder): boolean => user?.role === 'platform-admin'
export const isCompanyAdmin = (user: RoleHolder): boolean => user?.role === 'company-admin'
export const isEditor = (user: RoleHolder): boolean => user?.role === 'editor'
export const isMember = (user: RoleHolder): boolean => user?.role === 'member'
/** Editors and platform admins run the content desk (card news, guides, newsletters). */
export const isContentStaff = (user: RoleHolder): boolean => isPlatformAdmin(user) || isEditor(user)

/** The id of the company a user belongs to, whether the relation is populated or not. */
export function companyIdOf(user: RoleHolder): string | number | null {
  const company = user?.company
  if (company == null) return null
  return typeof company === 'object' ? company.id : company
}

/** Same id, whatever the adapter's id type (1 vs '1', ObjectId strings). */
export function sameId(a: unknown, b: unknown): boolean {
  if (a == null || b == null) return false
  const id = (v: unknown) => (typeof v === 'object' && v !== null && 'id' in v ? (v as { id: unknown }).id : v)
  return String(id(a)) === String(id(b))
}
