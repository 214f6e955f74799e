'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'
import { callApi } from '../newsletter/api'
import { membershipTexts } from './texts'

type Outcome = { ok: boolean; message: string } | null

/** 승인 / 거절 of one request; the server's message (Korean) is read out, then the page reloads. */
export function MembershipButtons({ userId }: { userId: string | number }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = membershipTexts(i18n.language)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const url = `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}/users/${encodeURIComponent(String(userId))}/membership`

  const decide = async (decision: 'confirm' | 'decline') => {
    setBusy(true)
    const result = await callApi<{ message: string }>('POST', url, t.networkError, { decision })
    setOutcome({ ok: result.ok, message: result.body?.message ?? result.message })
    setBusy(false)
    // A full reload: the form must show the new 소속 기업, or a later 저장 would write the old one back.
    if (result.ok) window.setTimeout(() => window.location.reload(), 1200)
  }

  return (
    <div className="winwin-membership__actions">
      <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={() => decide('confirm')}>{busy ? t.working : t.confirm}</button>{' '}
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => decide('decline')}>{t.decline}</button>
      <p role="status" aria-live="polite" data-outcome={outcome ? (outcome.ok ? 'success' : 'error') : undefined}>{outcome?.message}</p>
    </div>
  )
}
