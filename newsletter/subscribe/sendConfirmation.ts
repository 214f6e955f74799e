/**
 * Sends the double opt-in e-mail, after the visitor already has their answer: an SMTP round
 * trip would otherwise make the answer for a new address measurably slower than for a
 * confirmed one (which gets no e-mail), and tell the two apart. The send is claimed first
 * (confirmationSentAt, written before answering), so repeated sign-ups while one is in flight
 * do not send twice; a failed send gives the claim back, so the visitor can simply try again.
 */
import type { Payload } from 'payload'
import { subscriberLink } from '../links'
import { renderConfirmationEmail } from '../render/confirmation'

export type ConfirmationTarget = {
  id: string | number
  email: string
  name?: string | null
  /** What confirmationSentAt was before this send claimed it; restored if the send fails. */
  previousSentAt: string | null
}

const inFlight = new Set<Promise<void>>()

/** Resolves once every confirmation e-mail started so far has been handed over or has failed. */
export async function confirmationsSettled(): Promise<void> {
  while (inFlight.size) await Promise.allSettled([...inFlight])
}

async function send(payload: Payload, target: ConfirmationTarget, opts: { siteUrl: string; now: Date }): Promise<void> {
  try {
    const confirmUrl = subscriberLink('confirm', target.id, { siteUrl: opts.siteUrl, secret: payload.secret, now: opts.now })
    const { subject, html, text } = await renderConfirmationEmail({ confirmUrl, siteUrl: opts.siteUrl, name: target.name })
    await payload.sendEmail({ to: target.email, subject, html, text })
  } catch (error) {
    payload.logger.error({ err: error, msg: `구독 확인 메일을 보내지 못했습니다 (subscriber ${target.id})` })
    await payload
      .update({ collection: 'subscribers', id: target.id, data: { confirmationSentAt: target.previousSentAt }, overrideAccess: true })
      .catch((err: unknown) => payload.logger.error({ err, msg: `확인 메일 발송 기록을 되돌리지 못했습니다 (subscriber ${target.id})` }))
  }
}

/** Starts the send without waiting for it; errors are logged, never thrown to the caller. */
export function sendConfirmationInBackground(payload: Payload, target: ConfirmationTarget, opts: { siteUrl: string; now: Date }): void {
  const job = send(payload, target, opts)
  inFlight.add(job)
  void job.finally(() => inFlight.delete(job))
}
