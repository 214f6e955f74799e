import type { Payload } from 'payload'
import type { Subscriber } from '../../kernel/payload-types'
import { CLIENT_IP_HEADER } from '../../kernel/http/clientAddress'
import { testConfig } from './payload'
import { formBody, rawRequest } from './rawRest'

/**
 * Requests to the subscriber endpoints as browsers, mail clients and API clients send them,
 * through Payload's real REST handlers, and the records behind them.
 */
let nextIp = 1
/** A client IP of its own for each caller, so the sign-up limit only bites where a test wants it. */
export const freshIp = () => `192.0.2.${nextIp++}`

export type SignUpBody = { email?: unknown; name?: unknown; interests?: unknown }

export const subscribeJson = (body: SignUpBody | string, ip = freshIp()) =>
  rawRequest(testConfig(), 'POST', '/api/subscribers/subscribe', {
    headers: { 'content-type': 'application/json', [CLIENT_IP_HEADER]: ip },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

export const subscribeForm = (pairs: [string, string][], ip = freshIp()) =>
  rawRequest(testConfig(), 'POST', '/api/subscribers/subscribe', { headers: { [CLIENT_IP_HEADER]: ip }, body: formBody(pairs) })

export const get = (path: string) => rawRequest(testConfig(), 'GET', path)
export const postForm = (path: string, pairs: [string, string][]) => rawRequest(testConfig(), 'POST', path, { body: formBody(pairs) })

/** The part of an absolute link that the REST handlers route on. */
export const pathOf = (url: string) => {
  const u = new URL(url)
  return `${u.pathname}${u.search}`
}

export async function subscriberRecord(payload: Payload, email: string): Promise<Subscriber | undefined> {
  const { docs } = await payload.find({ collection: 'subscribers', where: { email: { equals: email } }, depth: 0, overrideAccess: true })
  return docs[0]
}

export const subscriberCount = async (payload: Payload) => (await payload.count({ collection: 'subscribers', overrideAccess: true })).totalDocs

/** A subscriber in a given state, written directly (as an editor's import would). */
export function seedSubscriber(payload: Payload, email: string, data: Partial<Subscriber>): Promise<Subscriber> {
  return payload.create({ collection: 'subscribers', data: { email, status: 'pending', ...data }, depth: 0, overrideAccess: true })
}
