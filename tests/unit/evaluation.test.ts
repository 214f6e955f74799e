import { describe, expect, test } from 'vitest'
import { countedPromotions, evaluationScore, type EvaluationCounts, type PromotionKind } from '../../cms/domain/evaluation'

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
