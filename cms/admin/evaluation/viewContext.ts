import type { AdminViewServerProps } from 'payload'
import { redirect } from 'next/navigation'
import { kstToday } from '../../../kernel/rules/dates'
import { parseEvaluationYear } from '../../../kernel/rules/evaluation'
import type { User } from '../../../kernel/payload-types'
import { textsFor } from './texts'

/** The first year the guide's evaluation ran ('18년도 평가지침). */
const FIRST_YEAR = 2018

/**
 * What both views need from Payload's view props: the signed-in user (custom views are reached
 * without Payload's own admin-access check, so this does it), the language and the year asked
 * for (?year=YYYY; anything else means this year in Seoul).
 */
export function viewContext(props: AdminViewServerProps, path: string) {
  const { initPageResult, searchParams } = props
  const { req, permissions } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const user = req.user as (User & { collection: 'users' }) | null
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${path}`)}`)
  if (!permissions.canAccessAdmin) redirect(`${adminRoute}/unauthorized`)
  const thisYear = Number(kstToday().slice(0, 4))
  const asked = searchParams?.year
  const year = parseEvaluationYear(Array.isArray(asked) ? asked[0] : asked) ?? thisYear
  const years: number[] = []
  for (let y = Math.max(thisYear, year); y >= Math.min(FIRST_YEAR, year); y--) years.push(y)
  return { payload: req.payload, user, adminRoute, t: textsFor(req.i18n?.language), year, years }
}

export type ViewContext = ReturnType<typeof viewContext>

export const reportUrl = (year: number, company?: string) =>
  `/api/reports/evaluation?year=${year}${company ? `&company=${encodeURIComponent(company)}` : ''}&format=csv`
