import type { Payload } from 'payload'
import { parseMailFrom } from '../../kernel/settings/email'
import { readEnv, type Dkim } from '../../kernel/settings/env'

export type MailSettings = { smtpUrl?: string; from: { name: string; address: string }; siteUrl: string; dkim?: Dkim }

/** SMTP_URL, MAIL_FROM and SITE_URL as this Payload instance was configured (tests pass their own). */
export function mailSettings(payload: Payload): MailSettings {
  const custom = (payload.config.custom ?? {}) as { smtpUrl?: string; mailFrom?: string; siteUrl?: string }
  const env = readEnv()
  return {
    smtpUrl: custom.smtpUrl || undefined,
    from: parseMailFrom(custom.mailFrom ?? env.mailFrom),
    siteUrl: custom.siteUrl ?? env.siteUrl,
    dkim: env.dkim,
  }
}
