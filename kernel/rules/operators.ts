/**
 * 운영기업: the 대기업 and 공공기관 that run support programs for SMEs. The one rule behind every
 * place that asks "is this an operator": they are the 참여기업 counted in the headline figures
 * and the 동반성장 평가, have a company page on the site, may be chosen as an SME's 주거래기업,
 * and are registered by the platform (outside the platform admins nobody creates one, turns one
 * into an SME or changes its 사업자등록번호).
 */
export const OPERATOR_CATEGORIES = ['large', 'public'] as const

export type OperatorCategory = (typeof OPERATOR_CATEGORIES)[number]

/** Whether a company of this 기업분류 is an operator (대기업·공공기관). */
export const isOperatorCategory = (category: string | null | undefined): category is OperatorCategory =>
  (OPERATOR_CATEGORIES as readonly string[]).includes(String(category))

/** The query clause that finds operators, for Payload's Local API and REST alike. */
export const operatorWhere = () => ({ category: { in: [...OPERATOR_CATEGORIES] } })
