/**
 * The issue's message composed once per send, and each recipient's made from it by putting in
 * what is theirs: nodemailer composing each message anew (the MIME tree, the headers' encoding,
 * the base64 of a 40 KiB HTML part) took about two thirds of a send's CPU, and the SMTP
 * connections are driven by the same thread (measured here: a pre-built message goes out 2.6×
 * as fast as one composed per send).
 *
 * The template is what nodemailer itself writes for the issue (issueMessage, with the bulk
 * headers the transport adds: kernel/settings/email.ts mailDefaults) with markers where a
 * recipient's values go — the To address, the Message-ID, the List-Unsubscribe link, and each
 * text part, which is written in base64 (issueMessage's textEncoding) and so replaced whole by the
 * recipient's own part, encoded the way nodemailer encodes it. The result goes to nodemailer as
 * a `raw` message with its envelope, so the transport still applies DKIM and the send's gate.
 * The Date header is the template's: the moment this send started.
 *
 * An address the markers cannot carry safely (anything but plain ASCII address characters) is
 * composed the usual way (deliver.ts falls back to issueMessage).
 */
import nodemailer, { type SendMailOptions } from 'nodemailer'
import base64 from 'nodemailer/lib/base64/index.js'
import type StreamTransport from 'nodemailer/lib/stream-transport'
import { mailDefaults } from '../../kernel/settings/email'
import { personalise, type RecipientLinks } from '../render/personalise'
import { issueMessage, type FrozenIssue } from './message'

export type Recipient = { to: string; messageId: string; links: RecipientLinks }
/** A recipient's message, or null when this template cannot carry it (compose it instead). */
export type Precomposed = (recipient: Recipient) => SendMailOptions | null

type Slot = 'to' | 'messageId' | 'unsubscribeUrl' | 'text' | 'html'

const MARKERS: Record<Slot, string> = {
  to: 'winwinnuri-recipient-7d3a@example.invalid',
  messageId: '<winwinnuri-message-7d3a@example.invalid>',
  // As long as a real one (a signed token), so nodemailer folds the header the way it folds theirs.
  unsubscribeUrl: 'https://example.invalid/api/subscribers/unsubscribe?token=winwinnuri-unsubscribe-marker-7d3a.0000000000000000',
  // Non-ASCII, so nodemailer labels the parts utf-8 as it does every issue.
  text: '상생누리-TEXT-7d3a',
  html: '상생누리-HTML-7d3a',
}

/** An address that goes into the To header and the envelope as it is: no encoding, folding or quoting needed. */
const PLAIN_ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9.-]{1,253}$/
/** Our own links: nothing that could end a header line or leave the angle brackets. */
const PLAIN_URL = /^https?:\/\/[\x21-\x3b\x3d\x3f-\x7e]+$/
const PLAIN_MESSAGE_ID = /^<[\x21-\x3b\x3d\x3f-\x7e]+>$/

/**
 * Base64 in lines of 76 characters (RFC 2045 6.8), by nodemailer's own encoder; without the line
 * break it leaves after a last full line, since the template already has the one that follows.
 */
export function base64Lines(text: string): string {
  return base64.wrap(base64.encode(Buffer.from(text, 'utf8')), 76).replace(/\r\n$/, '')
}

/** The template of `issue` from `from`, or null when nodemailer's output did not hold each marker once. */
export async function precomposeIssue(issue: FrozenIssue, from: { name: string; address: string }): Promise<Precomposed | null> {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' } as StreamTransport.Options, { headers: mailDefaults('bulk', undefined).headers })
  const marked = issueMessage({
    issue: { subject: issue.subject, html: MARKERS.html, text: MARKERS.text },
    to: MARKERS.to,
    from,
    links: { unsubscribeUrl: MARKERS.unsubscribeUrl, preferencesUrl: MARKERS.unsubscribeUrl },
    messageId: MARKERS.messageId,
  })
  const source = String(((await composer.sendMail(marked)) as StreamTransport.SentMessageInfo).message)
  composer.close()

  // Where each marker stands, as nodemailer wrote it (the text parts in base64).
  const written: [Slot, string][] = (Object.keys(MARKERS) as Slot[]).map((slot) => [slot, slot === 'text' || slot === 'html' ? base64Lines(MARKERS[slot]) : MARKERS[slot]])
  const found = written.map(([slot, marker]) => ({ slot, marker, at: source.indexOf(marker) }))
  if (found.some(({ marker, at }) => at < 0 || source.indexOf(marker, at + 1) >= 0)) return null
  found.sort((a, b) => a.at - b.at)
  const pieces: string[] = []
  const slots: Slot[] = []
  let last = 0
  for (const { slot, marker, at } of found) {
    pieces.push(source.slice(last, at))
    slots.push(slot)
    last = at + marker.length
  }
  pieces.push(source.slice(last))

  return ({ to, messageId, links }) => {
    if (!PLAIN_ADDRESS.test(to) || !PLAIN_URL.test(links.unsubscribeUrl) || !PLAIN_URL.test(links.preferencesUrl) || !PLAIN_MESSAGE_ID.test(messageId)) return null
    const { html, text } = personalise(issue, links)
    const values: Record<Slot, string> = { to, messageId, unsubscribeUrl: links.unsubscribeUrl, text: base64Lines(text), html: base64Lines(html) }
    let raw = pieces[0]
    for (let i = 0; i < slots.length; i++) raw += values[slots[i]] + pieces[i + 1]
    return { raw, envelope: { from: from.address, to } }
  }
}
