/**
 * One recipient's program alert as nodemailer sends it: the shared rendering with their own
 * links, RFC 8058 one-click opt-out headers pointing at the alerts opt-out (not the newsletter's
 * unsubscribe), its own List-Id, and a Message-ID unique per run and recipient. No I/O.
 */
import type { SendMailOptions } from 'nodemailer'
import { personalise } from '../render/personalise'
import type { AlertRecipientRef } from './links'
import type { RenderedDigest } from './render'

export type DigestLinks = { optOutUrl: string; settingsUrl: string }

const LIST_PHRASE = `=?UTF-8?B?${Buffer.from('상생누리 새 프로그램 알림').toString('base64')}?=`
const domainOf = (address: string) => address.split('@')[1] || 'localhost'

/** RFC 2919 List-Id, already encoded (see newsletter/send/message.ts listId). */
export function alertsListId(fromAddress: string): { prepared: true; value: string } {
  return { prepared: true, value: `${LIST_PHRASE} <program-alerts.${domainOf(fromAddress)}>` }
}

export function alertMessageId(runAt: Date, ref: AlertRecipientRef, fromAddress: string): string {
  return `<program-alerts-${runAt.getTime()}.${ref.kind}-${ref.id}@${domainOf(fromAddress)}>`
}

export function alertMessage(opts: {
  digest: RenderedDigest
  to: string
  from: { name: string; address: string }
  links: DigestLinks
  messageId: string
}): SendMailOptions {
  const { html, text } = personalise(opts.digest, { unsubscribeUrl: opts.links.optOutUrl, preferencesUrl: opts.links.settingsUrl })
  return {
    from: opts.from,
    to: opts.to,
    subject: opts.digest.subject,
    html,
    text,
    messageId: opts.messageId,
    textEncoding: 'base64',
    headers: {
      'List-Unsubscribe': `<${opts.links.optOutUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': alertsListId(opts.from.address),
    },
  }
}
