'use client'
import React, { useState } from 'react'
import { callApi, type NewsletterStatus, type NewsletterUrls } from './api'
import { ResultMessage, type Outcome } from './ResultMessage'
import styles from './SendPanel.module.css'
import { formatTime, type PanelTexts } from './texts'

type Props = {
  urls: NewsletterUrls
  status: NewsletterStatus | undefined
  sentAt: string | null | undefined
  /** Recipients frozen for this issue, when the progress already knows them. */
  frozenRecipients: number
  /** Called after every action, so the counts and the status follow at once. */
  onChange: () => void
  t: PanelTexts
}


/** The actions that make sense in each state (409 from the server covers any race). */
const ACTIONS: Record<NewsletterStatus, ('send' | 'pause' | 'resume')[]> = {
  draft: ['send'],
  scheduled: ['send'],
  sending: ['pause'],
  paused: ['resume'],
  sent: [],
}

/** 발송: send to every confirmed subscriber (after a confirmation), pause, resume. */
export function SendControls({ urls, status, sentAt, frozenRecipients, onChange, t }: Props) {
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)

  /** How many a send reaches: the frozen list if there is one, else today's confirmed subscribers. */
  const recipientCount = async (): Promise<number | null> => {
    if (frozenRecipients > 0) return frozenRecipients
    const result = await callApi<{ totalDocs?: number }>('GET', urls.confirmedSubscribers, t.networkError)
    return typeof result.body?.totalDocs === 'number' ? result.body.totalDocs : null
  }

  const run = async (url: string, body: unknown) => {
    setBusy(true)
    setOutcome(null)
    const result = await callApi<{ message?: string }>('POST', url, t.networkError, body)
    setOutcome({ ok: result.ok, message: result.message })
    setBusy(false)
    onChange()
  }

  const send = async () => {
    setBusy(true)
    const count = await recipientCount()
    setBusy(false)
    if (!window.confirm(t.confirmSend(count))) return
    await run(urls.send, {})
  }

  const actions = status ? ACTIONS[status] ?? [] : []
  const statusText = status ? t.statuses[status] ?? status : ''

  return (
    <section className={styles.section} aria-labelledby="newsletter-send-heading">
      <h3 id="newsletter-send-heading">{t.sendHeading}</h3>
      <p className={styles.hint}>
        {t.statusLabel}: <strong data-testid="newsletter-status">{statusText}</strong>
        {status === 'sent' && sentAt ? ` · ${t.sentAt} ${formatTime(sentAt, t)}` : ''}
      </p>
      {actions.length > 0 && (
        <div className={styles.row}>
          {actions.includes('send') && (
            <button type="button" className={`${styles.button} ${styles.primary}`} disabled={busy} onClick={() => void send()}>
              {t.send}
            </button>
          )}
          {actions.includes('pause') && (
            <button type="button" className={styles.button} disabled={busy} onClick={() => void run(urls.pause, {})}>
              {t.pause}
            </button>
          )}
          {actions.includes('resume') && (
            <button type="button" className={styles.button} disabled={busy} onClick={() => void run(urls.resume, {})}>
              {t.resume}
            </button>
          )}
        </div>
      )}
      <ResultMessage outcome={outcome} testId="newsletter-send-result" />
    </section>
  )
}
