import { addDays, kstToday } from '../../kernel/rules/dates'

/** The seed's clock: "today" in Seoul for a given instant, and helpers relative to it. */
export type SeedClock = {
  now: Date
  /** today in Asia/Seoul, YYYY-MM-DD */
  today: string
  /** today + n days */
  day: (offset: number) => string
  /** an instant on a Seoul day at a given hour, never later than `now` */
  instant: (day: string, hour?: number) => string
}

export function seedClock(now: Date = new Date()): SeedClock {
  const today = kstToday(now)
  return {
    now,
    today,
    day: (offset) => addDays(today, offset),
    instant: (day, hour = 10) => {
      const at = new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+09:00`)
      return (at.getTime() > now.getTime() ? now : at).toISOString()
    },
  }
}

/** "5/30" for 2026-05-30 */
export const monthDay = (day: string) => `${Number(day.slice(5, 7))}/${Number(day.slice(8, 10))}`
/** "30" for 2026-05-30 */
export const dayOfMonth = (day: string) => String(Number(day.slice(8, 10)))
export const yearOf = (day: string) => Number(day.slice(0, 4))
export const monthOf = (day: string) => Number(day.slice(5, 7))
export const halfOf = (day: string) => (monthOf(day) <= 6 ? '상반기' : '하반기')
export const quarterOf = (day: string) => Math.ceil(monthOf(day) / 3)
