/**
 * The programs an issue offers by default: approved programs whose application period overlaps
 * the issue's month (Asia/Seoul calendar days), the soonest deadline first. An editor can change
 * the pick; this only fills an empty one.
 */
import { kstDate } from './dates'

export type ProgramDates = { id: string | number; reviewStatus?: string | null; applyStart: string; applyEnd: string }

export const DEFAULT_ISSUE_PROGRAMS = 6

/** An issue's month as the newsletters collection stores it: YYYY-MM, months 01–12. */
export const isIssueMonth = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)

/** First and last calendar day of a YYYY-MM month. */
export function monthBounds(month: string): { first: string; last: string } {
  const [year, mon] = month.split('-').map(Number)
  const last = new Date(Date.UTC(year, mon, 0)).getUTCDate()
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, '0')}` }
}

export function recruitsInMonth(program: ProgramDates, month: string): boolean {
  if (program.reviewStatus !== 'approved') return false
  const { first, last } = monthBounds(month)
  return kstDate(program.applyStart) <= last && kstDate(program.applyEnd) >= first
}

export function defaultIssuePrograms<T extends ProgramDates>(programs: T[], month: string, limit = DEFAULT_ISSUE_PROGRAMS): T[] {
  return programs
    .filter((program) => recruitsInMonth(program, month))
    .sort((a, b) => kstDate(a.applyEnd).localeCompare(kstDate(b.applyEnd)) || String(a.id).localeCompare(String(b.id)))
    .slice(0, limit)
}
