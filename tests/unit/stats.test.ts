import { describe, expect, expectTypeOf, test } from 'vitest'
import { computeStats, type Stats, type StatsCompany, type StatsProgram } from '../../kernel/rules/stats'
import { statsSchema, type SiteStats } from '../../site/data/schema'

// 2026-03-15 noon in Seoul.
const NOW = new Date('2026-03-15T03:00:00Z')

let serial = 0
function program(overrides: Partial<StatsProgram> = {}): StatsProgram {
  serial += 1
  return {
    reviewStatus: 'approved',
    targetScope: 'partners',
    // Recruiting on NOW.
    applyStart: '2026-03-01',
    applyEnd: '2026-03-31',
    supportEnd: '2026-06-30',
    approvedAt: '2026-01-10T01:00:00Z',
    createdAt: '2026-01-05T01:00:00Z',
    company: 'large-1',
    ...overrides,
  }
}

const COMPANIES: StatsCompany[] = [
  { id: 'large-1', category: 'large' },
  { id: 'large-2', category: 'large' },
  { id: 'public-1', category: 'public' },
  { id: 'sme-1', category: 'sme' },
  { id: 'mid-1', category: 'midsize' },
]

const stats = (programs: StatsProgram[], companies = COMPANIES, now = NOW) => computeStats({ programs, companies }, now)

test('Stats is exactly the shape the site parses', () => {
  expectTypeOf<Stats>().toEqualTypeOf<SiteStats>()
  expect(() => statsSchema.parse(stats([program(), program({ approvedAt: '2025-11-02T00:00:00Z' })]))).not.toThrow()
})

test('empty input: zeros, no months, today in Seoul', () => {
  expect(stats([], [])).toEqual({
    today: '2026-03-15',
    companies: { total: 0, large: 0, public: 0 },
    programs: { registered: 0, openToAll: 0, openShare: 0, recruiting: 0 },
    byMonth: [],
  })
})

test('today is the Seoul day, not the UTC one', () => {
  expect(stats([], [], new Date('2026-03-14T15:00:00Z')).today).toBe('2026-03-15')
})

describe('programs', () => {
  test('only approved programs count, in every figure', () => {
    const others = ['draft', 'submitted', 'changes-requested', null].map((reviewStatus) =>
      program({ reviewStatus, targetScope: 'open', company: 'public-1', approvedAt: '2025-06-01T00:00:00Z' }),
    )
    const result = stats([program(), ...others])
    expect(result.programs).toEqual({ registered: 1, openToAll: 0, openShare: 0, recruiting: 1 })
    expect(result.companies).toEqual({ total: 1, large: 1, public: 0 })
    expect(result.byMonth[0].month).toBe('2026-01')
  })

  test('openToAll counts 전체 오픈 only; openShare is the fraction rounded to 3 decimals', () => {
    const programs = [
      program({ targetScope: 'open' }),
      program({ targetScope: 'open' }),
      program({ targetScope: 'partial' }),
      program({ targetScope: 'affiliates' }),
      program({ targetScope: 'partners' }),
      program({ targetScope: 'partners' }),
    ]
    // 2/6 = 0.3333…
    expect(stats(programs).programs).toMatchObject({ registered: 6, openToAll: 2, openShare: 0.333 })
    // 2/3 = 0.6666… rounds up.
    expect(stats(programs.slice(0, 3)).programs.openShare).toBe(0.667)
    expect(stats(programs.slice(0, 2)).programs.openShare).toBe(1)
  })

  test("the guide's figures: 681 of 1114 open is 0.611", () => {
    const programs = Array.from({ length: 1114 }, (_, i) => program({ targetScope: i < 681 ? 'open' : 'partners' }))
    expect(stats(programs).programs).toMatchObject({ registered: 1114, openToAll: 681, openShare: 0.611 })
  })

  test('recruiting follows the derived 진행단계 on `now`', () => {
    const programs = [
      program(),
      program({ applyStart: '2026-03-20', applyEnd: '2026-04-10' }), // 예정
      program({ applyStart: '2026-02-01', applyEnd: '2026-03-14' }), // 진행중
      program({ applyStart: '2025-01-01', applyEnd: '2025-01-31', supportEnd: '2025-02-28' }), // 종료
      program({ applyEnd: '2026-03-15T03:00:00.000Z' }), // last day, stored as noon in Seoul
    ]
    expect(stats(programs).programs.recruiting).toBe(2)
    // One second after applyEnd's Seoul midnight the last one is no longer recruiting.
    expect(stats(programs, COMPANIES, new Date('2026-03-15T15:00:01Z')).programs.recruiting).toBe(1)
  })
})

