/**
 * Whether a failed send is worth trying again. SMTP says so itself: 4xx replies are temporary
 * (greylisting, mailbox busy, rate limits), 5xx permanent (no such user, rejected). Without a
 * reply the connection failed (refused, reset, timed out), which is temporary too; an error in
 * building the message (a bad address slipped through) is permanent.
 */
export type SendFailure = { kind: 'temporary' | 'permanent'; reason: string }

const CONNECTION_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'EPROTOCOL', 'ETLS', 'EAUTH', 'EMAXLIMIT'])

export function classifySendError(error: unknown): SendFailure {
  const e = (error ?? {}) as { responseCode?: unknown; code?: unknown; response?: unknown; message?: unknown }
  const message = String(e.response ?? e.message ?? error).replace(/\s+/g, ' ').trim().slice(0, 500)
  const status = typeof e.responseCode === 'number' ? e.responseCode : undefined
  if (status !== undefined) return { kind: status >= 400 && status < 500 ? 'temporary' : 'permanent', reason: message }
  if (typeof e.code === 'string' && CONNECTION_CODES.has(e.code)) return { kind: 'temporary', reason: `${e.code}: ${message}` }
  return { kind: 'permanent', reason: message }
}

/**
 * The wait before attempt `attempt + 1` after `attempt` failed: doubling from the base, capped,
 * with up to 20 % jitter so recipients failed together do not all come back at once.
 */
export function retryDelayMs(attempt: number, { baseMs, maxMs }: { baseMs: number; maxMs: number }, random: () => number = Math.random): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1))
  return Math.round(exponential * (1 + 0.2 * random()))
}
