/**
 * GET and POST /api/alerts/unsubscribe?token= — turning the weekly program alert off from the
 * e-mail, without signing in. Registered as root endpoints (cms/config/createConfig.ts): the
 * token names a member's account or a subscriber, so the route belongs to neither collection.
 *
 * Only programAlerts.enabled changes: a newsletter subscription stays as it is, and turning the
 * newsletter off (its own unsubscribe) leaves the alert alone. The same address's other record
 * (a member who also subscribed) is turned off too: that person asked for no more alerts, and
 * would otherwise get them through the other record next week.
 */
import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { subscriberLink } from '../links'
import { badLinkPage } from '../subscribe/pages'
import { htmlPage } from '../subscribe/responses'
import { tokenOf } from '../subscribe/subscriberFromToken'
import { ALERTS_OPT_OUT_PATH, MEMBER_PROFILE_PATH, recipientOfToken, type AlertRecipientRef } from './links'
import { optedOutPage, optOutFormPage } from './pages'

const collectionOf = (ref: AlertRecipientRef) => (ref.kind === 'user' ? 'users' : 'subscribers') as 'users' | 'subscribers'

type Found = { ref: AlertRecipientRef; email: string; enabled: boolean; token: string }

async function recipientFromToken(req: PayloadRequest): Promise<Found | null> {
  const token = tokenOf(req)
  const ref = recipientOfToken(token, req.payload.secret)
  if (!ref || !token) return null
  const doc = await req.payload
    .findByID({ collection: collectionOf(ref), id: ref.id, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  return doc ? { ref, email: doc.email, enabled: doc.programAlerts?.enabled === true, token } : null
}

async function turnOff(payload: Payload, collection: 'users' | 'subscribers', id: string | number): Promise<void> {
  await payload.update({ collection, id, data: { programAlerts: { enabled: false } }, depth: 0, overrideAccess: true })
}

/** The person's record of the other kind (same address), when its alert is on. */
async function otherRecords(payload: Payload, found: Found) {
  const collection = found.ref.kind === 'user' ? ('subscribers' as const) : ('users' as const)
  const { docs } = await payload.find({
    collection,
    where: { and: [{ 'programAlerts.enabled': { equals: true } }, { email: { in: [...new Set([found.email, found.email.toLowerCase()])] } }] },
    select: { email: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((doc) => ({ collection, id: doc.id }))
}

const actionPath = (token: string) => `${ALERTS_OPT_OUT_PATH}?token=${encodeURIComponent(token)}`

/** Opening the link shows a button and changes nothing (mail scanners open every link). */
export const alertsOptOutPageEndpoint: Endpoint = {
  path: '/alerts/unsubscribe',
  method: 'get',
  handler: async (req) => {
    const found = await recipientFromToken(req)
    if (!found) return htmlPage(badLinkPage('alerts'), 400)
    return htmlPage(optOutFormPage(actionPath(found.token)), 200)
  },
}

/** RFC 8058 one-click (mail clients post List-Unsubscribe=One-Click) and the page's button. Repeating it is harmless. */
export const alertsOptOutEndpoint: Endpoint = {
  path: '/alerts/unsubscribe',
  method: 'post',
  handler: async (req) => {
    const found = await recipientFromToken(req)
    if (!found) return htmlPage(badLinkPage('alerts'), 400)
    if (found.enabled) await turnOff(req.payload, collectionOf(found.ref), found.ref.id)
    for (const other of await otherRecords(req.payload, found)) await turnOff(req.payload, other.collection, other.id)
    const settings = found.ref.kind === 'subscriber'
      ? { path: subscriberLink('preferences', found.ref.id, { siteUrl: '', secret: req.payload.secret }), label: '구독 설정에서 알림 다시 켜기' }
      : { path: MEMBER_PROFILE_PATH, label: '마이페이지에서 알림 다시 켜기' }
    return htmlPage(optedOutPage(settings.path, settings.label), 200)
  },
}

export const alertEndpoints: Endpoint[] = [alertsOptOutPageEndpoint, alertsOptOutEndpoint]
