import React from 'react'
import styles from './evaluation.module.css'
import type { Texts } from './texts'

type Props = { action: string; year: number; years: number[]; csvHref: string; csvLabel: string; t: Texts }

/** A plain GET form (works without JavaScript) to pick the year, and the CSV download beside it. */
export function YearForm({ action, year, years, csvHref, csvLabel, t }: Props) {
  return (
    <div className={styles.toolbar}>
      <form method="get" action={action} className={styles.yearForm}>
        <label htmlFor="evaluation-year">{t.yearLabel}</label>
        <select id="evaluation-year" name="year" defaultValue={String(year)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <button type="submit" className={styles.button}>
          {t.show}
        </button>
      </form>
      <a className={styles.button} href={csvHref} download>
        {csvLabel}
      </a>
    </div>
  )
}
