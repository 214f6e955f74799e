/**
 * matchAlertPrograms: what one recipient's weekly alert holds, on hand-built programs (no
 * database): support field, regions (전국 suits everyone), empty interests, the watermark
 * window, the phases that count, and a member company's eligibility.
 */
import { describe, expect, test } from 'vitest'
import type { EligibilityCompany } from '../../kernel/rules/eligibility'
import { FIRST_ALERT_WINDOW_DAYS, matchAlertPrograms, matchesInterests, watermarkOf, type AlertProgram } from '../../newsletter/alerts/match'

// Monday 2026-10-12 09:00 in Seoul.
const UNTIL = new Date('2026-10-12T00:00:00Z')
const SINCE = new Date('2026-10-05T00:00:00Z')
const hoursBefore = (h: number) => new Date(UNTIL.getTime() - h * 3_600_000).toISOString()

const OPERATOR = { id: 'op', name: '한빛전자', group: '한빛' }

let serial = 0
function program(overrides: Partial<AlertProgram> = {}): AlertProgram {
  serial += 1
  return {
    id: `p${serial}`,
    title: `2026년 프로그램 ${serial}`,
    reviewStatus: 'approved',
    approvedAt: hoursBefore(24),
    supportField: 'technology',
    regions: ['seoul'],
    targetScope: 'open',
    applyStart: '2026-10-01',
    applyEnd: '2026-10-31',
    supportEnd: '2026-12-31',
    company: OPERATOR,
    ...overrides,
  }
}

const ids = (list: { id: string }[]) => list.map((p) => p.id)
const match = (interests: Parameters<typeof matchAlertPrograms>[0], programs: AlertProgram[], company?: EligibilityCompany | null) =>
  ids(matchAlertPrograms(interests, programs, { since: SINCE, until: UNTIL, company }))
const ANY = { supportFields: [], regions: [] }

describe('interests', () => {
  test('support field: only the chosen ones; none chosen means any', () => {
    const tech = program({ supportField: 'technology' })
    const finance = program({ supportField: 'finance' })
    expect(match({ supportFields: ['finance'], regions: [] }, [tech, finance])).toEqual([finance.id])
    expect(match({ supportFields: ['finance', 'technology'], regions: [] }, [tech, finance]).sort()).toEqual([tech.id, finance.id].sort())
    expect(match(ANY, [tech, finance])).toHaveLength(2)
  })

  test('regions overlap; a 전국 program suits every region; none chosen means any', () => {
    const seoul = program({ regions: ['seoul'] })
    const busanAndUlsan = program({ regions: ['busan', 'ulsan'] })
    const nationwide = program({ regions: ['nationwide'] })
    expect(match({ supportFields: [], regions: ['ulsan'] }, [seoul, busanAndUlsan, nationwide]).sort()).toEqual([busanAndUlsan.id, nationwide.id].sort())
    expect(match({ supportFields: [], regions: ['jeju'] }, [seoul, busanAndUlsan, nationwide])).toEqual([nationwide.id])
    expect(match({ supportFields: [], regions: [] }, [seoul, busanAndUlsan, nationwide])).toHaveLength(3)
    expect(match({}, [seoul])).toEqual([seoul.id])
  })

  test('a reader who follows 전국 gets 전국 programs, not every regional one', () => {
    expect(matchesInterests({ regions: ['nationwide'] }, { supportField: 'hr', regions: ['seoul'] })).toBe(false)
    expect(matchesInterests({ regions: ['nationwide'] }, { supportField: 'hr', regions: ['nationwide'] })).toBe(true)
  })

  test('field and region must both match', () => {
    const p = program({ supportField: 'market', regions: ['busan'] })
    expect(match({ supportFields: ['market'], regions: ['seoul'] }, [p])).toEqual([])
    expect(match({ supportFields: ['hr'], regions: ['busan'] }, [p])).toEqual([])
    expect(match({ supportFields: ['market'], regions: ['busan'] }, [p])).toEqual([p.id])
  })
})

