'use client'
import { useCallback, useEffect, useRef, useState } from 'react'
import { callApi, type Progress } from './api'

const POLL_MS = 2_000

/**
 * GET /api/newsletters/:id/progress once on load and whenever `refresh` is called (after each
 * action), and every two seconds while the issue is sending. One request at a time.
 */
export function useProgress(url: string | null, networkError: string) {
  const [progress, setProgress] = useState<Progress | null>(null)
  const [error, setError] = useState('')
  const inFlight = useRef(false)
  // A refresh asked for while one is running (e.g. right after an action) runs once it ends.
  const again = useRef(false)
  const mounted = useRef(true)

  const refresh = useCallback(async (): Promise<void> => {
    if (!url) return
    if (inFlight.current) {
      again.current = true
      return
    }
    inFlight.current = true
    try {
      const result = await callApi<Progress>('GET', url, networkError)
      if (!mounted.current) return
      if (result.ok && result.body) {
        setProgress(result.body)
        setError('')
      } else {
        setError(result.message)
      }
    } finally {
      inFlight.current = false
    }
    if (again.current && mounted.current) {
      again.current = false
      await refresh()
    }
  }, [url, networkError])

  useEffect(() => {
    mounted.current = true
    void refresh()
    return () => {
      mounted.current = false
    }
  }, [refresh])

  const sending = progress?.status === 'sending'
  useEffect(() => {
    if (!sending) return
    const timer = setInterval(() => void refresh(), POLL_MS)
    return () => clearInterval(timer)
  }, [sending, refresh])

  return { progress, error, refresh }
}
