import { describe, expect, test } from 'vitest'
import {
  eligibility, matchScore, recommendPrograms, type EligibilityCompany, type RecommendableProgram,
} from '../../kernel/rules/eligibility'

// The program's company: 두산중공업-like, in group 두산. Ids are strings here, as MongoDB's are.
const operator = { id: 'op', group: '두산' }

const sme = (overrides: Partial<EligibilityCompany> = {}): EligibilityCompany => ({
  id: 'sme',
  category: 'sme',
  industry: 'C',
  group: null,
  address: { line1: '경남 창원시 성산구 중앙대로 1' },
  mainPartners: [],
  ...overrides,
})
const partnerAs = (tier: string) => sme({ mainPartners: [{ company: { id: 'other' }, tier: 'tier1' }, { company: 'op', tier }] })

const reasonOf = (company: EligibilityCompany, program: Parameters<typeof eligibility>[1]) => eligibility(company, program, operator)

describe('target scopes', () => {
  test('전체 오픈: every company, partner or not', () => {
    expect(reasonOf(sme(), { targetScope: 'open' })).toEqual({ eligible: true, reason: 'open' })
    expect(reasonOf(sme({ category: 'large' }), { targetScope: 'open' }).eligible).toBe(true)
  })

  test('협력사 지원: only companies that name the operator among their 주거래기업', () => {
    expect(reasonOf(sme(), { targetScope: 'partners' })).toEqual({ eligible: false, reason: 'not-partner' })
    expect(reasonOf(partnerAs('tier1'), { targetScope: 'partners' })).toEqual({ eligible: true, reason: 'partner' })
    // A partner of someone else is not a partner of the operator.
    expect(reasonOf(sme({ mainPartners: [{ company: 'other', tier: 'tier1' }] }), { targetScope: 'partners' }).eligible).toBe(false)
  })

  test('the partner relation matches whatever the id type (number vs string, populated or not)', () => {
    const numeric = { id: 7, group: null }
    const company = sme({ mainPartners: [{ company: { id: '7' }, tier: 'tier2' }] })
    expect(eligibility(company, { targetScope: 'partners' }, numeric).eligible).toBe(true)
  })

  test('계열사 오픈: same 기업집단 only; an empty group matches nobody', () => {
    expect(reasonOf(sme({ group: '두산' }), { targetScope: 'affiliates' })).toEqual({ eligible: true, reason: 'affiliate' })
    expect(reasonOf(sme({ group: ' 두산 ' }), { targetScope: 'affiliates' }).eligible).toBe(true)
    expect(reasonOf(sme({ group: '삼성' }), { targetScope: 'affiliates' })).toEqual({ eligible: false, reason: 'not-affiliate' })
    expect(reasonOf(partnerAs('tier1'), { targetScope: 'affiliates' }).eligible).toBe(false)
    expect(eligibility(sme({ group: '' }), { targetScope: 'affiliates' }, { id: 'op', group: '' }).eligible).toBe(false)
  })

  test('부분 오픈: partners, plus non-partners matching every criterion set', () => {
    const program = { targetScope: 'partial', eligibility: { industries: ['C'], regions: ['gyeongnam'] } }
    expect(reasonOf(partnerAs('tier3'), program)).toEqual({ eligible: true, reason: 'partner' })
    expect(reasonOf(sme(), program)).toEqual({ eligible: true, reason: 'criteria' })
    expect(reasonOf(sme({ industry: 'J' }), program)).toEqual({ eligible: false, reason: 'criteria-mismatch' })
    expect(reasonOf(sme({ address: { line1: '서울 중구 세종대로 110' } }), program).eligible).toBe(false)
    expect(reasonOf(sme({ address: { line1: '' } }), program).eligible).toBe(false)
  })

  test('부분 오픈 by company category, and 전국 in the regions criterion admits every region', () => {
    const byCategory = { targetScope: 'partial', eligibility: { categories: ['midsize'] } }
    expect(reasonOf(sme({ category: 'midsize' }), byCategory).eligible).toBe(true)
    expect(reasonOf(sme(), byCategory).eligible).toBe(false)
    const nationwide = { targetScope: 'partial', eligibility: { regions: ['nationwide'] } }
    expect(reasonOf(sme({ address: { line1: '제주특별자치도 제주시 1' } }), nationwide).eligible).toBe(true)
  })

  test('부분 오픈 with no industry, region or category set is for partners only', () => {
    expect(reasonOf(sme(), { targetScope: 'partial', eligibility: { tiers: [] } })).toEqual({ eligible: false, reason: 'criteria-mismatch' })
    expect(reasonOf(sme(), { targetScope: 'partial' }).eligible).toBe(false)
    expect(reasonOf(partnerAs('tier2'), { targetScope: 'partial' }).eligible).toBe(true)
  })

  test('a company never applies to its own program; an unknown scope admits nobody', () => {
    expect(eligibility(sme({ id: 'op' }), { targetScope: 'open' }, operator)).toEqual({ eligible: false, reason: 'own-company' })
    expect(reasonOf(sme(), { targetScope: null }).eligible).toBe(false)
  })
})