describe('the watermark window', () => {
  test('only programs approved after the watermark and by the cut-off', () => {
    const atWatermark = program({ approvedAt: SINCE.toISOString() })
    const justAfter = program({ approvedAt: new Date(SINCE.getTime() + 1000).toISOString() })
    const atCutoff = program({ approvedAt: UNTIL.toISOString() })
    const afterCutoff = program({ approvedAt: new Date(UNTIL.getTime() + 1000).toISOString() })
    const older = program({ approvedAt: '2026-09-01T00:00:00Z' })
    expect(match(ANY, [atWatermark, justAfter, atCutoff, afterCutoff, older]).sort()).toEqual([justAfter.id, atCutoff.id].sort())
  })

  test('not approved, or approved without an approval instant: never', () => {
    expect(match(ANY, [program({ reviewStatus: 'submitted' }), program({ approvedAt: null }), program({ reviewStatus: 'changes-requested' })])).toEqual([])
  })

  test('no watermark yet: the last seven days; a stored one is used as it is', () => {
    expect(FIRST_ALERT_WINDOW_DAYS).toBe(7)
    expect(watermarkOf(null, UNTIL).toISOString()).toBe('2026-10-05T00:00:00.000Z')
    expect(watermarkOf(undefined, UNTIL).toISOString()).toBe('2026-10-05T00:00:00.000Z')
    expect(watermarkOf('not a date', UNTIL).toISOString()).toBe('2026-10-05T00:00:00.000Z')
    expect(watermarkOf('2026-10-10T03:00:00.000Z', UNTIL).toISOString()).toBe('2026-10-10T03:00:00.000Z')
  })
})

describe('phases', () => {
  test('모집중 and 예정 count, 진행중 and 종료 do not; 모집중 first, then the nearest deadline', () => {
    const upcoming = program({ applyStart: '2026-10-20', applyEnd: '2026-11-10' })
    const recruitingLate = program({ applyEnd: '2026-11-30' })
    const recruitingSoon = program({ applyEnd: '2026-10-15' })
    const lastDay = program({ applyEnd: '2026-10-12' })
    const inProgress = program({ applyStart: '2026-09-01', applyEnd: '2026-10-11', supportEnd: '2026-12-31' })
    const closed = program({ applyStart: '2026-09-01', applyEnd: '2026-09-30', supportEnd: '2026-10-10' })
    const matched = matchAlertPrograms(ANY, [upcoming, recruitingLate, inProgress, recruitingSoon, closed, lastDay], { since: SINCE, until: UNTIL })
    expect(ids(matched)).toEqual([lastDay.id, recruitingSoon.id, recruitingLate.id, upcoming.id])
    expect(matched.map((p) => p.phase)).toEqual(['recruiting', 'recruiting', 'recruiting', 'upcoming'])
  })
})

describe("a member's company", () => {
  const partner: EligibilityCompany = { id: 'sme', category: 'sme', mainPartners: [{ company: 'op', tier: 'tier1' }] }
  const stranger: EligibilityCompany = { id: 'other', category: 'sme', mainPartners: [] }
  const affiliate: EligibilityCompany = { id: 'aff', category: 'midsize', group: '한빛' }

  test('only programs its company may apply to (kernel/rules/eligibility.ts)', () => {
    const open = program({ targetScope: 'open' })
    const partners = program({ targetScope: 'partners' })
    const tier2Only = program({ targetScope: 'partners', eligibility: { tiers: ['tier2'] } })
    const affiliates = program({ targetScope: 'affiliates' })
    const all = [open, partners, tier2Only, affiliates]
    expect(match(ANY, all, partner).sort()).toEqual([open.id, partners.id].sort())
    expect(match(ANY, all, stranger)).toEqual([open.id])
    expect(match(ANY, all, affiliate).sort()).toEqual([open.id, affiliates.id].sort())
    // The operator's own people are not told about their own programs.
    expect(match(ANY, all, { id: 'op', category: 'large', group: '한빛' })).toEqual([])
    // Without a company (a subscriber, a member not attached to one): no eligibility filter.
    expect(match(ANY, all, null)).toHaveLength(4)
  })

  test('eligibility narrows, it does not replace the interests', () => {
    const open = program({ targetScope: 'open', supportField: 'finance' })
    expect(match({ supportFields: ['technology'], regions: [] }, [open], partner)).toEqual([])
  })
})
