import type { Access, Where } from 'payload'
import { companyIdOf, isCompanyAdmin, isPlatformAdmin } from '../../kernel/rules/roles'

/**
 * A private file (an application's attachment, a promotion's evidence) is read by the person who
 * uploaded it, by the admins of the company it belongs to or was sent to, and by platform admins.
 * Payload applies the same rule to the file download (/api/private-files/file/<name>).
 */
export const privateFileParties: Access = ({ req }): boolean | Where => {
  const user = req.user
  if (isPlatformAdmin(user)) return true
  if (!user) return false
  const own: Where = { uploadedBy: { equals: user.id } }
  const company = companyIdOf(user)
  if (!isCompanyAdmin(user) || company == null) return own
  return { or: [own, { audienceCompany: { equals: company } }, { ownerCompany: { equals: company } }] }
}

/** Deleting: the uploader while the file is not yet part of an application, or a platform admin. */
export const uploaderWhileUnattached: Access = ({ req }): boolean | Where => {
  const user = req.user
  if (isPlatformAdmin(user)) return true
  if (!user) return false
  return { and: [{ uploadedBy: { equals: user.id } }, { application: { exists: false } }] }
}