describe('partner tiers (업체구분)', () => {
  const firstTierOnly = { eligibility: { tiers: ['tier1'] } }
  test.each(['tier1', 'tier2', 'tier3'])('no tiers set: a %s partner qualifies', (tier) => {
    expect(reasonOf(partnerAs(tier), { targetScope: 'partners' }).eligible).toBe(true)
  })

  test('협력사 지원 for 1차 only: a 2차 or 3차 partner is refused as tier-mismatch', () => {
    expect(reasonOf(partnerAs('tier1'), { targetScope: 'partners', ...firstTierOnly }).eligible).toBe(true)
    expect(reasonOf(partnerAs('tier2'), { targetScope: 'partners', ...firstTierOnly })).toEqual({ eligible: false, reason: 'tier-mismatch' })
    expect(reasonOf(partnerAs('tier3'), { targetScope: 'partners', eligibility: { tiers: ['tier1', 'tier2'] } }).reason).toBe('tier-mismatch')
  })

  test('부분 오픈 with tiers: a wrong-tier partner may still qualify by the open criteria', () => {
    const program = { targetScope: 'partial', eligibility: { tiers: ['tier1'], industries: ['C'] } }
    expect(reasonOf(partnerAs('tier2'), program)).toEqual({ eligible: true, reason: 'criteria' })
    expect(reasonOf({ ...partnerAs('tier2'), industry: 'J' }, program)).toEqual({ eligible: false, reason: 'tier-mismatch' })
  })

  test('a partner entry without a tier counts as 1차', () => {
    const company = sme({ mainPartners: [{ company: 'op', tier: null }] })
    expect(reasonOf(company, { targetScope: 'partners', ...firstTierOnly }).eligible).toBe(true)
  })
})

describe('recommendations', () => {
  const program = (id: string, overrides: Partial<RecommendableProgram> = {}) => ({
    id, targetScope: 'open', phase: 'recruiting' as const, applyEnd: '2026-12-31T03:00:00.000Z', regions: ['seoul'], ...overrides,
  })

  test('match: the region (or 전국) and the industry the program names', () => {
    expect(matchScore(sme(), program('a', { regions: ['gyeongnam'] }))).toBe(1)
    expect(matchScore(sme(), program('a', { regions: ['nationwide'], eligibility: { industries: ['C'] } }))).toBe(2)
    expect(matchScore(sme(), program('a'))).toBe(0)
  })

  test('only eligible, not-closed programs; 모집중 first, then the nearest deadline, then the match', () => {
    const programs = [
      program('closed', { phase: 'closed' }),
      program('upcoming', { phase: 'upcoming', applyEnd: '2026-12-01T03:00:00.000Z' }),
      program('running', { phase: 'in-progress' }),
      program('later', { applyEnd: '2027-01-31T03:00:00.000Z' }),
      program('sooner', { applyEnd: '2026-12-10T03:00:00.000Z' }),
      program('sooner-local', { applyEnd: '2026-12-10T03:00:00.000Z', regions: ['gyeongnam'] }),
      program('partners-only', { targetScope: 'partners' }),
      program('draft', { phase: 'draft' as never }),
    ]
    const ranked = recommendPrograms(sme(), programs, () => operator).map((p) => p.id)
    expect(ranked).toEqual(['sooner-local', 'sooner', 'later', 'upcoming', 'running'])
  })

  test('a partner sees the partners-only program of its main partner, others do not', () => {
    const programs = [program('partners-only', { targetScope: 'partners' })]
    expect(recommendPrograms(partnerAs('tier1'), programs, () => operator)).toHaveLength(1)
    expect(recommendPrograms(sme(), programs, () => operator)).toHaveLength(0)
  })
})
