/**
 * The links a program alert carries for its recipient: the one-click opt-out (RFC 8058, also
 * the List-Unsubscribe header) and where to change the settings. The opt-out token has its own
 * purpose (`alerts`), so it can never end a newsletter subscription, and names the kind of
 * record it came from (a member's account or a subscriber) with its id.
 */
import { createToken, verifyToken } from '../../kernel/rules/tokens'
import { LINK_LIFETIME_DAYS, subscriberLink } from '../links'

export type AlertRecipientKind = 'user' | 'subscriber'
export type AlertRecipientRef = { kind: AlertRecipientKind; id: string | number }

export const ALERTS_OPT_OUT_PATH = '/api/alerts/unsubscribe'
/** Where a member changes interests and alerts (the member area). */
export const MEMBER_PROFILE_PATH = '/my/profile/'

const DAY_MS = 86_400_000
const KINDS: readonly AlertRecipientKind[] = ['user', 'subscriber']

type LinkOptions = { siteUrl: string; secret: string; now?: Date }

const site = (siteUrl: string) => siteUrl.replace(/\/$/, '')

export function alertsToken(ref: AlertRecipientRef, opts: Omit<LinkOptions, 'siteUrl'>): string {
  const now = opts.now ?? new Date()
  return createToken({ purpose: 'alerts', subject: `${ref.kind}:${ref.id}`, expiresAt: new Date(now.getTime() + LINK_LIFETIME_DAYS.alerts * DAY_MS) }, opts.secret)
}

/** The address of the opt-out (siteUrl '' gives a path). */
export function alertsOptOutUrl(ref: AlertRecipientRef, opts: LinkOptions): string {
  return `${site(opts.siteUrl)}${ALERTS_OPT_OUT_PATH}?token=${alertsToken(ref, opts)}`
}

/** The recipient a valid, unexpired alerts token names, or null. */
export function recipientOfToken(token: unknown, secret: string, now = new Date()): AlertRecipientRef | null {
  const check = verifyToken(token, { purpose: 'alerts', now }, secret)
  if (!check.ok) return null
  const at = check.subject.indexOf(':')
  const kind = check.subject.slice(0, at) as AlertRecipientKind
  const id = check.subject.slice(at + 1)
  return at > 0 && KINDS.includes(kind) && id ? { kind, id } : null
}

/** A subscriber changes the alert on the preferences page; a member in the member area. */
export function alertSettingsUrl(ref: AlertRecipientRef, opts: LinkOptions): string {
  return ref.kind === 'subscriber' ? subscriberLink('preferences', ref.id, opts) : `${site(opts.siteUrl)}${MEMBER_PROFILE_PATH}`
}
