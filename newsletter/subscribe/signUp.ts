/**
 * Carries out a valid sign-up: reads the address's record, lets decideSignUp choose, writes the
 * result and starts the confirmation e-mail. Whatever happens here, the caller answers the
 * visitor the same way.
 */
import { ValidationError, type Payload } from 'payload'
import type { Subscriber } from '../../kernel/payload-types'
import { decideSignUp, type SignUpDecision } from './decideSignUp'
import { sendConfirmationInBackground } from './sendConfirmation'
import type { SubscriberInput } from './validate'

type Options = { siteUrl: string; now?: Date }

async function findByEmail(payload: Payload, email: string): Promise<Subscriber | undefined> {
  const { docs } = await payload.find({ collection: 'subscribers', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
  return docs[0]
}

/** Name, interests and the alert choice from the form, only those the visitor gave. */
function details(input: SubscriberInput) {
  return {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.interests ? { interests: input.interests } : {}),
    ...(input.programAlerts !== undefined ? { programAlerts: { enabled: input.programAlerts } } : {}),
  }
}

type Applied = { decision: SignUpDecision; doc?: Subscriber; previousSentAt: string | null }

async function apply(payload: Payload, input: SubscriberInput, existing: Subscriber | undefined, now: Date): Promise<Applied> {
  const previousSentAt = existing?.confirmationSentAt ?? null
  const decision = decideSignUp(existing, now)
  const sentAt = decision.sendConfirmation ? { confirmationSentAt: now.toISOString() } : {}
  if (decision.write === 'create') {
    const doc = await payload.create({
      collection: 'subscribers',
      data: { email: input.email, ...details(input), status: 'pending', consentedAt: decision.consentedAt.toISOString(), ...sentAt },
      depth: 0,
      overrideAccess: true,
    })
    return { decision, doc, previousSentAt }
  }
  if (decision.write === 'update' && existing) {
    const doc = await payload.update({
      collection: 'subscribers',
      id: existing.id,
      data: {
        ...details(input),
        status: decision.status,
        ...(decision.consentedAt ? { consentedAt: decision.consentedAt.toISOString() } : {}),
        ...sentAt,
      },
      depth: 0,
      overrideAccess: true,
    })
    return { decision, doc, previousSentAt }
  }
  return { decision, previousSentAt }
}

export async function signUp(payload: Payload, input: SubscriberInput, options: Options): Promise<SignUpDecision> {
  const now = options.now ?? new Date()
  const existing = await findByEmail(payload, input.email)
  let result: Applied
  try {
    result = await apply(payload, input, existing, now)
  } catch (error) {
    // Two sign-ups for a new address at once: the second create meets the unique index. The
    // record exists now, so decide again from it.
    if (existing || !(error instanceof ValidationError)) throw error
    const created = await findByEmail(payload, input.email)
    if (!created) throw error
    result = await apply(payload, input, created, now)
  }
  const { decision, doc, previousSentAt } = result
  if (decision.sendConfirmation && doc) {
    sendConfirmationInBackground(payload, { id: doc.id, email: doc.email, name: doc.name, previousSentAt }, { siteUrl: options.siteUrl, now })
  }
  return decision
}
