import type { AdminViewServerProps } from 'payload'
import { redirect } from 'next/navigation'
import React from 'react'
import { companyIdOf, isCompanyAdmin, isPlatformAdmin } from '../../../kernel/rules/roles'
import { gather } from '../../../evaluation/gather'
import { OpenShareNote } from './OpenShareNote'
import { ScoreTable } from './ScoreTable'
import { Shell } from './Shell'
import styles from './evaluation.module.css'
import { reportUrl, viewContext } from './viewContext'
import { YearForm } from './YearForm'

/**
 * /admin/evaluation — every company's 동반성장 평가 가점 for a year (platform admins). A company
 * admin goes straight to its own company's page; other roles are told who may see it.
 */
export async function EvaluationListView(props: AdminViewServerProps) {
  const { payload, user, adminRoute, t, year, years } = viewContext(props, '/evaluation')
  const own = companyIdOf(user)
  if (isCompanyAdmin(user) && own != null) redirect(`${adminRoute}/evaluation/${encodeURIComponent(String(own))}?year=${year}`)
  const steps = [{ label: t.nav }]
  if (!isPlatformAdmin(user)) {
    return (
      <Shell view={props} steps={steps}>
        <h1>{t.nav}</h1>
        <p role="alert">{isCompanyAdmin(user) ? t.noCompany : t.forbidden}</p>
      </Shell>
    )
  }
  const report = (await gather(payload, { year, user }))!
  return (
    <Shell view={props} steps={steps}>
      <h1>{t.title}</h1>
      <p className={styles.intro}>{t.intro}</p>
      <YearForm action={`${adminRoute}/evaluation`} year={year} years={years} csvHref={reportUrl(year)} csvLabel={t.csv(year)} t={t} />
      <OpenShareNote share={report.summary.openShare} target={report.summary.openShareTarget} t={t} />
      <ScoreTable report={report} adminRoute={adminRoute} t={t} />
    </Shell>
  )
}
