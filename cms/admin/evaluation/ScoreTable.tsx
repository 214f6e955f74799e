import React from 'react'
import type { EvaluationReport } from '../../../evaluation/types'
import styles from './evaluation.module.css'
import type { Texts } from './texts'

type Props = { report: EvaluationReport; adminRoute: string; t: Texts }

/** One row per company: each item's points (and count), the total and the open share; the name opens the detail. */
export function ScoreTable({ report, adminRoute, t }: Props) {
  if (report.companies.length === 0) return <p>{t.noCompanies}</p>
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>{t.companies(report.year)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.company}</th>
            <th scope="col">{t.category}</th>
            {t.shortItems.map((label) => (
              <th scope="col" key={label} className={styles.number}>
                {label}
              </th>
            ))}
            <th scope="col" className={styles.number}>{t.total}</th>
            <th scope="col" className={styles.number}>{t.openShare}</th>
          </tr>
        </thead>
        <tbody>
          {report.companies.map(({ company, items, total, openShare }) => (
            <tr key={company.id} data-company={company.id}>
              <th scope="row">
                <a href={`${adminRoute}/evaluation/${encodeURIComponent(company.id)}?year=${report.year}`}>{company.name}</a>
              </th>
              <td>{company.categoryLabel}</td>
              {items.map((item) => (
                <td key={item.item} className={styles.number}>
                  {t.points(item.points)} <span className={styles.muted}>({t.count(item.count)})</span>
                </td>
              ))}
              <td className={`${styles.number} ${styles.total}`}>{t.points(total)}</td>
              <td className={styles.number}>{openShare.percent == null ? '–' : `${openShare.percent}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
