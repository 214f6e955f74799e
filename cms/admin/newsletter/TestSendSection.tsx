'use client'
import React, { useState } from 'react'
import { callApi, type NewsletterUrls } from './api'
import { ResultMessage, type Outcome } from './ResultMessage'
import styles from './SendPanel.module.css'
import type { PanelTexts } from './texts'

type Props = { urls: NewsletterUrls; t: PanelTexts }

/** 테스트 발송: one message of the saved issue to one address; subscribers get nothing. */
export function TestSendSection({ urls, t }: Props) {
  const [address, setAddress] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)

  const submit = async () => {
    setBusy(true)
    setOutcome(null)
    const result = await callApi<{ message?: string }>('POST', urls.send, t.networkError, { test: address.trim() })
    setOutcome({ ok: result.ok, message: result.message })
    setBusy(false)
  }

  return (
    <section className={styles.section} aria-labelledby="newsletter-test-heading">
      <h3 id="newsletter-test-heading">{t.testHeading}</h3>
      {/* Not a <form>: this panel sits inside Payload's document form, and forms do not nest. */}
      <div className={styles.row}>
        <label className={styles.label} htmlFor="newsletter-test-address">{t.testAddress}</label>
        <input
          id="newsletter-test-address"
          className={styles.input}
          type="email"
          autoComplete="email"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          onKeyDown={(e) => {
            // Enter would submit the document form; here it sends the test instead.
            if (e.key === 'Enter') {
              e.preventDefault()
              if (!busy && address.trim()) void submit()
            }
          }}
          aria-describedby="newsletter-test-hint"
        />
        <button type="button" className={styles.button} disabled={busy || !address.trim()} onClick={() => void submit()}>
          {t.testSend}
        </button>
      </div>
      <p id="newsletter-test-hint" className={styles.hint}>{t.testHint}</p>
      <ResultMessage outcome={outcome} testId="newsletter-test-result" />
    </section>
  )
}
