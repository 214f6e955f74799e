/**
 * One program in an e-mail, the same in the monthly issue and the weekly program alert: the
 * 진행단계 badge, the linked title, the company and 지원분야, the 신청기간 — as MJML for the HTML
 * part and as lines for the plain-text part.
 */
import { href, mailUrl, mail, plain, raw, type SafeHtml } from './escape'
import { COLORS, STYLE, text } from './frame'
import { wrap } from './plainText'

export type MailProgram = {
  title: string
  companyName: string
  supportFieldLabel: string
  /** 진행단계 as the badge shows it (모집중, 예정, …). */
  phaseLabel: string
  /** 신청기간, Seoul calendar days YYYY-MM-DD. */
  applyStart: string
  applyEnd: string
  /** Absolute: SITE_URL/programs/<id>/ */
  url: string
}

const BADGE = `display:inline-block;padding:2px 8px;border-radius:4px;background:${COLORS.badge};color:${COLORS.badgeText};font-size:13px;line-height:20px;font-weight:700`

/** The thin rule between two items of a list. */
export const divider = raw(`<mj-divider border-width="1px" border-color="${COLORS.border}" padding="16px 20px" />`)

/** The program as an MJML text block; `heading` is h3 under a section's h2, h2 under the mail's h1. */
export function programBlock(p: MailProgram, heading: 'h2' | 'h3'): SafeHtml {
  const title = mail`<a href="${href(p.url)}" style="${STYLE.link}">${p.title}</a>`
  return text(mail`<p style="margin:0 0 6px"><span style="${BADGE}">${p.phaseLabel}</span></p>
${heading === 'h2' ? mail`<h2 style="${STYLE.h3}">${title}</h2>` : mail`<h3 style="${STYLE.h3}">${title}</h3>`}
<p style="${STYLE.muted}">${p.companyName} · 지원분야 ${p.supportFieldLabel}</p>
<p style="${STYLE.muted}">신청기간 ${p.applyStart} ~ ${p.applyEnd}</p>`)
}

/** A plain-text list item: "* " then the first line, continuation lines indented under it. */
export const textItem = (first: string, ...more: string[]): string[] => [
  ...wrap(plain(first), { first: '* ', indent: '  ' }),
  ...more.flatMap((line) => wrap(line, { first: '  ', indent: '  ' })),
]

/** The program as plain-text lines. */
export const programLines = (p: MailProgram): string[] =>
  textItem(`[${p.phaseLabel}] ${p.title}`, plain(`${p.companyName} · 지원분야 ${p.supportFieldLabel}`), `신청기간 ${p.applyStart} ~ ${p.applyEnd}`, mailUrl(p.url))
