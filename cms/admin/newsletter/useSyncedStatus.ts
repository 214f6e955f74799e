'use client'
import { useFormFields } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/**
 * Sending changes the status on the server (작성중 → 발송중 → 발송완료) while the
 * document form still holds the status it was opened with. Saving that stale value would ask
 * the server to move the status back, which it refuses. So whenever the server's status
 * changes, the form's status field takes it, as its saved value (not an unsaved edit).
 */
export function useSyncedStatus(serverStatus: string | undefined): void {
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  const formStatus = useFormFields(([fields]) => fields?.status?.value)
  const previous = useRef<string | undefined>(undefined)
  useEffect(() => {
    const before = previous.current
    previous.current = serverStatus
    // Only a change seen on the server syncs; an editor's own unsaved pick stays until then.
    if (!serverStatus || before === undefined || before === serverStatus || formStatus === serverStatus) return
    dispatch({ type: 'UPDATE', path: 'status', value: serverStatus, initialValue: serverStatus })
  }, [serverStatus, formStatus, dispatch])
}
