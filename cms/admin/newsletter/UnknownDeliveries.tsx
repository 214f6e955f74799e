'use client'
import React, { useEffect, useState } from 'react'
import { callApi, type NewsletterUrls, type Progress } from './api'
import { ResultMessage, type Outcome } from './ResultMessage'
import styles from './SendPanel.module.css'
import { formatTime, type PanelTexts } from './texts'

type Props = {
  urls: NewsletterUrls
  rows: Progress['unknown']
  /** All unknown rows, of which `rows` may be the first 100. */
  total: number
  onChange: () => void
  t: PanelTexts
}


/**
 * 결과 불명: recipients whose message was in flight when the server stopped. Never re-sent by
 * itself; the editor decides per row to send again (재발송) or to leave it out (제외).
 */
export function UnknownDeliveries({ urls, rows, total, onChange, t }: Props) {
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)

  // Forget selections of rows that are no longer unknown.
  const ids = rows.map((row) => String(row.id)).join(',')
  useEffect(() => {
    const present = new Set(ids.split(','))
    setSelected((current) => new Set([...current].filter((id) => present.has(id))))
  }, [ids])

  const allSelected = rows.length > 0 && rows.every((row) => selected.has(String(row.id)))
  const flip = (id: string) =>
    setSelected((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  const act = async (action: 'resend' | 'drop') => {
    const chosen = rows.filter((row) => selected.has(String(row.id))).map((row) => row.id)
    if (chosen.length === 0) return
    if (action === 'resend' && !window.confirm(t.confirmResend(chosen.length))) return
    setBusy(true)
    setOutcome(null)
    const result = await callApi<{ message?: string }>('POST', urls.deliveries, t.networkError, { action, ids: chosen.map(String) })
    setOutcome({ ok: result.ok, message: result.message })
    if (result.ok) setSelected(new Set())
    setBusy(false)
    onChange()
  }

  return (
    <div className={styles.section} role="group" aria-labelledby="newsletter-unknown-heading">
      <h4 id="newsletter-unknown-heading">
        {t.unknownHeading} ({total.toLocaleString(t.locale)})
      </h4>
      <p className={styles.hint}>{t.unknownExplain}</p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t.selectAll}
                checked={allSelected}
                onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((row) => String(row.id))))}
              />
            </th>
            <th scope="col">{t.email}</th>
            <th scope="col">{t.claimedAt}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={String(row.id)}>
              <td>
                <input type="checkbox" aria-label={t.select(row.email)} checked={selected.has(String(row.id))} onChange={() => flip(String(row.id))} />
              </td>
              <td>{row.email}</td>
              <td>{formatTime(row.claimedAt, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > rows.length && <p className={styles.hint}>{t.listCapped}</p>}
      <div className={styles.row}>
        <button type="button" className={styles.button} disabled={busy || selected.size === 0} onClick={() => void act('resend')}>
          {t.resend}
        </button>
        <button type="button" className={styles.button} disabled={busy || selected.size === 0} onClick={() => void act('drop')}>
          {t.drop}
        </button>
      </div>
      <ResultMessage outcome={outcome} />
    </div>
  )
}
