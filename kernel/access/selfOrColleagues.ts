import type { Access, Where } from 'payload'
import { companyIdOf, isCompanyAdmin, isMember, isPlatformAdmin } from '../rules/roles'

/**
 * Accounts: a platform admin reads every one; a member only its own; staff (company admins,
 * editors) also the accounts they work beside, the platform admins and, for a company admin, the
 * other company admins of its company, so the admin can name who holds a document open (the
 * lock dialog, which otherwise shows "사용자: 1"). Of a colleague's account only the name, e-mail
 * and role are readable: the personal fields use ownAccountField.
 */
export const selfOrColleagues: Access = ({ req }) => {
  const user = req.user
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const self: Where = { id: { equals: user.id } }
  if (isMember(user)) return self
  const company = isCompanyAdmin(user) ? companyIdOf(user) : null
  const sameCompanyAdmins: Where[] = company != null ? [{ and: [{ role: { equals: 'company-admin' } }, { company: { equals: company } }] }] : []
  return { or: [self, { role: { equals: 'platform-admin' } }, ...sameCompanyAdmins] }
}
