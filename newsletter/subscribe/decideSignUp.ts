/**
 * What a sign-up does to the address's record, decided from that record and the clock alone.
 * The visitor gets the same answer whatever is decided here (no one learns whether an address
 * is subscribed); only the address's owner sees a difference, in their inbox.
 */
export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed'

export type ExistingSubscriber = { status: SubscriberStatus; confirmationSentAt?: string | Date | null } | null | undefined

export type SignUpDecision =
  /** A new address: a pending record with the consent time, and a confirmation e-mail. */
  | { write: 'create'; consentedAt: Date; storeDetails: true; sendConfirmation: true }
  /** Pending or unsubscribed: back to (or still) pending, the form's name/interests stored. */
  | { write: 'update'; status: 'pending'; consentedAt?: Date; storeDetails: true; sendConfirmation: boolean }
  /** Already confirmed: nothing changes and nothing is sent; preferences are changed elsewhere. */
  | { write: 'none'; storeDetails: false; sendConfirmation: false }

/** At most one confirmation e-mail per address in this interval, however often it is entered. */
export const CONFIRMATION_INTERVAL_MS = 10 * 60_000

/** True when no confirmation went out within the interval before `now`. */
export function mayResendConfirmation(sentAt: string | Date | null | undefined, now: Date): boolean {
  if (!sentAt) return true
  const sent = new Date(sentAt).getTime()
  // An unreadable or future timestamp (a clock moved back) must not block sending for ever.
  if (Number.isNaN(sent) || sent > now.getTime()) return true
  return now.getTime() - sent >= CONFIRMATION_INTERVAL_MS
}

export function decideSignUp(existing: ExistingSubscriber, now: Date): SignUpDecision {
  if (!existing) return { write: 'create', consentedAt: now, storeDetails: true, sendConfirmation: true }
  const resend = mayResendConfirmation(existing.confirmationSentAt, now)
  switch (existing.status) {
    case 'confirmed':
      return { write: 'none', storeDetails: false, sendConfirmation: false }
    case 'unsubscribed':
      // A new consent: the earlier one was withdrawn, so it is recorded anew.
      return { write: 'update', status: 'pending', consentedAt: now, storeDetails: true, sendConfirmation: resend }
    default:
      // Still waiting for the click: the consent given first stands; only the e-mail may go again.
      return { write: 'update', status: 'pending', storeDetails: true, sendConfirmation: resend }
  }
}
