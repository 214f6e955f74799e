/**
 * Company look-ups of the sign-up pages: 기업검색 by name or by a whole 사업자등록번호, one company
 * by id, the 대기업·공공기관 a member can name as 주거래기업, and the answer of 중복확인. An SME's
 * 사업자등록번호, 대표자명 and address are private (collections/Companies/access.ts): the search shows
 * only what the public may read (name, 기업분류, 업종) and answers a number only when it is typed
 * whole, to say whether a company already has it, never to list numbers by a prefix.
 */
import type { Payload, Where } from 'payload'
import { checkBizRegNo, formatBizRegNo, normalizeBizRegNo } from '../../kernel/rules/bizRegNo'
import { COMPANY_CATEGORIES, KSIC_SECTIONS, labelOf } from '../../kernel/rules/valueLists'
import { msg } from '../../kernel/i18n/messages'
import type { Company } from '../../kernel/payload-types'
import { operatorWhere } from '../../kernel/rules/operators'

export const SEARCH_LIMIT = 20

export type CompanySummary = {
  id: string | number
  name: string
  category: string
  categoryLabel: string
  industryLabel: string
  /** only when the visitor typed this very number: it confirms what they already know */
  bizRegNo: string | null
}

export function summarize(company: Pick<Company, 'id' | 'name' | 'category' | 'industry' | 'industryDetail'>, typedNumber: string | null = null): CompanySummary {
  const section = labelOf(KSIC_SECTIONS, company.industry)
  return {
    id: company.id,
    name: company.name,
    category: company.category,
    categoryLabel: labelOf(COMPANY_CATEGORIES, company.category),
    industryLabel: company.industryDetail ? `${section} (${company.industryDetail})` : section,
    bizRegNo: typedNumber ? formatBizRegNo(typedNumber) : null,
  }
}

const SUMMARY_SELECT = { name: true, category: true, industry: true, industryDetail: true } as const

/** What the search box accepts as a number: a whole 사업자등록번호, with or without dashes. */
export function bizRegNoQuery(q: string): string | null {
  return /^[\d\s-]+$/.test(q) && normalizeBizRegNo(q).length === 10 ? normalizeBizRegNo(q) : null
}

export async function searchCompanies(payload: Payload, q: string): Promise<{ rows: CompanySummary[]; total: number }> {
  const number = bizRegNoQuery(q)
  if (number) {
    // The number is private: matched exactly by the server, never a where the visitor controls.
    const { docs } = await payload.find({ collection: 'companies', where: { bizRegNo: { equals: number } }, select: SUMMARY_SELECT, limit: 1, depth: 0, overrideAccess: true })
    return { rows: docs.map((doc) => summarize(doc as Company, number)), total: docs.length }
  }
  const where: Where = { name: { contains: q } }
  const { docs, totalDocs } = await payload.find({
    collection: 'companies', where, select: SUMMARY_SELECT, sort: 'name', limit: SEARCH_LIMIT, depth: 0, overrideAccess: false,
  })
  return { rows: docs.map((doc) => summarize(doc as Company)), total: totalDocs }
}

/** One company, or null for an unknown or malformed id. */
export async function findCompany(payload: Payload, id: string): Promise<CompanySummary | null> {
  if (!id) return null
  try {
    const { docs } = await payload.find({ collection: 'companies', where: { id: { equals: id } }, select: SUMMARY_SELECT, limit: 1, depth: 0, overrideAccess: false })
    return docs[0] ? summarize(docs[0] as Company) : null
  } catch {
    return null
  }
}

/** 대기업·공공기관, for the 주거래기업 selects: "한빛전자 (대기업)". */
export async function partnerCompanyOptions(payload: Payload): Promise<{ value: string; label: string }[]> {
  const { docs } = await payload.find({
    collection: 'companies', where: operatorWhere(), select: { name: true, category: true },
    sort: 'name', pagination: false, depth: 0, overrideAccess: false,
  })
  return docs.map((doc) => ({ value: String(doc.id), label: `${doc.name} (${labelOf(COMPANY_CATEGORIES, doc.category)})` }))
}

export type BizRegNoAnswer = { ok: boolean; message: string }

/** 중복확인: format, checksum, then whether a company already has the number. */
export async function checkBizRegNoAvailable(payload: Payload, typed: string): Promise<BizRegNoAnswer> {
  if (!typed) return { ok: false, message: '사업자등록번호를 입력한 뒤 중복확인을 눌러 주세요.' }
  const check = /^[\d\s-]+$/.test(typed) ? checkBizRegNo(typed) : ({ ok: false, reason: 'format' } as const)
  if (!check.ok) return { ok: false, message: msg(null, check.reason === 'format' ? 'bizRegNoFormat' : 'bizRegNoChecksum') }
  const { totalDocs } = await payload.count({ collection: 'companies', where: { bizRegNo: { equals: check.value } }, overrideAccess: true })
  if (totalDocs > 0) return { ok: false, message: msg(null, 'bizRegNoDuplicate') }
  return { ok: true, message: `${formatBizRegNo(check.value)}: 사용할 수 있는 사업자등록번호입니다.` }
}
