import { describe, expect, test } from 'vitest'
import { contentChanged } from '../../kernel/rules/contentChange'

const stored = {
  id: 7,
  title: '2026 상생 판로 지원',
  supportField: 'market',
  regions: ['seoul', 'busan'],
  business: { id: 3, name: '판로지원 사업', createdAt: '2026-01-01T00:00:00.000Z' },
  attachments: [{ id: 'a1', file: 11, label: '공고문' }],
  reviewStatus: 'approved',
  reviewNote: null,
  updatedAt: '2026-03-01T00:00:00.000Z',
}

describe('contentChanged — which edits send an approved program back to review', () => {
  test('a new program always counts as changed', () => {
    expect(contentChanged({ title: 'x' }, undefined)).toBe(true)
  })

  test('the admin re-sending every field unchanged is no change', () => {
    // The admin sends ids as numbers or strings and relations as ids or populated documents.
    expect(contentChanged({ ...stored, business: 3, attachments: [{ id: 'other-row-id', file: '11', label: '공고문' }] }, stored)).toBe(false)
  })

  test.each([
    ['title', { title: '2026 상생 판로 지원 (수정)' }],
    ['a region', { regions: ['seoul'] }],
    ['region order', { regions: ['busan', 'seoul'] }],
    ['the business', { business: 4 }],
    ['an attachment label', { attachments: [{ id: 'a1', file: 11, label: '신청서' }] }],
  ])('changing %s counts', (_what, edit) => {
    expect(contentChanged({ ...stored, ...edit }, stored)).toBe(true)
  })

  test.each([
    ['the review status', { reviewStatus: 'submitted' }],
    ['the review note', { reviewNote: '기간을 확인해 주세요' }],
    ['timestamps', { updatedAt: '2026-04-01T00:00:00.000Z' }],
  ])('changing %s alone does not', (_what, edit) => {
    expect(contentChanged({ ...stored, ...edit }, stored)).toBe(false)
  })
})
