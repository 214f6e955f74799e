/**
 * The weekly program alert as an e-mail: subject, HTML (MJML, in the newsletter's frame) and a
 * plain-text part written from the same data. The recipient's own links (the one-click opt-out
 * and the settings page) are the newsletter's placeholders, filled per recipient by
 * personalise() (newsletter/render/personalise.ts): recipients with the same programs share one
 * rendering. Async because MJML 5 compiles asynchronously.
 */
import { compileMjml } from '../render/compile'
import { mailUrl, href, mail, plain, raw, type SafeHtml } from '../render/escape'
import { STYLE, frameMjml, section, text } from '../render/frame'
import { divider, programBlock, programLines, type MailProgram } from '../render/programBlock'
import { PLACEHOLDERS } from '../render/personalise'
import { heading, textFrame, wrap } from '../render/plainText'
import { ALERT_BRAND, ALERT_LEAD, ALERT_LINKS, ALERT_REASON, MORE_PROGRAMS, OPT_OUT_NOTE, alertHeading, alertSubject, type AlertAudience } from './wording'

/** One program of the alert: the e-mail program block's data (newsletter/render/programBlock.ts). */
export type DigestProgram = MailProgram

export type DigestModel = {
  /** Absolute, without a trailing slash. */
  siteUrl: string
  /** The run's day in Seoul, YYYY-MM-DD. */
  date: string
  audience: AlertAudience
  programs: DigestProgram[]
}

export type RenderedDigest = { subject: string; html: string; text: string }

/** The per-recipient links, as personalise() names them. */
export const DIGEST_PLACEHOLDERS = { optOutUrl: PLACEHOLDERS.unsubscribeUrl, settingsUrl: PLACEHOLDERS.preferencesUrl } as const

function digestMjml(model: DigestModel): string {
  const site = model.siteUrl.replace(/\/$/, '')
  const count = model.programs.length
  const title = alertHeading(count)
  const programs = model.programs.map((p, i) => (i ? mail`${divider}${programBlock(p, 'h2')}` : programBlock(p, 'h2')))
  const link = (url: string, label: string) => mail`<a href="${raw(url)}" style="${STYLE.blockLink}">${label}</a>`
  const labels = ALERT_LINKS[model.audience]
  const body = mail`${section(mail`${text(mail`<h1 style="${STYLE.h1}">${title}</h1>`)}${text(mail`<p style="margin:0">${ALERT_LEAD[model.audience]}</p>`, { padding: '16px 20px 0' })}`, { padding: '12px 0 16px' })}
${section(mail`${programs}`, { padding: '16px 0' })}
${section(mail`${text(mail`<p style="margin:0;word-break:keep-all">${MORE_PROGRAMS.text}</p>`)}
<mj-button href="${href(`${site}/programs/`)}" align="left" padding="16px 20px 8px">${MORE_PROGRAMS.button}</mj-button>`, { padding: '8px 0 16px' })}`
  return frameMjml({
    title: alertSubject(count, model.date),
    preview: `${model.programs[0]?.title ?? ''}${count > 1 ? ` 외 ${count - 1}건` : ''}`,
    siteUrl: site,
    brand: ALERT_BRAND,
    issueLabel: `${model.date} 발송`,
    body,
    footer: [
      mail`${link(DIGEST_PLACEHOLDERS.optOutUrl, labels.optOut)}${raw(' · ')}${link(DIGEST_PLACEHOLDERS.settingsUrl, labels.settings)}`,
      mail`${OPT_OUT_NOTE}`,
      mail`${ALERT_REASON[model.audience]}`,
    ],
  })
}

function digestText(model: DigestModel): string {
  const site = model.siteUrl.replace(/\/$/, '')
  const labels = ALERT_LINKS[model.audience]
  const programs = model.programs.flatMap((p, i) => [
    ...(i ? [''] : []),
    ...programLines(p),
  ])
  return textFrame({
    siteUrl: site,
    brand: ALERT_BRAND,
    issueLabel: `${model.date} 발송`,
    blocks: [heading(alertHeading(model.programs.length)), wrap(ALERT_LEAD[model.audience]), programs, [...wrap(MORE_PROGRAMS.text), `${MORE_PROGRAMS.button}: ${mailUrl(`${site}/programs/`)}`]],
    footer: [[`${labels.optOut}: ${DIGEST_PLACEHOLDERS.optOutUrl}`, `${labels.settings}: ${DIGEST_PLACEHOLDERS.settingsUrl}`], wrap(OPT_OUT_NOTE), wrap(ALERT_REASON[model.audience])],
  })
}

/** The alert with placeholders for the recipient's links; refuses an alert with no programs. */
export async function renderDigest(model: DigestModel): Promise<RenderedDigest> {
  if (!model.programs.length) throw new Error('보낼 프로그램이 없는 알림은 만들지 않습니다.')
  const html = await compileMjml(digestMjml(model))
  return { subject: alertSubject(model.programs.length, model.date), html, text: digestText(model) }
}
