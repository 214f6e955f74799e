import type { CollectionBeforeChangeHook } from 'payload'
import { companyIdentityRefusal } from '../../../kernel/rules/companyIdentity'
import { isPlatformAdmin } from '../../../kernel/rules/roles'
import { fieldError } from '../../hooks/errors'
import { isTrustedWrite } from '../../../kernel/access/trusted'

/** 기업분류 and 사업자등록번호 of 대기업·공공기관 are the platform's (kernel/rules/companyIdentity.ts). */
export const guardCompanyCategory: CollectionBeforeChangeHook = ({ data, req, originalDoc, context, collection }) => {
  if (isTrustedWrite(context) || isPlatformAdmin(req.user)) return data
  const refusal = companyIdentityRefusal(originalDoc ?? null, { category: data.category, bizRegNo: data.bizRegNo })
  if (refusal) throw fieldError(req, collection.slug, refusal.field, refusal.reason, { status: 403 })
  return data
}
