import { describe, expect, it } from 'vitest'
import { COMPANY_CATEGORIES } from '../../kernel/rules/valueLists'
import { isOperatorCategory, OPERATOR_CATEGORIES, operatorWhere } from '../../kernel/rules/operators'

describe('운영기업 (operator) rule', () => {
  it('counts 대기업 and 공공기관 as operators, and no other 기업분류', () => {
    const operators = COMPANY_CATEGORIES.filter((category) => isOperatorCategory(category.value)).map((category) => category.ko)
    expect(operators).toEqual(['대기업', '공공기관'])
  })

  it('is false for anything that is not a category', () => {
    for (const value of [null, undefined, '', 'LARGE', 'large ', 'sme']) expect(isOperatorCategory(value)).toBe(false)
  })

  it('gives the query clause for the same categories', () => {
    expect(operatorWhere()).toEqual({ category: { in: ['large', 'public'] } })
    // A fresh array each time: a caller that edits its copy cannot change the rule.
    ;(operatorWhere().category.in as string[]).push('sme')
    expect(OPERATOR_CATEGORIES).toEqual(['large', 'public'])
  })
})
