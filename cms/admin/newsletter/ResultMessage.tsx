'use client'
import React from 'react'
import styles from './SendPanel.module.css'

export type Outcome = { ok: boolean; message: string } | null

/** The server's answer to the last action, read out by screen readers as it changes. */
export function ResultMessage({ outcome, testId }: { outcome: Outcome; testId?: string }) {
  const kind = outcome ? (outcome.ok ? 'success' : 'error') : undefined
  return (
    <p className={`${styles.message} ${kind ? styles[kind] : ''}`} role="status" aria-live="polite" data-outcome={kind} data-testid={testId}>
      {outcome?.message}
    </p>
  )
}
