import type { RelationshipFieldSingleValidation } from 'payload'
import { msg } from '../../kernel/i18n/messages'
import { isOperatorCategory } from '../../kernel/rules/operators'

/**
 * Each 주거래기업 must exist and be a 대기업 or 공공기관, checked on the server for every client;
 * the message names the company that does not qualify ("한빛정밀은 대기업·공공기관이 아니어서…").
 */
export const validateMainPartner: RelationshipFieldSingleValidation = async (value, { req, required }) => {
  if (value == null || value === '') return required ? req.t('validation:required') : true
  const id = typeof value === 'object' && 'value' in value ? value.value : value
  const company = await req.payload
    .findByID({ collection: 'companies', id: id as number | string, depth: 0, overrideAccess: true, disableErrors: true, select: { name: true, category: true }, req })
    .catch(() => null)
  if (!company) return msg(req, 'mainPartnerNotFound')
  return isOperatorCategory(company.category)
    ? true
    : msg(req, 'mainPartnerNotLargeOrPublic', { company: company.name })
}
