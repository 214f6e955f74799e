/**
 * Who gets program alerts, read a page at a time (keyset on id, so records updated during the
 * run neither shift nor repeat a page): members (users) with alerts on, then confirmed
 * subscribers with alerts on. A person who is both, by e-mail address, is one recipient, the
 * member: their interests and their company's eligibility decide; the subscriber record rides
 * along so its watermark moves too. Subscribers who are not confirmed get nothing.
 */
import type { Payload, Where } from 'payload'
import type { EligibilityCompany } from '../../kernel/rules/eligibility'
import type { Subscriber, User } from '../../kernel/payload-types'
import type { AlertRecipientRef } from './links'
import type { AlertInterests } from './match'

type Id = string | number

export type AlertRecipient = AlertRecipientRef & {
  email: string
  interests: AlertInterests
  coveredUntil: string | null
  /** The member's company, for eligibility; null for subscribers and members without one. */
  company: EligibilityCompany | null
  /** Records of the same person whose watermark moves with this one's (a member's subscription). */
  alsoCovers: AlertRecipientRef[]
}

export const RECIPIENT_PAGE_SIZE = 200

const ALERTS_ON: Where = { 'programAlerts.enabled': { equals: true } }
const idOf = (value: Id | { id: Id } | null | undefined): Id | null => (value == null ? null : typeof value === 'object' ? value.id : value)
const lower = (email: string) => email.toLowerCase()
/** Both spellings: users' addresses are stored lower-cased, subscribers' keep the local part's case. */
const spellings = (emails: string[]) => [...new Set(emails.flatMap((e) => [e, lower(e)]))]

async function* pages<T extends { id: Id }>(read: (after: Id | null) => Promise<T[]>, pageSize: number): AsyncGenerator<T[]> {
  let after: Id | null = null
  for (;;) {
    const docs = await read(after)
    if (!docs.length) return
    yield docs
    if (docs.length < pageSize) return
    after = docs[docs.length - 1].id
  }
}

function pageOf<S extends 'users' | 'subscribers'>(payload: Payload, collection: S, where: Where, pageSize: number) {
  return async (after: Id | null) => {
    const { docs } = await payload.find({
      collection,
      where: after == null ? where : { and: [where, { id: { greater_than: after } }] },
      sort: 'id',
      limit: pageSize,
      depth: 0,
      overrideAccess: true,
    })
    return docs as unknown as (S extends 'users' ? User : Subscriber)[]
  }
}

async function companiesOf(payload: Payload, users: User[]): Promise<Map<string, EligibilityCompany>> {
  const ids = [...new Set(users.flatMap((u) => idOf(u.company) ?? []))]
  if (!ids.length) return new Map()
  const { docs } = await payload.find({ collection: 'companies', where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true })
  return new Map(docs.map((c) => [String(c.id), c as EligibilityCompany]))
}

/** Confirmed subscribers with alerts on, by lower-cased address, among `emails`. */
async function subscribersByEmail(payload: Payload, emails: string[]): Promise<Map<string, Id[]>> {
  if (!emails.length) return new Map()
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { and: [ALERTS_ON, { email: { in: spellings(emails) } }] },
    select: { email: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const found = new Map<string, Id[]>()
  for (const doc of docs) found.set(lower(doc.email), [...(found.get(lower(doc.email)) ?? []), doc.id])
  return found
}

/** Addresses (lower-cased) among `emails` that belong to a user with alerts on. */
async function membersWithAlerts(payload: Payload, emails: string[]): Promise<Set<string>> {
  if (!emails.length) return new Set()
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [ALERTS_ON, { email: { in: spellings(emails) } }] },
    select: { email: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(docs.map((u) => lower(u.email)))
}

const interestsOf = (doc: { interests?: AlertInterests | null }): AlertInterests => ({
  supportFields: doc.interests?.supportFields ?? [],
  regions: doc.interests?.regions ?? [],
})

/** Every recipient once, a page at a time: members first, then subscribers who are not members. */
export async function* alertRecipients(payload: Payload, { pageSize = RECIPIENT_PAGE_SIZE } = {}): AsyncGenerator<AlertRecipient[]> {
  for await (const users of pages(pageOf(payload, 'users', ALERTS_ON, pageSize), pageSize)) {
    const [companies, subscriptions] = await Promise.all([companiesOf(payload, users), subscribersByEmail(payload, users.map((u) => u.email))])
    yield users.map((user) => ({
      kind: 'user' as const,
      id: user.id,
      email: user.email,
      interests: interestsOf(user),
      coveredUntil: user.programAlerts?.coveredUntil ?? null,
      company: companies.get(String(idOf(user.company))) ?? null,
      alsoCovers: (subscriptions.get(lower(user.email)) ?? []).map((id) => ({ kind: 'subscriber' as const, id })),
    }))
  }
  const confirmed: Where = { and: [ALERTS_ON, { status: { equals: 'confirmed' } }] }
  for await (const subscribers of pages(pageOf(payload, 'subscribers', confirmed, pageSize), pageSize)) {
    const members = await membersWithAlerts(payload, subscribers.map((s) => s.email))
    const own = subscribers.filter((s) => !members.has(lower(s.email)))
    if (!own.length) continue
    yield own.map((s) => ({
      kind: 'subscriber' as const,
      id: s.id,
      email: s.email,
      interests: interestsOf(s),
      coveredUntil: s.programAlerts?.coveredUntil ?? null,
      company: null,
      alsoCovers: [],
    }))
  }
}
