/**
 * Calendar dates in Asia/Seoul. Every date rule of the product (진행단계, deadlines,
 * "already ended") compares KST calendar days, never instants, so it lives here once.
 */
export const TIME_ZONE = 'Asia/Seoul'

const kstFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** YYYY-MM-DD of an instant as seen on a wall clock in Seoul. */
export function kstDate(instant: Date | string | number): string {
  const date = instant instanceof Date ? instant : new Date(instant)
  const time = date.getTime()
  if (Number.isNaN(time)) throw new RangeError(`Invalid instant: ${String(instant)}`)
  // Seoul has kept UTC+9 without daylight saving since its last DST ended in October 1988: from
  // then on the day is plain arithmetic, some twenty times cheaper than the time-zone database,
  // which a build of 11,140 programs would ask tens of thousands of times. Earlier instants ask it.
  if (time >= FIXED_OFFSET_FROM && time < MAX_ISO_TIME) return new Date(time + KST_OFFSET_MS).toISOString().slice(0, 10)
  return kstFormatter.format(date)
}

const KST_OFFSET_MS = 9 * 60 * 60 * 1000
/** 1989-01-01T00:00:00+09:00: after Korea's last daylight saving time (1987–1988). */
const FIXED_OFFSET_FROM = Date.UTC(1988, 11, 31, 15)
/** Beyond year 9999 toISOString no longer writes four-digit years. */
const MAX_ISO_TIME = Date.UTC(9999, 11, 31, 15)

/** Today's calendar date in Seoul. */
export function kstToday(now: Date = new Date()): string {
  return kstDate(now)
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** True when `y-m-d` names a day that exists (rejects 2018-02-31, 2026-13-01). */
export function isRealCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= daysInMonth
}

export type ParsedDay = { ok: true; day: string } | { ok: false }

/**
 * Reads a date as the API or admin sends it: `YYYY-MM-DD`, or an ISO timestamp whose
 * calendar part is checked before JavaScript silently rolls 02-31 over to 03-03.
 * Returns the Seoul calendar day it stands for.
 */
export function parseCalendarDay(value: unknown): ParsedDay {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { ok: false } : { ok: true, day: kstDate(value) }
  }
  if (typeof value !== 'string') return { ok: false }
  const text = value.trim()
  const prefix = /^(\d{4})-(\d{2})-(\d{2})/.exec(text)
  if (!prefix) return { ok: false }
  const [, y, m, d] = prefix
  if (!isRealCalendarDay(Number(y), Number(m), Number(d))) return { ok: false }
  if (ISO_DAY.test(text)) return { ok: true, day: text }
  const instant = new Date(text)
  return Number.isNaN(instant.getTime()) ? { ok: false } : { ok: true, day: kstDate(instant) }
}

/** The stored form of a calendar day: noon in Seoul, so every time zone shows the same day. */
export function dayToStoredInstant(day: string): string {
  return new Date(`${day}T12:00:00+09:00`).toISOString()
}

/** Adds whole days to a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1, d + days))
  return date.toISOString().slice(0, 10)
}

const kstTimeFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** YYYY-MM-DD HH:mm of an instant on a wall clock in Seoul (e-mails and notices that need the time). */
export function kstDateTime(instant: Date | string | number): string {
  const date = instant instanceof Date ? instant : new Date(instant)
  return `${kstDate(date)} ${kstTimeFormatter.format(date)}`
}
