import { describe, expect, test } from 'vitest'
import { compareByPhaseThenDeadline, deadlineAhead, derivePhase, PHASE_LABELS, PHASES, type Phase, type PhaseInput } from '../../kernel/rules/phase'

// A program approved with 신청기간 2026-04-01 ~ 2026-04-10 and 지원기간 ending 2026-04-30.
// Seoul is UTC+9: a Seoul day D runs from (D-1)T15:00:00Z to DT14:59:59.999Z.
const asDays: PhaseInput = {
  reviewStatus: 'approved',
  applyStart: '2026-04-01',
  applyEnd: '2026-04-10',
  supportEnd: '2026-04-30',
}
// The same program as it is stored: each day as noon in Seoul.
const asStored: PhaseInput = {
  reviewStatus: 'approved',
  applyStart: '2026-04-01T03:00:00.000Z',
  applyEnd: '2026-04-10T03:00:00.000Z',
  supportEnd: '2026-04-30T03:00:00.000Z',
}
// The same program with Date objects at Seoul midnight (what a date picker in Seoul produces).
const asDates: PhaseInput = {
  reviewStatus: 'approved',
  applyStart: new Date('2026-03-31T15:00:00.000Z'),
  applyEnd: new Date('2026-04-09T15:00:00.000Z'),
  supportEnd: new Date('2026-04-29T15:00:00.000Z'),
}

const at = (iso: string) => new Date(iso)

describe('derivePhase — approved programs by the Seoul calendar', () => {
  const timeline: [string, string, string][] = [
    ['long before', '2026-01-15T03:00:00Z', 'upcoming'],
    ['the day before applyStart, last second in Seoul', '2026-03-31T14:59:59Z', 'upcoming'],
    ['applyStart, first second in Seoul (still 03-31 in UTC)', '2026-03-31T15:00:00Z', 'recruiting'],
    ['applyStart, noon in Seoul', '2026-04-01T03:00:00Z', 'recruiting'],
    ['between applyStart and applyEnd', '2026-04-05T06:00:00Z', 'recruiting'],
    ['applyEnd, first second in Seoul', '2026-04-09T15:00:00Z', 'recruiting'],
    ['applyEnd, last second in Seoul', '2026-04-10T14:59:59Z', 'recruiting'],
    ['the day after applyEnd, first second in Seoul (still 04-10 in UTC)', '2026-04-10T15:00:00Z', 'in-progress'],
    ['the day after applyEnd, 20:00 UTC (still 04-10 in UTC)', '2026-04-10T20:00:00Z', 'in-progress'],
    ['between applyEnd and supportEnd', '2026-04-20T03:00:00Z', 'in-progress'],
    ['supportEnd, first second in Seoul', '2026-04-29T15:00:00Z', 'in-progress'],
    ['supportEnd, last second in Seoul', '2026-04-30T14:59:59Z', 'in-progress'],
    ['the day after supportEnd, first second in Seoul (still 04-30 in UTC)', '2026-04-30T15:00:00Z', 'closed'],
    ['long after', '2027-01-01T00:00:00Z', 'closed'],
  ]

  describe.each([
    ['YYYY-MM-DD strings', asDays],
    ['stored ISO instants', asStored],
    ['Date objects at Seoul midnight', asDates],
  ])('dates given as %s', (_label, program) => {
    test.each(timeline)('%s (%s) → %s', (_what, now, phase) => {
      expect(derivePhase(program, at(now))).toBe(phase)
    })
  })

  test('one-day application window: that day is recruiting, the next is in-progress', () => {
    const program = { reviewStatus: 'approved', applyStart: '2026-05-15', applyEnd: '2026-05-15', supportEnd: '2026-06-30' }
    expect(derivePhase(program, at('2026-05-14T14:59:59Z'))).toBe('upcoming')
    expect(derivePhase(program, at('2026-05-14T15:00:00Z'))).toBe('recruiting')
    expect(derivePhase(program, at('2026-05-15T14:59:59Z'))).toBe('recruiting')
    expect(derivePhase(program, at('2026-05-15T15:00:00Z'))).toBe('in-progress')
  })

  test('support period ending with the application period: the day after applyEnd is closed', () => {
    // e.g. the guide's "2018년 협력중소기업 홍보지원사업": both periods 2018-05-09 ~ 2018-05-18
    const program = { reviewStatus: 'approved', applyStart: '2018-05-09', applyEnd: '2018-05-18', supportEnd: '2018-05-18' }
    expect(derivePhase(program, at('2018-05-18T14:59:59Z'))).toBe('recruiting')
    expect(derivePhase(program, at('2018-05-18T15:00:00Z'))).toBe('closed')
  })

  test('without a supportEnd, the program closes after applyEnd', () => {
    const program = { reviewStatus: 'approved', applyStart: '2026-04-01', applyEnd: '2026-04-10', supportEnd: null }
    expect(derivePhase(program, at('2026-04-10T14:59:59Z'))).toBe('recruiting')
    expect(derivePhase(program, at('2026-04-10T15:00:00Z'))).toBe('closed')
  })

  test.each([
    // rows from the guide's own 사업 list, seen on 2018-05-10 in Seoul
    ['2017-05-15', '2017-05-26', '2017-06-22', 'closed'],
    ['2017-07-03', '2017-07-31', '2018-07-31', 'in-progress'],
    ['2018-08-16', '2018-09-14', '2018-11-30', 'upcoming'],
    ['2018-03-23', '2018-12-14', '2018-12-31', 'recruiting'],
  ])('apply %s~%s, support until %s, on 2018-05-10 → %s', (applyStart, applyEnd, supportEnd, phase) => {
    expect(derivePhase({ reviewStatus: 'approved', applyStart, applyEnd, supportEnd }, at('2018-05-10T03:00:00Z'))).toBe(phase)
  })

  test('defaults to now', () => {
    expect(derivePhase({ reviewStatus: 'approved', applyStart: '2000-01-01', applyEnd: '2000-01-02', supportEnd: '2000-01-03' })).toBe('closed')
    expect(derivePhase({ reviewStatus: 'approved', applyStart: '2999-01-01', applyEnd: '2999-01-02', supportEnd: '2999-01-03' })).toBe('upcoming')
  })
})

