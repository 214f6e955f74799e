import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { isPlatformAdmin } from '../../../kernel/rules/roles'
import { reportScope } from '../../../evaluation/access'
import { gather } from '../../../evaluation/gather'
import type { CompanyReport } from '../../../evaluation/types'
import { ItemEvidence } from './EvidenceTables'
import { OpenShareNote } from './OpenShareNote'
import { Shell } from './Shell'
import styles from './evaluation.module.css'
import type { Texts } from './texts'
import { reportUrl, viewContext } from './viewContext'
import { YearForm } from './YearForm'

function Summary({ report, t }: { report: CompanyReport; t: Texts }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>{t.summary}</caption>
        <thead>
          <tr>
            <th scope="col">{t.item}</th>
            <th scope="col" className={styles.number}>{t.countHeader}</th>
            <th scope="col" className={styles.number}>{t.pointsHeader}</th>
          </tr>
        </thead>
        <tbody>
          {report.items.map((item) => (
            <tr key={item.item}>
              <th scope="row"><a href={`#evaluation-item-${item.item}`}>{t.items[item.item - 1]}</a></th>
              <td className={styles.number}>{t.count(item.count)}</td>
              <td className={styles.number}>{t.points(item.points)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.total}</th>
            <td />
            <td className={`${styles.number} ${styles.total}`}>{t.totalOf(report.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

/** /admin/evaluation/:companyId — one company's items, points and evidence for a year. */
export async function EvaluationDetailView(props: AdminViewServerProps) {
  const segments = (props.params?.segments as string[] | undefined) ?? []
  const asked = decodeURIComponent(segments[1] ?? '')
  const { payload, user, adminRoute, t, year, years } = viewContext(props, `/evaluation/${asked}`)
  const list = { label: t.nav, url: `${adminRoute}/evaluation` }
  const scope = reportScope(user, asked)
  const refusal = !scope.ok ? (scope.key === 'evaluationOwnCompanyOnly' ? t.otherCompany : scope.key === 'noCompany' ? t.noCompany : t.forbidden) : null
  const report = scope.ok && scope.companyId != null ? await gather(payload, { year, companyId: scope.companyId, user }) : null
  const company = report?.companies[0]
  if (!company) {
    return (
      <Shell view={props} steps={[list]}>
        <h1>{t.nav}</h1>
        <p role="alert">{refusal ?? t.notFound}</p>
      </Shell>
    )
  }
  const platform = isPlatformAdmin(user)
  return (
    <Shell view={props} steps={platform ? [list, { label: company.company.name }] : [{ label: t.nav }]}>
      {platform && <p><a href={`${adminRoute}/evaluation?year=${year}`}>← {t.back}</a></p>}
      <h1>{t.detailTitle(company.company.name, year)}</h1>
      <p className={styles.intro}>{t.intro}</p>
      <YearForm
        action={`${adminRoute}/evaluation/${encodeURIComponent(company.company.id)}`}
        year={year}
        years={years}
        csvHref={reportUrl(year, company.company.id)}
        csvLabel={t.detailCsv(year)}
        t={t}
      />
      <Summary report={company} t={t} />
      {company.capped && <p>{t.cappedNote}</p>}
      <OpenShareNote share={company.openShare} target={report.summary.openShareTarget} t={t} />
      {company.items.map((item) => (
        <ItemEvidence key={item.item} item={item} label={t.items[item.item - 1]} adminRoute={adminRoute} t={t} />
      ))}
    </Shell>
  )
}
