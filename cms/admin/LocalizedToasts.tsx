'use client'
import { toast, useTranslation } from '@payloadcms/ui'
import React, { useEffect, type ReactNode } from 'react'

/**
 * Payload's bulk upload (the drawer behind 새로 생성 on a multi-file upload field, e.g. a
 * program's 첨부문서) announces its result in two English sentences it never translates
 * (@payloadcms/ui BulkUpload/FormsManager: `Successfully saved ${n} files`, `Failed to save
 * ${n} files`). The toasts go through the one `toast` object @payloadcms/ui exports, so this
 * provider says those two in the admin's language and passes every other toast through as is.
 */
const UNTRANSLATED = [
  { kind: 'success', pattern: /^Successfully saved (\d+) files$/, key: 'winwin:bulkUploadSaved' },
  { kind: 'error', pattern: /^Failed to save (\d+) files$/, key: 'winwin:bulkUploadFailed' },
] as const

export function LocalizedToasts({ children }: { children?: ReactNode }) {
  const { t } = useTranslation()
  useEffect(() => {
    const say = t as (key: string, vars?: Record<string, unknown>) => string
    const originals = { success: toast.success, error: toast.error }
    for (const { kind, pattern, key } of UNTRANSLATED) {
      const original = originals[kind]
      toast[kind] = ((message: unknown, data?: unknown) => {
        const match = typeof message === 'string' ? pattern.exec(message) : null
        return original(match ? say(key, { count: Number(match[1]) }) : (message as string), data as never)
      }) as typeof original
    }
    return () => {
      toast.success = originals.success
      toast.error = originals.error
    }
  }, [t])
  return <>{children}</>
}
