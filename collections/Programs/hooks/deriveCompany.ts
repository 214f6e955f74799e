import type { CollectionBeforeChangeHook } from 'payload'
import { companyIdOf, isCompanyAdmin, sameId } from '../../../kernel/rules/roles'
import { fieldError } from '../../hooks/errors'

/** A program belongs to its business's company; the company is copied for queries and access. */
export const deriveCompany: CollectionBeforeChangeHook = async ({ data, req, operation, originalDoc, collection }) => {
  const business = data.business ?? originalDoc?.business
  if (business == null) return data
  const businessId = typeof business === 'object' ? business.id : business
  if (operation === 'update' && sameId(businessId, originalDoc?.business) && originalDoc?.company) {
    data.company = typeof originalDoc.company === 'object' ? originalDoc.company.id : originalDoc.company
    return data
  }
  const found = await req.payload.findByID({ collection: 'businesses', id: businessId, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!found) throw fieldError(req, collection.slug, 'business', 'businessNotFound')
  const company = typeof found.company === 'object' ? found.company.id : found.company
  if (isCompanyAdmin(req.user) && !sameId(company, companyIdOf(req.user))) throw fieldError(req, collection.slug, 'business', 'ownCompanyOnly', { status: 403 })
  data.company = company
  return data
}
