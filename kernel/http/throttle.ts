/**
 * The limits on the front door (docs/SPEC.md "Limits"): sign-in, sign-up, 비밀번호 찾기,
 * re-applying to one program and newsletter sign-ups. Each counts per client address (./clientAddress.ts) and, for
 * sign-in, per address and account together — so a stranger's failures slow down that
 * stranger only, never the account's owner on another address (no account-wide lockout).
 * A refusal is a Korean 429 with Retry-After; the server's own work (no client address) is
 * never limited.
 */
import { APIError, type PayloadRequest } from 'payload'
import type { RateLimiterAbstract } from 'rate-limiter-flexible'
import { msg, type MessageKey } from '../i18n/messages'
import { clientAddress } from './clientAddress'
import { counter, type CounterOptions } from './limiterStore'

const MINUTE = 60
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export const LIMITS = {
  /** failed sign-ins of one account from one address before each further try waits */
  loginFreeFailures: 5,
  /** the first wait after them, doubling with each further failure … */
  loginFirstDelaySeconds: MINUTE,
  /** … up to this */
  loginMaxDelaySeconds: 30 * MINUTE,
  /** the failures of a count lapse this long after its first one (a success forgets them at once) */
  loginFailureMemorySeconds: DAY,
  /** failed sign-ins from one address, across accounts, in an hour */
  loginFailuresPerAddressPerHour: 30,
  /** new accounts from one address in an hour */
  signUpsPerAddressPerHour: 10,
  /** 비밀번호 찾기 requests from one address in an hour, whatever the addresses asked for */
  forgotPerAddressPerHour: 5,
  /** applications by one account to one program in a day (each withdrawal allows a new one) */
  appliesPerProgramPerDay: 3,
  /** newsletter sign-ups (each mails an address a visitor typed) from one address … */
  subscribesPerAddress: 5,
  /** … in this many seconds */
  subscribeWindowSeconds: 10 * MINUTE,
} as const

/** How long the next sign-in must wait after `failures` failures in a row (0: no wait). */
export function loginDelaySeconds(failures: number): number {
  const over = failures - LIMITS.loginFreeFailures
  if (over < 0) return 0
  return Math.min(LIMITS.loginFirstDelaySeconds * 2 ** over, LIMITS.loginMaxDelaySeconds)
}

/** Counters are looked up on each use: one per process whichever bundle asks (./limiterStore.ts). */
function lazy(options: CounterOptions): () => RateLimiterAbstract {
  return () => counter(options)
}

const counters = {
  loginFailures: lazy({ keyPrefix: 'login-fail', points: 1_000_000, duration: LIMITS.loginFailureMemorySeconds }),
  loginWait: lazy({ keyPrefix: 'login-wait', points: 1, duration: 1 }),
  loginAddress: lazy({ keyPrefix: 'login-address', points: LIMITS.loginFailuresPerAddressPerHour, duration: HOUR }),
  signUp: lazy({ keyPrefix: 'sign-up', points: LIMITS.signUpsPerAddressPerHour, duration: HOUR }),
  forgot: lazy({ keyPrefix: 'forgot', points: LIMITS.forgotPerAddressPerHour, duration: HOUR }),
  apply: lazy({ keyPrefix: 'apply', points: LIMITS.appliesPerProgramPerDay, duration: DAY }),
  subscribe: lazy({ keyPrefix: 'subscribe', points: LIMITS.subscribesPerAddress, duration: LIMITS.subscribeWindowSeconds }),
}

/** A Korean 429 that says when to try again, with Retry-After on REST (Payload sends req.responseHeaders with errors). */
export class TooManyRequests extends APIError {
  constructor(req: Partial<PayloadRequest> | undefined, key: MessageKey, readonly retryAfterSeconds: number) {
    super(msg(req as PayloadRequest, key, { minutes: Math.max(1, Math.ceil(retryAfterSeconds / MINUTE)) }), 429, undefined, true)
    // Its own name, not the minified class name a bundle would give it (GraphQL shows it).
    this.name = 'TooManyRequests'
    if (req) {
      req.responseHeaders ??= new Headers()
      req.responseHeaders.set('Retry-After', String(Math.max(1, Math.ceil(retryAfterSeconds))))
    }
  }
}

