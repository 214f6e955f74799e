'use client'
import React, { useEffect, type ReactNode } from 'react'
import { kstDateTime } from '../../kernel/rules/dates'

const SHOWN_AS_WE_SHOW_DATES = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/

/**
 * Payload's document-lock dialog ("문서가 잠겼습니다 … 편집됨 <date>") formats its date with a
 * hard-coded `Intl.DateTimeFormat('en-US')` (@payloadcms/ui elements/DocumentLocked), which no
 * config reaches: "Dec 7, 2026, 9:15 AM" in the Korean admin. This provider rewrites that one date
 * as every date here is shown, YYYY-MM-DD HH:mm in Asia/Seoul, whenever the dialog renders it.
 */
function localizeLockDates(root: ParentNode) {
  for (const strong of root.querySelectorAll('.document-locked__content p:nth-of-type(2) strong')) {
    const text = strong.textContent?.trim() ?? ''
    if (!text || SHOWN_AS_WE_SHOW_DATES.test(text)) continue
    const instant = new Date(text)
    if (!Number.isNaN(instant.getTime())) strong.textContent = kstDateTime(instant)
  }
}

export function LockedDocumentDate({ children }: { children?: ReactNode }) {
  useEffect(() => {
    localizeLockDates(document)
    const observer = new MutationObserver(() => localizeLockDates(document))
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    return () => observer.disconnect()
  }, [])
  return <>{children}</>
}
