import type { Access, Where } from 'payload'
import { companyIdOf, isCompanyAdmin, isContentStaff } from '../rules/roles'

/**
 * Content with a publish switch (card news, partner guides, newsletters): anyone reads what
 * is published, editors and platform admins read everything, a company admin also reads its
 * own company's unpublished items.
 */
export const publishedOrStaff =
  (published: Where, companyField?: string): Access =>
  ({ req }) => {
    if (isContentStaff(req.user)) return true
    const company = companyIdOf(req.user)
    if (companyField && isCompanyAdmin(req.user) && company != null) {
      return { or: [published, { [companyField]: { equals: company } }] }
    }
    return published
  }