describe('participating companies', () => {
  test('a company is counted once however many programs it has', () => {
    const programs = [program(), program(), program(), program({ company: 'public-1' }), program({ company: 'public-1' })]
    expect(stats(programs).companies).toEqual({ total: 2, large: 1, public: 1 })
  })

  test('large and public companies without an approved program are not counted', () => {
    const programs = [program(), program({ company: 'large-2', reviewStatus: 'submitted' })]
    expect(stats(programs).companies).toEqual({ total: 1, large: 1, public: 0 })
  })

  test('an SME or a mid-sized company with programs is never a 참여기업, yet its programs count', () => {
    const programs = [program({ company: 'sme-1' }), program({ company: 'mid-1' })]
    const result = stats(programs)
    expect(result.companies).toEqual({ total: 0, large: 0, public: 0 })
    expect(result.programs.registered).toBe(2)
  })

  test('ids compare as strings (numeric SQLite ids, ObjectId strings), and a missing company is skipped', () => {
    const companies = [{ id: 7 as unknown as string, category: 'public' }]
    const programs = [program({ company: '7' }), program({ company: null }), program({ company: 'unknown' })]
    expect(stats(programs, companies).companies).toEqual({ total: 1, large: 0, public: 1 })
  })
})

describe('byMonth', () => {
  test('a month is the Seoul month of approval: 2026-02-28T15:30Z is March in Seoul', () => {
    const programs = [
      program({ approvedAt: '2026-02-28T14:59:59Z' }), // 23:59:59 on Feb 28 in Seoul
      program({ approvedAt: '2026-02-28T15:30:00Z' }), // 00:30 on Mar 1 in Seoul
    ]
    expect(stats(programs).byMonth).toEqual([
      { month: '2026-02', added: 1, cumulative: 1 },
      { month: '2026-03', added: 1, cumulative: 2 },
    ])
  })

  test('months without approvals are filled in, up to and including the current month', () => {
    const programs = [
      program({ approvedAt: '2025-11-20T00:00:00Z' }),
      program({ approvedAt: '2025-11-21T00:00:00Z' }),
      program({ approvedAt: '2026-01-03T00:00:00Z' }),
    ]
    expect(stats(programs).byMonth).toEqual([
      { month: '2025-11', added: 2, cumulative: 2 },
      { month: '2025-12', added: 0, cumulative: 2 },
      { month: '2026-01', added: 1, cumulative: 3 },
      { month: '2026-02', added: 0, cumulative: 3 },
      { month: '2026-03', added: 0, cumulative: 3 },
    ])
  })

  test('sorted ascending whatever the input order, and the last cumulative is `registered`', () => {
    const approvals = ['2026-02-01', '2025-12-31', '2026-03-01', '2025-12-01']
    const result = stats(approvals.map((day) => program({ approvedAt: `${day}T12:00:00+09:00` })))
    expect(result.byMonth.map((row) => row.month)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03'])
    expect(result.byMonth.at(-1)!.cumulative).toBe(result.programs.registered)
  })

  test('crosses the year boundary', () => {
    const result = stats([program({ approvedAt: '2025-12-15T00:00:00Z' })], COMPANIES, new Date('2026-01-10T00:00:00Z'))
    expect(result.byMonth.map((row) => row.month)).toEqual(['2025-12', '2026-01'])
  })

  test('without approvedAt the creation date stands in', () => {
    const result = stats([program({ approvedAt: null, createdAt: '2025-12-31T16:00:00Z' })])
    expect(result.byMonth[0].month).toBe('2026-01')
  })

  test('an approval stamped after today (clock skew) still ends the series', () => {
    const result = stats([program({ approvedAt: '2026-04-02T00:00:00Z' })])
    expect(result.byMonth).toEqual([{ month: '2026-04', added: 1, cumulative: 1 }])
  })
})
