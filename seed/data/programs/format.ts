import { dayOfMonth, halfOf, monthDay, monthOf, quarterOf, yearOf } from '../../lib/time'

/** Title helpers: the period a program names, from its own dates. */
export const Y = (day: string) => `${yearOf(day)}`
export const half = (day: string) => halfOf(day)
export const quarter = (day: string) => `${quarterOf(day)}분기`
export const month = (day: string) => `${monthOf(day)}월`
/** "5/30~31" within a month, "5/30~6/1" across months */
export const range = (start: string, end: string) =>
  start === end ? monthDay(start) : `${monthDay(start)}~${start.slice(0, 7) === end.slice(0, 7) ? dayOfMonth(end) : monthDay(end)}`
/** "2026-05-30" → "2026년 5월 30일" */
export const longDay = (day: string) => `${yearOf(day)}년 ${monthOf(day)}월 ${Number(day.slice(8, 10))}일`
