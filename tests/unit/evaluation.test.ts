import { describe, expect, test } from 'vitest'
import {
  countedPromotions, evaluationScore, kstYearRange, openShare, parseEvaluationYear, type EvaluationCounts, type PromotionKind,
} from '../../kernel/rules/evaluation'

const none: EvaluationCounts = { newPrograms: 0, promotions: [], applications: 0, openPrograms: 0 }
const points = (counts: Partial<EvaluationCounts>) => evaluationScore({ ...none, ...counts }).items.map((item) => item.points)

describe('동반성장 평가 가점, item by item at every threshold of the guide', () => {
  test('① newly confirmed programs: 0, 1–5 → 0.6, 6–10 → 0.9, 11–15 → 1.2, 16+ → 1.5', () => {
    const at = (n: number) => points({ newPrograms: n })[0]
    expect([0, 1, 5, 6, 10, 11, 15, 16, 40].map(at)).toEqual([0, 0.6, 0.6, 0.9, 0.9, 1.2, 1.2, 1.5, 1.5])
  })
  test('③ applications through the portal: 1 → 0, 2 → 0.2, 3 → 0.4, 4 → 0.6, 5 → 0.8, 6+ → 1.0', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 30].map((n) => points({ applications: n })[2])).toEqual([0, 0, 0.2, 0.4, 0.6, 0.8, 1, 1])
  })
  test('④ 전체 오픈 programs: the same scale', () => {
    expect([1, 2, 5, 6].map((n) => points({ openPrograms: n })[3])).toEqual([0, 0.2, 0.8, 1])
  })
  test('② promotion: 0.1 per counted entry, at most 0.5; a kind counts once a year, activity posts each', () => {
    const kinds = (...k: PromotionKind[]) => k
    expect(countedPromotions(kinds('banner', 'banner', 'sns'))).toBe(2)
    expect(countedPromotions(kinds('activity-post', 'activity-post', 'banner'))).toBe(3)
    expect(points({ promotions: kinds('banner', 'sns', 'letter') })[1]).toBe(0.3)
    expect(points({ promotions: kinds('banner', 'sns', 'letter', 'leaflet', 'sms') })[1]).toBe(0.5)
    expect(points({ promotions: kinds('banner', 'sns', 'letter', 'leaflet', 'sms', 'notice') })[1]).toBe(0.5)
    expect(points({ promotions: Array<PromotionKind>(7).fill('activity-post') })[1]).toBe(0.5)
  })
})

describe('the total', () => {
  test('adds the items without floating-point dust', () => {
    const score = evaluationScore({ newPrograms: 6, promotions: ['banner', 'sns', 'letter'], applications: 3, openPrograms: 2 })
    expect(score).toEqual({
      items: [{ item: 1, count: 6, points: 0.9 }, { item: 2, count: 3, points: 0.3 }, { item: 3, count: 3, points: 0.4 }, { item: 4, count: 2, points: 0.2 }],
      total: 1.8,
      capped: false,
    })
  })
  test('is at most 4.0, which the items reach exactly at their maxima', () => {
    const max = evaluationScore({ newPrograms: 16, promotions: ['banner', 'sns', 'letter', 'leaflet', 'sms'], applications: 6, openPrograms: 6 })
    expect(max.total).toBe(4)
    expect(max.capped).toBe(false)
    expect(evaluationScore(none)).toMatchObject({ total: 0, capped: false })
  })
})

describe('미거래 중소기업 개방비율 (open share)', () => {
  test('counts 전체 오픈 and 부분 오픈 among all scopes, one decimal place', () => {
    expect(openShare(['open', 'partial', 'partners'])).toEqual({ count: 2, total: 3, percent: 66.7 })
    expect(openShare(['affiliates', 'partners', 'open'])).toEqual({ count: 1, total: 3, percent: 33.3 })
    expect(openShare(['open', 'open'])).toEqual({ count: 2, total: 2, percent: 100 })
    expect(openShare(['partners', null, undefined])).toEqual({ count: 0, total: 3, percent: 0 })
  })
  test('is null, not 0 or NaN, when no program was approved', () => {
    expect(openShare([])).toEqual({ count: 0, total: 0, percent: null })
  })
})

describe('the year of a report', () => {
  test('only a four-digit year in range', () => {
    expect(parseEvaluationYear('2026')).toBe(2026)
    expect(parseEvaluationYear(' 2018 ')).toBe(2018)
    for (const bad of ['26', '20261', '2026.5', 'abcd', '', '1999', '2101', '-2026', null, undefined, 2026]) {
      expect(parseEvaluationYear(bad), String(bad)).toBeNull()
    }
  })
  test('runs from 1 January to 31 December in Seoul (UTC+9), not UTC', () => {
    expect(kstYearRange(2026)).toEqual({ start: '2025-12-31T15:00:00.000Z', end: '2026-12-31T15:00:00.000Z' })
  })
})
