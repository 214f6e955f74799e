'use client'
import React from 'react'
import type { NewsletterUrls, Progress } from './api'
import styles from './SendPanel.module.css'
import type { PanelTexts } from './texts'
import { UnknownDeliveries } from './UnknownDeliveries'

type Props = {
  urls: NewsletterUrls
  progress: Progress | null
  error: string
  onRefresh: () => void
  t: PanelTexts
}

const COUNT_KEYS = ['pending', 'sending', 'sent', 'failed', 'unknown', 'dropped'] as const

/** 발송 현황: the ledger's counts, a progress bar, and the rows that need the editor. */
export function ProgressSection({ urls, progress, error, onRefresh, t }: Props) {
  // Before the send starts there is no ledger yet: zeros would read as "nobody".
  const started = Boolean(progress && (progress.frozenAt || !['draft', 'scheduled'].includes(progress.status)))
  const counts = started ? progress?.counts : undefined
  const total = counts?.recipients ?? 0
  // Finished rows: delivered, given up on, or left out by the editor.
  const done = counts ? counts.sent + counts.failed + counts.dropped : 0

  return (
    <section className={styles.section} aria-labelledby="newsletter-progress-heading">
      <h3 id="newsletter-progress-heading">{t.progressHeading}</h3>
      {progress && !started && <p className={styles.hint}>{t.notStarted}</p>}
      {counts && (
        <>
          <dl className={styles.counts} data-testid="newsletter-counts">
            <div data-count="recipients">
              <dt>{t.recipients}</dt>
              <dd>{total.toLocaleString(t.locale)}</dd>
            </div>
            {COUNT_KEYS.map((key) => (
              <div key={key} data-count={key}>
                <dt>{t.delivery[key]}</dt>
                <dd>{counts[key].toLocaleString(t.locale)}</dd>
              </div>
            ))}
          </dl>
          <div className={styles.row}>
            <label className={styles.label} htmlFor="newsletter-progress-bar">{t.progressLabel(done, total)}</label>
          </div>
          <progress id="newsletter-progress-bar" className={styles.progress} max={Math.max(total, 1)} value={Math.min(done, Math.max(total, 1))}>
            {total > 0 ? `${Math.round((done / total) * 100)}%` : '0%'}
          </progress>
        </>
      )}
      <div className={styles.row}>
        <button type="button" className={styles.button} onClick={onRefresh}>
          {t.refreshProgress}
        </button>
      </div>
      <p className={`${styles.message} ${styles.error}`} role="status" aria-live="polite">
        {error}
      </p>
      {progress && progress.counts.unknown > 0 && (
        <UnknownDeliveries urls={urls} rows={progress.unknown} total={progress.counts.unknown} onChange={onRefresh} t={t} />
      )}
      {progress && progress.failed.length > 0 && (
        <div className={styles.section} role="group" aria-labelledby="newsletter-failed-heading">
          <h4 id="newsletter-failed-heading">
            {t.failedHeading} ({progress.counts.failed.toLocaleString(t.locale)})
          </h4>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t.email}</th>
                <th scope="col">{t.reason}</th>
              </tr>
            </thead>
            <tbody>
              {progress.failed.map((row) => (
                <tr key={String(row.id)}>
                  <td>{row.email}</td>
                  <td>{row.error ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {progress.counts.failed > progress.failed.length && <p className={styles.hint}>{t.listCapped}</p>}
        </div>
      )}
    </section>
  )
}