describe('derivePhase — programs that are not approved show their review status', () => {
  const recruitingNow = at('2026-04-05T03:00:00Z')

  test.each([
    ['draft', 'draft'],
    ['submitted', 'submitted'],
    ['changes-requested', 'changes-requested'],
  ])('%s → %s, whatever the calendar says', (reviewStatus, phase) => {
    expect(derivePhase({ ...asDays, reviewStatus }, recruitingNow)).toBe(phase)
    expect(derivePhase({ ...asDays, reviewStatus }, at('2027-01-01T00:00:00Z'))).toBe(phase)
    expect(derivePhase({ ...asDays, reviewStatus }, at('2026-01-01T00:00:00Z'))).toBe(phase)
  })

  test.each([
    ['missing', undefined],
    ['null', null],
    ['unknown', 'published'],
    ['empty', ''],
  ])('a %s review status counts as draft', (_label, reviewStatus) => {
    expect(derivePhase({ ...asDays, reviewStatus }, recruitingNow)).toBe('draft')
  })
})

describe('PHASES and PHASE_LABELS', () => {
  test('lists the seven phases in workflow order', () => {
    expect(PHASES).toEqual(['draft', 'submitted', 'changes-requested', 'upcoming', 'recruiting', 'in-progress', 'closed'])
  })

  test.each([
    ['draft', '작성중'],
    ['submitted', '확인요청'],
    ['changes-requested', '수정요청'],
    ['upcoming', '예정'],
    ['recruiting', '모집중'],
    ['in-progress', '진행중'],
    ['closed', '종료'],
  ] as const)('%s is labelled %s', (phase, ko) => {
    expect(PHASE_LABELS[phase].ko).toBe(ko)
    expect(PHASE_LABELS[phase].en).toEqual(expect.any(String))
  })
})

describe('compareByPhaseThenDeadline — the order of public lists', () => {
  const p = (phase: Phase, applyEnd: string) => ({ phase, applyEnd })
  test('recruiting before upcoming before in-progress before closed', () => {
    const sorted = [p('closed', '2026-01-01'), p('in-progress', '2026-01-01'), p('upcoming', '2026-01-01'), p('recruiting', '2026-01-01')].sort(compareByPhaseThenDeadline)
    expect(sorted.map((x) => x.phase)).toEqual(['recruiting', 'upcoming', 'in-progress', 'closed'])
  })
  test('within an open phase the nearest deadline comes first', () => {
    const sorted = [p('recruiting', '2026-12-31'), p('recruiting', '2026-12-01')].sort(compareByPhaseThenDeadline)
    expect(sorted.map((x) => x.applyEnd)).toEqual(['2026-12-01', '2026-12-31'])
  })
  test('closed programs read newest first', () => {
    const sorted = [p('closed', '2025-01-01'), p('closed', '2026-01-01')].sort(compareByPhaseThenDeadline)
    expect(sorted.map((x) => x.applyEnd)).toEqual(['2026-01-01', '2025-01-01'])
  })
})

describe('deadlineAhead — what the deadline calendar lists', () => {
  const program = { applyStart: '2026-04-01', applyEnd: '2026-04-10', supportEnd: '2026-04-30' }
  test.each([
    ['2026-03-31T14:59:59.999Z', true], // 03-31 in Seoul: 예정
    ['2026-04-10T14:59:59.999Z', true], // the deadline day's last moment in Seoul: 모집중
    ['2026-04-10T15:00:00.000Z', false], // 04-11 in Seoul: 진행중
    ['2026-05-01T00:00:00.000Z', false], // 종료
  ])('at %s: %s', (now, ahead) => {
    expect(deadlineAhead(program, new Date(now))).toBe(ahead)
  })
})
