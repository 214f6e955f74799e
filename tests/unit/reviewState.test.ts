import { describe, expect, test } from 'vitest'
import { reviewStateOf } from '../../kernel/rules/reviewState'

// What the program form tells its operator (the guide's ④ 확인결과 체크), from the version being
// edited and the live one. Dates are Seoul days; "now" is fixed.
const now = new Date('2026-12-07T03:00:00Z') // 2026-12-07 12:00 KST
const approved = { reviewStatus: 'approved', applyStart: '2026-12-01', applyEnd: '2026-12-31', supportEnd: '2027-03-31' }

describe('reviewStateOf', () => {
  test('수정요청: the reason, when and who, from the history', () => {
    const latest = {
      reviewStatus: 'changes-requested',
      reviewNote: '지원기간을 명확히 적어 주세요.',
      reviewHistory: [
        { at: '2026-12-01T01:00:00Z', from: 'new', to: 'draft', byName: '김담당 (운영기업 관리자)' },
        { at: '2026-12-02T01:00:00Z', from: 'draft', to: 'submitted', byName: '김담당 (운영기업 관리자)' },
        { at: '2026-12-03T05:30:00Z', from: 'submitted', to: 'changes-requested', byName: '이관리 (상생누리 관리자)', note: '지원기간을 명확히 적어 주세요.' },
      ],
    }
    expect(reviewStateOf(latest, null, now)).toEqual({
      kind: 'changes-requested',
      publicPhase: null,
      revision: false,
      request: { note: '지원기간을 명확히 적어 주세요.', at: '2026-12-03T05:30:00Z', byName: '이관리 (상생누리 관리자)' },
      submittedAt: null,
    })
  })

  test('수정요청 without a stored note falls back to the latest request in the history', () => {
    const latest = { reviewStatus: 'changes-requested', reviewNote: null, reviewHistory: [{ at: 'x', to: 'changes-requested', note: '첨부 확인' }] }
    expect(reviewStateOf(latest, null, now).request?.note).toBe('첨부 확인')
  })

  test('a live program with a revision in 확인요청: the public 진행단계 stays the approved one', () => {
    const latest = { ...approved, reviewStatus: 'submitted', submittedAt: '2026-12-05T00:00:00Z', applyEnd: '2026-12-10' }
    expect(reviewStateOf(latest, approved, now)).toMatchObject({ kind: 'submitted', publicPhase: 'recruiting', revision: true, submittedAt: '2026-12-05T00:00:00Z' })
  })

  test('a live program without a revision', () => {
    expect(reviewStateOf(approved, approved, now)).toMatchObject({ kind: 'live', publicPhase: 'recruiting', revision: false, request: null })
  })

  test('a program never approved has no public phase', () => {
    expect(reviewStateOf({ reviewStatus: 'draft' }, null, now)).toMatchObject({ kind: 'draft', publicPhase: null, revision: false })
  })

  test('the live version\'s phase follows the calendar: upcoming before applyStart', () => {
    const live = { ...approved, applyStart: '2026-12-08', applyEnd: '2026-12-20' }
    expect(reviewStateOf({ ...live, reviewStatus: 'draft' }, live, now)).toMatchObject({ kind: 'draft', publicPhase: 'upcoming', revision: true })
  })
})
