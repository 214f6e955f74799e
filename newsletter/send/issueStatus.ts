/**
 * Who may move an issue between its statuses. Editors plan (작성중 ↔ 발송예약); everything after
 * that belongs to the send: starting it, pausing and resuming (through the endpoints), finishing
 * it, and reopening a sent issue when an editor resends recipients whose delivery was unknown.
 */
export const NEWSLETTER_STATUS_VALUES = ['draft', 'scheduled', 'sending', 'paused', 'sent'] as const
export type NewsletterStatus = (typeof NEWSLETTER_STATUS_VALUES)[number]

export type StatusActor = 'editor' | 'sender'

const EDITOR_MOVES: Record<NewsletterStatus, NewsletterStatus[]> = {
  draft: ['scheduled'],
  scheduled: ['draft'],
  sending: [],
  paused: [],
  sent: [],
}

const SENDER_MOVES: Record<NewsletterStatus, NewsletterStatus[]> = {
  draft: ['sending'],
  scheduled: ['sending', 'draft'],
  sending: ['paused', 'sent'],
  paused: ['sending'],
  sent: ['sending'],
}

export function canMoveStatus(from: NewsletterStatus, to: NewsletterStatus, actor: StatusActor): boolean {
  if (from === to) return true
  return (actor === 'sender' ? SENDER_MOVES : EDITOR_MOVES)[from]?.includes(to) ?? false
}

/** While a send is under way its content is frozen; edits would not reach the recipients anyway. */
export const isContentLocked = (status: NewsletterStatus): boolean => status === 'sending' || status === 'paused'

/** A send can be started from these. */
export const canStartSend = (status: NewsletterStatus): boolean => status === 'draft' || status === 'scheduled'
