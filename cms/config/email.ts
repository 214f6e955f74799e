import fs from 'node:fs'
import path from 'node:path'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { Transport, SentMessageInfo } from 'nodemailer'
import { DATA_DIR } from './env'

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

export function createMailTransport(smtpUrl: string | undefined) {
  return smtpUrl ? nodemailer.createTransport(smtpUrl) : nodemailer.createTransport(outboxTransport())
}

export function emailAdapter(smtpUrl: string | undefined, mailFrom: string) {
  const from = parseMailFrom(mailFrom)
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    skipVerify: true,
    transport: createMailTransport(smtpUrl),
  })
}
