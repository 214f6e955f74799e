'use client'
import { useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import React, { useMemo } from 'react'
import { newsletterUrls, type NewsletterStatus } from './api'
import { PreviewSection } from './PreviewSection'
import { ProgressSection } from './ProgressSection'
import { SendControls } from './SendControls'
import styles from './SendPanel.module.css'
import { TestSendSection } from './TestSendSection'
import { usePanelTexts } from './texts'
import { useProgress } from './useProgress'
import { useSyncedStatus } from './useSyncedStatus'

/**
 * The `sendPanel` ui field of a newsletter issue: preview (desktop / phone), a test message,
 * send / pause / resume, and the live delivery counts. Everything acts on the saved issue
 * through /api/newsletters/:id/…; an unsaved issue only gets a hint to save first.
 */
export function SendPanel() {
  const t = usePanelTexts()
  const { id, data, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const apiRoute = `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}`
  const urls = useMemo(() => (id == null ? null : newsletterUrls(apiRoute, id)), [apiRoute, id])
  const { progress, error, refresh } = useProgress(urls?.progress ?? null, t.networkError)
  useSyncedStatus(progress?.status)

  if (!urls) {
    return (
      <div className={styles.panel} data-testid="newsletter-send-panel">
        <p className={styles.hint} role="note">{t.saveFirst}</p>
      </div>
    )
  }

  const savedVersion = String(data?.updatedAt ?? lastUpdateTime ?? '')
  const status = (progress?.status ?? data?.status) as NewsletterStatus | undefined

  return (
    <div className={styles.panel} data-testid="newsletter-send-panel">
      {modified && <p className={styles.hint} role="note">{t.unsavedChanges}</p>}
      <PreviewSection urls={urls} savedVersion={savedVersion} t={t} />
      <TestSendSection urls={urls} t={t} />
      <SendControls
        urls={urls}
        status={status}
        sentAt={progress?.sentAt ?? (data?.sentAt as string | undefined)}
        frozenRecipients={progress?.frozenAt ? progress.counts.recipients : 0}
        onChange={() => void refresh()}
        t={t}
      />
      <ProgressSection urls={urls} progress={progress} error={error} onRefresh={() => void refresh()} t={t} />
    </div>
  )
}
