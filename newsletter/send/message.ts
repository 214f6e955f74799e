/**
 * One recipient's message: the frozen issue with their own links, and the headers that make a
 * newsletter well-behaved (RFC 8058 one-click unsubscribe, RFC 2919 List-Id, a Message-ID the
 * ledger keeps). Plain data for nodemailer's sendMail; no I/O.
 */
import type { SendMailOptions } from 'nodemailer'
import { personalise } from '../render/personalise'

export type FrozenIssue = { subject: string; html: string; text: string }
export type RecipientLinks = { unsubscribeUrl: string; preferencesUrl: string }

/** A stable Message-ID per ledger row: the same row always carries the same id, even on retry. */
export function deliveryMessageId(newsletter: string | number, delivery: string | number, fromAddress: string): string {
  const domain = fromAddress.split('@')[1] || 'localhost'
  return `<newsletter-${newsletter}.delivery-${delivery}@${domain}>`
}

/**
 * RFC 2919 List-Id: a readable phrase and the list's id in angle brackets. Passed to nodemailer
 * already encoded, because it would otherwise encode the whole value, id included, as soon as
 * the phrase has Korean in it.
 */
const LIST_PHRASE = `=?UTF-8?B?${Buffer.from('상생누리 웹 소식지').toString('base64')}?=`

export function listId(fromAddress: string): { prepared: true; value: string } {
  const domain = fromAddress.split('@')[1] || 'localhost'
  return { prepared: true, value: `${LIST_PHRASE} <newsletter.${domain}>` }
}

export function issueMessage(opts: {
  issue: FrozenIssue
  to: string
  from: { name: string; address: string }
  links: RecipientLinks
  messageId: string
}): SendMailOptions {
  const { html, text } = personalise(opts.issue, opts.links)
  return {
    from: opts.from,
    to: opts.to,
    subject: opts.issue.subject,
    html,
    text,
    messageId: opts.messageId,
    // Korean text in quoted-printable takes 9 bytes a syllable (=EC=83=81), base64 4; and
    // nodemailer then skips scanning each part to choose an encoding, which with the
    // quoted-printable encoder itself took about 2.4 of its 3.1 s of CPU for 2,006 messages.
    textEncoding: 'base64',
    headers: {
      'List-Unsubscribe': `<${opts.links.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': listId(opts.from.address),
    },
  }
}
