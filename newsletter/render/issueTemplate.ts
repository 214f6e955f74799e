/**
 * The MJML of one issue. Two variants of the same content: `email` (what subscribers get,
 * with their personal links as placeholders, see personalise.ts) and `web` (the web edition
 * page at /newsletter/<YYYY-MM>/: site navigation and a sign-up call instead of personal links).
 *
 * Headings are real (h1 title, h2 per section, h3 per item) so screen readers can move through
 * the mail; every string from the editor goes through mail`` (escape.ts).
 */
import { STYLE, frameMjml, section, text } from './frame'
import { divider, programBlock } from './programBlock'
import { href, mail, raw, type SafeHtml } from './escape'
import { EMAIL_IMAGE_SLOT } from './images'
import type { IssueCardNews, IssueGuide, IssueModel } from './model'
import { PLACEHOLDERS } from './personalise'
import { FOOTER_LABELS, NAV_LABELS, RECEIPT_REASON, SECTION_TITLES, SUBSCRIBE_CALL, type IssueVariant } from './wording'


/** Editor text with line breaks: a blank line starts a paragraph, a single one breaks the line. */
function paragraphs(textValue: string): SafeHtml[] {
  return textValue.split(/\r?\n\s*\r?\n/).map((block) => mail`<p style="${STYLE.p}">${block.trim().split(/\r?\n/).map((line, i) => (i ? [raw('<br>'), line] : line))}</p>`)
}

function cardNewsBlock(n: IssueCardNews): SafeHtml {
  const image = n.image
    ? mail`<mj-image src="${href(n.image.url)}" alt="${n.image.alt}" width="${Math.min(EMAIL_IMAGE_SLOT, n.image.width)}px" padding="0 20px 12px" />`
    : null
  return mail`${image}${text(mail`<p style="${STYLE.muted}">${n.categoryLabel}</p>
<h3 style="${STYLE.h3}"><a href="${href(n.url)}" style="${STYLE.link}">${n.title}</a></h3>`)}`
}

function guideBlock(g: IssueGuide): SafeHtml {
  return text(mail`<h3 style="${STYLE.h3}"><a href="${href(g.url)}" style="${STYLE.link}">${g.title}</a></h3>
<p style="${STYLE.muted}">${g.companyName} · ${g.industryLabel}</p>`)
}

/** One titled section; items separated by a thin rule. Nothing at all when there are no items. */
function listSection<T>(title: string, items: T[], block: (item: T) => SafeHtml): SafeHtml | null {
  if (!items.length) return null
  const body = items.map((item, i) => (i ? mail`${divider}${block(item)}` : block(item)))
  return section(mail`${text(mail`<h2 style="${STYLE.h2}">${title}</h2>`, { padding: '8px 20px 16px' })}${body}`, { padding: '16px 0' })
}

function webNavigation(model: IssueModel): SafeHtml {
  const link = (url: string, label: string) => mail`<a href="${href(url)}" style="${STYLE.blockLink};margin-right:16px">${label}</a>`
  return section(text(mail`<nav aria-label="소식지 메뉴" style="font-size:15px;line-height:24px">${link(model.siteUrl + '/', NAV_LABELS.home)}${link(model.archiveUrl, NAV_LABELS.archive)}${link(model.subscribeUrl, NAV_LABELS.subscribe)}</nav>`), { padding: '8px 0' })
}

function subscribeCall(model: IssueModel): SafeHtml {
  return section(mail`${text(mail`<h2 style="${STYLE.h2}">${SUBSCRIBE_CALL.title}</h2>
<p style="margin:8px 0 0;word-break:keep-all">${SUBSCRIBE_CALL.text}</p>`)}
<mj-button href="${href(model.subscribeUrl)}" align="left" padding="16px 20px 8px">${SUBSCRIBE_CALL.button}</mj-button>`, { padding: '16px 0', background: '#ffffff' })
}

function footerLines(model: IssueModel, variant: IssueVariant): SafeHtml[] {
  const link = (url: SafeHtml, label: string) => mail`<a href="${url}" style="${STYLE.blockLink}">${label}</a>`
  const sep = raw(' · ')
  if (variant === 'web') {
    return [mail`${link(href(model.archiveUrl), '지난 소식지 모두 보기')}${sep}${link(href(model.subscribeUrl), '구독 신청')}`, mail`상생누리 월간 웹 소식지 ${model.issueLabel}의 웹판입니다.`]
  }
  return [
    mail`${link(href(model.webUrl), FOOTER_LABELS.web)}${sep}${link(raw(PLACEHOLDERS.preferencesUrl), FOOTER_LABELS.preferences)}${sep}${link(raw(PLACEHOLDERS.unsubscribeUrl), FOOTER_LABELS.unsubscribe)}`,
    mail`${RECEIPT_REASON}`,
  ]
}

function webHead(model: IssueModel): SafeHtml {
  return mail`<mj-raw><meta name="description" content="${model.preheader ?? model.title}"><link rel="canonical" href="${href(model.webUrl)}"><link rel="icon" href="${href(model.siteUrl + '/assets/favicon.svg')}" type="image/svg+xml"></mj-raw>`
}

export function issueMjml(model: IssueModel, variant: IssueVariant): string {
  const web = variant === 'web'
  const heading = section(mail`${text(mail`<h1 style="${STYLE.h1}">${model.title}</h1>`)}${model.intro ? text(mail`${paragraphs(model.intro)}`, { padding: '16px 20px 0' }) : null}`, { padding: '12px 0 16px' })
  const body = mail`${heading}
${listSection(SECTION_TITLES.programs, model.programs, (p) => programBlock(p, 'h3'))}
${listSection(SECTION_TITLES.cardNews, model.cardNews, cardNewsBlock)}
${listSection(SECTION_TITLES.guides, model.partnerGuides, guideBlock)}
${web ? subscribeCall(model) : null}`
  return frameMjml({
    // A browser tab names the page and the site; an inbox shows the subject instead.
    title: web ? `${model.title} (${model.issueLabel} 웹 소식지) | 상생누리` : model.title,
    preview: model.preheader ?? model.title,
    siteUrl: model.siteUrl,
    issueLabel: model.issueLabel,
    head: web ? webHead(model) : undefined,
    top: web ? webNavigation(model) : undefined,
    body,
    footer: footerLines(model, variant),
  })
}
