import { describe, expect, test } from 'vitest'
import { canApply, REFUSAL_STATUS, type ApplyInput } from '../../members/applications/canApply'
import { refusalMessage } from '../../members/applications/messages'
import { addDays, kstToday } from '../../kernel/rules/dates'

const NOW = new Date('2026-05-15T10:00:00+09:00')
const today = kstToday(NOW)
const B = { id: 'b', group: '한빛' }
const member = { id: 'u1', role: 'member', company: 's1' }
const sme = { id: 's1', category: 'sme', industry: 'C', mainPartners: [{ company: 'b', tier: 'tier1' }] }
const program = {
  reviewStatus: 'approved', applyOnline: true, targetScope: 'open',
  applyStart: addDays(today, -3), applyEnd: addDays(today, 3), supportEnd: addDays(today, 60),
}
const base: ApplyInput = { user: member, company: sme, program, programCompany: B, hasLiveApplication: false, now: NOW }
const with_ = (patch: Partial<ApplyInput>, programPatch: Partial<typeof program> = {}): ApplyInput =>
  ({ ...base, ...patch, program: patch.program === null ? null : { ...program, ...programPatch } })

test('a member of an eligible company applies to an approved, recruiting, online program', () => {
  expect(canApply(base)).toEqual({ ok: true, eligibility: { eligible: true, reason: 'open' } })
})

test('the first and the last day of 신청기간 (Seoul) are inside it', () => {
  expect(canApply(with_({}, { applyStart: today, applyEnd: today })).ok).toBe(true)
  expect(canApply(with_({ now: new Date(`${today}T23:59:59+09:00`) }, { applyEnd: today })).ok).toBe(true)
  expect(canApply(with_({ now: new Date(`${addDays(today, 1)}T00:00:00+09:00`) }, { applyEnd: today })).ok).toBe(false)
})

describe('every refusal, with its status and a Korean message', () => {
  const cases: [string, ApplyInput, string, number][] = [
    ['a company admin', with_({ user: { id: 'u2', role: 'company-admin', company: 'b' } }), 'not-member', 403],
    ['an editor', with_({ user: { id: 'u3', role: 'editor' } }), 'not-member', 403],
    ['anonymous', with_({ user: null }), 'not-member', 403],
    ['a member without a company', with_({ company: null }), 'no-company', 403],
    ['a member whose request to join waits (no company yet)', with_({ user: { id: 'u4', role: 'member', company: null, pendingCompany: 's1' }, company: null }), 'membership-pending', 403],
    ['no such program', with_({ program: null }), 'not-found', 404],
    ['a draft', with_({}, { reviewStatus: 'draft' }), 'not-found', 404],
    ['a program waiting for review', with_({}, { reviewStatus: 'submitted' }), 'not-found', 404],
    ['not 상생누리 신청가능', with_({}, { applyOnline: false }), 'not-online', 403],
    ['upcoming (예정)', with_({}, { applyStart: addDays(today, 1), applyEnd: addDays(today, 9) }), 'upcoming', 409],
    ['applications over, support running (진행중)', with_({}, { applyStart: addDays(today, -9), applyEnd: addDays(today, -1) }), 'closed', 409],
    ['closed (종료)', with_({}, { applyStart: addDays(today, -90), applyEnd: addDays(today, -60), supportEnd: addDays(today, -1) }), 'closed', 409],
    ['a partners-only program of another company', with_({ programCompany: { id: 'a', group: null } }, { targetScope: 'partners' }), 'not-eligible', 403],
    ['an affiliates program of another group', with_({}, { targetScope: 'affiliates' }), 'not-eligible', 403],
    ['its own company\'s program', with_({ programCompany: { id: 's1' } }), 'not-eligible', 403],
    ['a live application already', with_({ hasLiveApplication: true }), 'duplicate', 409],
  ]
  test.each(cases)('%s', (_what, input, refusal, status) => {
    const check = canApply(input)
    expect(check).toMatchObject({ ok: false, refusal, status })
    expect(REFUSAL_STATUS[refusal as keyof typeof REFUSAL_STATUS]).toBe(status)
    expect(refusalMessage(null, check as never, input.program as never)).toMatch(/[가-힣]/)
  })

  test('messages name the dates and the eligibility reason', () => {
    const upcoming = canApply(with_({}, { applyStart: addDays(today, 2), applyEnd: addDays(today, 9) }))
    expect(refusalMessage(null, upcoming as never, { applyStart: addDays(today, 2), applyEnd: addDays(today, 9) })).toContain(addDays(today, 2))
    const notPartner = canApply(with_({ programCompany: { id: 'a' } }, { targetScope: 'partners' }))
    expect(refusalMessage(null, notPartner as never)).toContain('협력사')
  })

  test('a platform admin may apply for a company it names', () => {
    expect(canApply(with_({ user: { id: 'p', role: 'platform-admin' } })).ok).toBe(true)
  })
})
