import { parseCalendarDay } from './dates'

/** 프로그램명에는 시기를 명시: a year (2026, 2026년, '26년), a quarter/half, a month or a M/D date. */
const PERIOD_PATTERNS = [
  /(?<!\d)(?:19|20)\d{2}(?!\d)/, // 2026, 2026년 (not part of a longer number such as 20000원)
  /['’]\d{2}(?:년|\.)/, // '26년, '26.
  /\d{1,2}\s*(?:분기|월)/, // 1분기, 5월
  /(?:상|하)반기/, // 상반기
  /\d{1,2}\/\d{1,2}/, // (5/30~31)
]

export function titleNamesPeriod(title: string): boolean {
  return PERIOD_PATTERNS.some((pattern) => pattern.test(title))
}

export const TEXT_LIMIT = 200

const graphemes = new Intl.Segmenter('ko', { granularity: 'grapheme' })

/**
 * Counts characters as a person does (a Hangul syllable or an emoji is one): grapheme clusters,
 * so a flag, a skin-toned or ZWJ emoji and a syllable typed as decomposed jamo each count once.
 */
export function charCount(text: string): number {
  let count = 0
  for (const _ of graphemes.segment(text ?? '')) count++
  return count
}

export type ProgramDates = {
  applyStart?: unknown
  applyEnd?: unknown
  supportStart?: unknown
  supportEnd?: unknown
}

export type DateProblem =
  | { field: keyof ProgramDates; code: 'invalid-date' }
  | { field: 'applyEnd' | 'supportEnd'; code: 'end-before-start' }
  | { field: 'supportEnd'; code: 'already-ended' }

/**
 * The date rules of the program form. `registeredOn` is the Seoul day the program is being
 * registered (create only): a program whose support period ended before that day is refused.
 */
export function checkProgramDates(dates: ProgramDates, registeredOn?: string): DateProblem[] {
  const problems: DateProblem[] = []
  const parsed: Partial<Record<keyof ProgramDates, string>> = {}
  for (const field of ['applyStart', 'applyEnd', 'supportStart', 'supportEnd'] as const) {
    const value = dates[field]
    if (value == null || value === '') continue
    const result = parseCalendarDay(value)
    if (result.ok) parsed[field] = result.day
    else problems.push({ field, code: 'invalid-date' })
  }
  if (parsed.applyStart && parsed.applyEnd && parsed.applyEnd < parsed.applyStart) {
    problems.push({ field: 'applyEnd', code: 'end-before-start' })
  }
  if (parsed.supportStart && parsed.supportEnd && parsed.supportEnd < parsed.supportStart) {
    problems.push({ field: 'supportEnd', code: 'end-before-start' })
  }
  if (registeredOn && parsed.supportEnd && parsed.supportEnd < registeredOn) {
    problems.push({ field: 'supportEnd', code: 'already-ended' })
  }
  return problems
}

