/**
 * How the sender behaves, from the environment (listmonk keeps these as settings too):
 *
 * | variable | default | |
 * |---|---|---|
 * | NEWSLETTER_CONCURRENCY | 5 | SMTP connections, and so the most messages in flight at once |
 * | NEWSLETTER_RATE | 0 | messages per second at most (0: no limit) |
 * | NEWSLETTER_MAX_ATTEMPTS | 5 | tries per recipient before a temporary failure counts as failed |
 * | NEWSLETTER_RETRY_BASE_MS | 60000 | first back-off after a temporary failure; doubles each time |
 * | NEWSLETTER_ERROR_THRESHOLD | 20 | failures in a row that pause the whole send (SMTP down) |
 * | NEWSLETTER_LEASE_MS | 30000 | how long a sender's claim on an issue lasts without renewal |
 */
import type { EnvVars } from '../../kernel/settings/env'

export type SendSettings = {
  concurrency: number
  ratePerSecond: number
  maxAttempts: number
  retryBaseMs: number
  retryMaxMs: number
  errorThreshold: number
  leaseMs: number
  /** Ledger rows read per query; bounds memory whatever the number of recipients. */
  batchSize: number
}

function whole(env: EnvVars, name: string, fallback: number, min: number): number {
  const raw = env[name]
  if (raw == null || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}, not "${raw}".`)
  return value
}

export function readSendSettings(env: EnvVars = process.env): SendSettings {
  return {
    concurrency: whole(env, 'NEWSLETTER_CONCURRENCY', 5, 1),
    ratePerSecond: whole(env, 'NEWSLETTER_RATE', 0, 0),
    maxAttempts: whole(env, 'NEWSLETTER_MAX_ATTEMPTS', 5, 1),
    retryBaseMs: whole(env, 'NEWSLETTER_RETRY_BASE_MS', 60_000, 0),
    retryMaxMs: 6 * 60 * 60 * 1000,
    errorThreshold: whole(env, 'NEWSLETTER_ERROR_THRESHOLD', 20, 1),
    leaseMs: whole(env, 'NEWSLETTER_LEASE_MS', 30_000, 1000),
    batchSize: 500,
  }
}
