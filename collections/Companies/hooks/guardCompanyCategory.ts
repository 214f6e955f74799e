import type { CollectionBeforeChangeHook } from 'payload'
import { isPlatformAdmin } from '../../../cms/domain/roles'
import { fieldError } from '../../hooks/errors'
import { isTrustedWrite } from '../../hooks/trusted'

/** 대기업·공공기관 are pre-registered by the platform; members register SMEs and mid-sized firms. */
export const guardCompanyCategory: CollectionBeforeChangeHook = ({ data, req, originalDoc, context, collection }) => {
  if (isTrustedWrite(context) || isPlatformAdmin(req.user)) return data
  const category = data.category ?? originalDoc?.category
  if (category === 'large' || category === 'public') {
    const changing = data.category !== undefined && data.category !== originalDoc?.category
    if (!originalDoc || changing) throw fieldError(req, collection.slug, 'category', 'largeCompanyByAdmin', { status: 403 })
  }
  return data
}
