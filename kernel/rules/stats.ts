import { kstDate, kstToday } from './dates'
import { derivePhase } from './phase'

/**
 * The portal's headline figures (참여기업 수, 등록 프로그램 수, 전체 개방 수, 등록 프로그램 추이).
 * One function, so the /api/stats endpoint and the static site can never disagree.
 */


type Day = string | Date | null | undefined

export type StatsProgram = {
  reviewStatus?: string | null
  targetScope?: string | null
  applyStart?: Day
  applyEnd?: Day
  supportEnd?: Day
  /** 확인완료일; older records may lack it, then createdAt stands in. */
  approvedAt?: string | Date | null
  createdAt: string | Date
  /** The company's id as a string (MongoDB ids are strings, SQLite ids numbers). */
  company?: string | null
}

export type StatsCompany = { id: string; category?: string | null }

export type MonthCount = { month: string; added: number; cumulative: number }

/** Mirrors `statsSchema` in site/data/schema.ts (the unit test checks they stay equal). */
export type Stats = {
  today: string
  companies: { total: number; large: number; public: number }
  programs: { registered: number; openToAll: number; openShare: number; recruiting: number }
  byMonth: MonthCount[]
}

/** `YYYY-MM` after `month`. */
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/** Every month from the first approval to `lastMonth`, empty months included, so the chart's x axis is time. */
function cumulativeByMonth(approvalMonths: string[], lastMonth: string): MonthCount[] {
  if (approvalMonths.length === 0) return []
  const added = new Map<string, number>()
  for (const month of approvalMonths) added.set(month, (added.get(month) ?? 0) + 1)
  const sorted = [...added.keys()].sort()
  // A clock-skewed approval stamp after today still has to show up, or the last point would
  // undercount `registered`.
  const end = sorted[sorted.length - 1] > lastMonth ? sorted[sorted.length - 1] : lastMonth
  const rows: MonthCount[] = []
  let cumulative = 0
  for (let month = sorted[0]; month <= end; month = nextMonth(month)) {
    const count = added.get(month) ?? 0
    cumulative += count
    rows.push({ month, added: count, cumulative })
  }
  return rows
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000)

export function computeStats(input: { programs: StatsProgram[]; companies: StatsCompany[] }, now: Date): Stats {
  const approved = input.programs.filter((program) => program.reviewStatus === 'approved')
  const offering = new Set(approved.flatMap((program) => (program.company == null ? [] : [String(program.company)])))

  // 참여기업: a 대기업 or 공공기관 with at least one confirmed program, once however many it has.
  const categoryOf = new Map(input.companies.map((company) => [String(company.id), company.category]))
  const participantCategories = [...offering].map((id) => categoryOf.get(id))
  const large = participantCategories.filter((category) => category === 'large').length
  const publicInstitutions = participantCategories.filter((category) => category === 'public').length

  const openToAll = approved.filter((program) => program.targetScope === 'open').length
  const recruiting = approved.filter((program) => derivePhase(program, now) === 'recruiting').length
  const today = kstToday(now)

  return {
    today,
    companies: { total: large + publicInstitutions, large, public: publicInstitutions },
    programs: {
      registered: approved.length,
      openToAll,
      openShare: share(openToAll, approved.length),
      recruiting,
    },
    byMonth: cumulativeByMonth(
      approved.map((program) => kstDate(program.approvedAt ?? program.createdAt).slice(0, 7)),
      today.slice(0, 7),
    ),
  }
}
