/**
 * The subscriber a link's token names, or null when the token is missing, altered, expired or
 * made for another purpose (an unsubscribe token never confirms), or names no record.
 */
import type { PayloadRequest } from 'payload'
import { verifyToken } from '../../kernel/rules/tokens'
import type { Subscriber } from '../../kernel/payload-types'
import { SUBSCRIBER_PATHS, type SubscriberLinkPurpose } from '../links'

export type TokenSubscriber = { subscriber: Subscriber; token: string }

export function tokenOf(req: PayloadRequest): string | null {
  return req.searchParams?.get('token') ?? new URL(req.url ?? 'http://localhost/').searchParams.get('token')
}

export async function subscriberFromToken(req: PayloadRequest, purpose: SubscriberLinkPurpose, now = new Date()): Promise<TokenSubscriber | null> {
  const token = tokenOf(req)
  const check = verifyToken(token, { purpose, now }, req.payload.secret)
  if (!check.ok || !token) return null
  const subscriber = await req.payload
    .findByID({ collection: 'subscribers', id: check.subject, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  return subscriber ? { subscriber, token } : null
}

/** The endpoint's own address with the same token, as a path (forms post back to it). */
export function tokenPath(purpose: SubscriberLinkPurpose, token: string): string {
  return `${SUBSCRIBER_PATHS[purpose]}?token=${encodeURIComponent(token)}`
}
