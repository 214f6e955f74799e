/**
 * The send panel's calls to the newsletter endpoints (same origin, the admin's cookie). Every
 * answer becomes `{ ok, status, body, message }`: the server's own message on success, its
 * Korean error (`{ errors: [{ message }] }`) otherwise, so the panel can show either as is.
 */

export type NewsletterStatus = 'draft' | 'scheduled' | 'sending' | 'paused' | 'sent'

export type Progress = {
  status: NewsletterStatus
  sentAt: string | null
  frozenAt: string | null
  counts: { recipients: number; pending: number; sending: number; sent: number; failed: number; unknown: number; dropped: number }
  unknown: { id: string | number; email: string; claimedAt: string | null }[]
  failed: { id: string | number; email: string; error: string | null }[]
}

export type ApiResult<T> = { ok: boolean; status: number; body: T | null; message: string }

type ErrorBody = { errors?: { message?: string }[]; message?: string }

function messageOf(body: unknown): string {
  if (!body || typeof body !== 'object') return ''
  const { errors, message } = body as ErrorBody
  const fromErrors = Array.isArray(errors) ? errors.map((e) => e?.message).filter(Boolean).join(' ') : ''
  return fromErrors || (typeof message === 'string' ? message : '')
}

export async function callApi<T>(method: 'GET' | 'POST', url: string, networkError: string, body?: unknown): Promise<ApiResult<T>> {
  try {
    const res = await fetch(url, {
      method,
      credentials: 'include',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const parsed: unknown = await res.json().catch(() => null)
    return { ok: res.ok, status: res.status, body: res.ok ? (parsed as T) : null, message: messageOf(parsed) || (res.ok ? '' : `${res.status} ${res.statusText}`) }
  } catch {
    return { ok: false, status: 0, body: null, message: networkError }
  }
}

/** The URLs of one issue's endpoints under the admin's API route (usually /api). */
export function newsletterUrls(apiRoute: string, id: string | number) {
  const base = `${apiRoute.replace(/\/$/, '')}/newsletters/${encodeURIComponent(String(id))}`
  return {
    preview: (variant: 'email' | 'web', part: 'html' | 'text', version: string) =>
      `${base}/preview?variant=${variant}${part === 'text' ? '&part=text' : ''}&v=${encodeURIComponent(version)}`,
    send: `${base}/send`,
    pause: `${base}/pause`,
    resume: `${base}/resume`,
    progress: `${base}/progress`,
    deliveries: `${base}/deliveries`,
    /** Payload's own REST: how many confirmed subscribers a send would reach today. */
    confirmedSubscribers: `${apiRoute.replace(/\/$/, '')}/subscribers?where[status][equals]=confirmed&limit=1&depth=0`,
  }
}

export type NewsletterUrls = ReturnType<typeof newsletterUrls>
