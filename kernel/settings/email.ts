import fs from 'node:fs'
import path from 'node:path'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { Transport, SentMessageInfo } from 'nodemailer'
import { DATA_DIR, type Dkim } from './env'

/** Splits `상생누리 <no-reply@localhost>` into name and address. */
export function parseMailFrom(from: string): { name: string; address: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  if (match) return { name: match[1].replace(/^"|"$/g, ''), address: match[2] }
  return { name: '', address: from.trim() }
}

/**
 * A nodemailer transport that writes each message as an .eml file, so a fresh install
 * without SMTP_URL still "sends" and every message can be opened in a mail client.
 */
export function outboxTransport(dir = path.join(DATA_DIR, 'outbox')): Transport<SentMessageInfo> {
  return {
    name: 'winwinnuri-outbox',
    version: '1.0.0',
    send(mail, callback) {
      mail.message.build((buildError, raw) => {
        if (buildError) return callback(buildError, undefined)
        const messageId = mail.message.messageId()
        const safeId = messageId.replace(/[^A-Za-z0-9._-]/g, '_')
        const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${safeId}.eml`)
        fs.promises
          .mkdir(dir, { recursive: true })
          .then(() => fs.promises.writeFile(file, raw))
          .then(() =>
            callback(null, {
              envelope: mail.message.getEnvelope(),
              messageId,
              response: `written to ${file}`,
            }),
          )
          .catch((error: Error) => callback(error, undefined))
      })
    },
  }
}

/**
 * Headers every automatic message carries (RFC 3834): mail servers and auto-responders must not
 * answer it. Bulk mail (the newsletter, the program alerts) also says it is bulk.
 */
export const AUTOMATIC_HEADERS = { 'Auto-Submitted': 'auto-generated' } as const
export const BULK_HEADERS = { ...AUTOMATIC_HEADERS, Precedence: 'bulk' } as const

/**
 * What every message of a transport gets unless it says otherwise: its kind's headers and, when
 * DKIM_* is configured, nodemailer's DKIM signature (for SMTP and the outbox alike).
 */
export function mailDefaults(kind: 'notice' | 'bulk', dkim: Dkim | undefined) {
  return { headers: { ...(kind === 'bulk' ? BULK_HEADERS : AUTOMATIC_HEADERS) }, ...(dkim ? { dkim } : {}) }
}

/** The transport of Payload's own e-mails (work e-mails, password resets, confirmations). */
export function createMailTransport(smtpUrl: string | undefined, dkim?: Dkim) {
  return nodemailer.createTransport(smtpUrl ?? outboxTransport(), mailDefaults('notice', dkim))
}

export function emailAdapter(smtpUrl: string | undefined, mailFrom: string, dkim?: Dkim) {
  const from = parseMailFrom(mailFrom)
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    skipVerify: true,
    transport: createMailTransport(smtpUrl, dkim),
  })
}