const pairKey = (address: string, email: string) => `${address}|${email.trim().toLowerCase()}`
const seconds = (ms: number) => Math.ceil(ms / 1000)

/** Before a sign-in: refuses while this address, or this address for this account, must wait; then counts the try as a failure until it succeeds. */
export async function beforeLogin(req: Partial<PayloadRequest>, email: string): Promise<void> {
  const address = clientAddress(req)
  if (!address) return
  const pair = pairKey(address, email)
  const [wait, fromAddress] = await Promise.all([counters.loginWait().get(pair), counters.loginAddress().get(address)])
  if (wait && wait.consumedPoints > 0 && wait.msBeforeNext > 0) throw new TooManyRequests(req, 'loginWait', seconds(wait.msBeforeNext))
  if (fromAddress && fromAddress.consumedPoints >= LIMITS.loginFailuresPerAddressPerHour) throw new TooManyRequests(req, 'loginWait', seconds(fromAddress.msBeforeNext))
  const failures = await counters.loginFailures().consume(pair)
  await counters.loginAddress().consume(address).catch(() => undefined)
  const delay = loginDelaySeconds(failures.consumedPoints)
  if (delay > 0) await counters.loginWait().block(pair, delay)
}

/** After a successful sign-in: its try was not a failure after all. */
export async function afterLogin(req: Partial<PayloadRequest>, email: string): Promise<void> {
  const address = clientAddress(req)
  if (!address) return
  const pair = pairKey(address, email)
  await Promise.all([counters.loginFailures().delete(pair), counters.loginWait().delete(pair), counters.loginAddress().reward(address, 1)])
}

async function spend(req: Partial<PayloadRequest>, which: 'forgot' | 'subscribe', key: string, message: MessageKey): Promise<void> {
  try {
    await counters[which]().consume(key)
  } catch (refusal) {
    const msBeforeNext = (refusal as { msBeforeNext?: number }).msBeforeNext
    if (typeof msBeforeNext !== 'number') throw refusal
    throw new TooManyRequests(req, message, seconds(msBeforeNext))
  }
}

/** Refuses when `key` already spent all of this counter's points in its window. */
async function refuseWhenSpent(req: Partial<PayloadRequest>, which: 'signUp' | 'apply', key: string, limit: number, message: MessageKey): Promise<void> {
  const spent = await counters[which]().get(key)
  if (spent && spent.consumedPoints >= limit) throw new TooManyRequests(req, message, seconds(spent.msBeforeNext))
}

/** Before a public sign-up: refuses once this address made its accounts for the hour. */
export async function checkSignUp(req: Partial<PayloadRequest>): Promise<void> {
  const address = clientAddress(req)
  if (address) await refuseWhenSpent(req, 'signUp', address, LIMITS.signUpsPerAddressPerHour, 'signUpTooMany')
}

/** After a public sign-up: one more account from this address (a refused form does not count). */
export async function countSignUp(req: Partial<PayloadRequest>): Promise<void> {
  const address = clientAddress(req)
  if (address) await counters.signUp().consume(address).catch(() => undefined)
}

const applyKey = (userId: string | number, programId: string | number) => `${userId}|${programId}`

/** Before an application: refuses once this account applied to this program often enough today (withdraw-and-reapply loops). */
export async function checkApplication(req: Partial<PayloadRequest>, userId: string | number, programId: string | number): Promise<void> {
  if (clientAddress(req)) await refuseWhenSpent(req, 'apply', applyKey(userId, programId), LIMITS.appliesPerProgramPerDay, 'applyTooMany')
}

/** After an application was stored. */
export async function countApplication(req: Partial<PayloadRequest>, userId: string | number, programId: string | number): Promise<void> {
  if (clientAddress(req)) await counters.apply().consume(applyKey(userId, programId)).catch(() => undefined)
}

/** A 비밀번호 찾기 request from this address. */
export async function countForgot(req: Partial<PayloadRequest>): Promise<void> {
  const address = clientAddress(req)
  if (address) await spend(req, 'forgot', address, 'forgotTooMany')
}

/** A valid newsletter sign-up from this address (it mails an address the visitor typed). */
export async function countSubscribe(req: Partial<PayloadRequest>): Promise<void> {
  const address = clientAddress(req)
  if (address) await spend(req, 'subscribe', address, 'subscriberTooMany')
}
