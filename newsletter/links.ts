/**
 * The links a subscriber gets in e-mails: confirm (double opt-in), one-click unsubscribe
 * (RFC 8058) and preferences. Each carries a signed, expiring token (kernel/rules/tokens.ts)
 * naming the subscriber, so the pages behind them need no login and reveal nothing to anyone
 * without the link. The sender, the confirmation e-mail and the endpoints share these.
 */
import { createToken, type TokenPurpose } from '../kernel/rules/tokens'

const DAY_MS = 86_400_000

/** How long each kind of link works. An unsubscribe link must still work in an old issue. */
export const LINK_LIFETIME_DAYS: Record<TokenPurpose, number> = { confirm: 7, unsubscribe: 400, preferences: 400, alerts: 400 }

/** The purposes of the subscriber links; `alerts` links name a member or a subscriber (newsletter/alerts/links.ts). */
export type SubscriberLinkPurpose = Exclude<TokenPurpose, 'alerts'>

export const SUBSCRIBER_PATHS: Record<SubscriberLinkPurpose, string> = {
  confirm: '/api/subscribers/confirm',
  unsubscribe: '/api/subscribers/unsubscribe',
  preferences: '/api/subscribers/preferences',
}

export function subscriberLink(purpose: SubscriberLinkPurpose, subscriberId: string | number, opts: { siteUrl: string; secret: string; now?: Date }): string {
  const now = opts.now ?? new Date()
  const token = createToken({ purpose, subject: String(subscriberId), expiresAt: new Date(now.getTime() + LINK_LIFETIME_DAYS[purpose] * DAY_MS) }, opts.secret)
  return `${opts.siteUrl.replace(/\/$/, '')}${SUBSCRIBER_PATHS[purpose]}?token=${token}`
}

/** The two links every issue carries for its recipient. */
export function recipientLinks(subscriberId: string | number, opts: { siteUrl: string; secret: string; now?: Date }) {
  return {
    unsubscribeUrl: subscriberLink('unsubscribe', subscriberId, opts),
    preferencesUrl: subscriberLink('preferences', subscriberId, opts),
  }
}
