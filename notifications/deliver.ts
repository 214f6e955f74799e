/**
 * Handing a work e-mail to Payload's configured mailer (kernel/settings/email.ts: SMTP_URL, or .eml
 * files in data/outbox). A failure is logged and never thrown: a notification must not fail the
 * save or the job that caused it.
 */
import type { Payload } from 'payload'

export type OutgoingMail = { to: string; subject: string; text: string; html: string }

const inFlight = new Set<Promise<void>>()

/** Sends now and says whether the mail server took the message. */
export async function sendNow(payload: Payload, mail: OutgoingMail, what: string): Promise<boolean> {
  try {
    await payload.sendEmail(mail)
    return true
  } catch (err) {
    payload.logger.error({ err, msg: `${what} 메일을 보내지 못했습니다 (${mail.to})` })
    return false
  }
}

/**
 * Sends without making the caller wait: a save hook composes the message during the save and
 * lets the mail server's answer (or its slowness) happen after it.
 */
export function sendInBackground(payload: Payload, mail: OutgoingMail, what: string): void {
  const job = sendNow(payload, mail, what).then(() => undefined)
  inFlight.add(job)
  void job.finally(() => inFlight.delete(job))
}

/** Resolves once every background send started so far has been handed over or has failed. */
export async function backgroundMailSettled(): Promise<void> {
  while (inFlight.size) await Promise.allSettled([...inFlight])
}
