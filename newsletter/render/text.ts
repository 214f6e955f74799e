/**
 * The plain-text part of an issue, from the same model as the HTML: the same sections in the
 * same order, each item with its link written out as a URL (a text reader cannot click a
 * word), the personal links as the same placeholders personalise() fills in.
 */
import type { IssueModel } from './model'
import { absoluteUrl, plain } from './escape'
import { FOOTER_LABELS, NAV_LABELS, RECEIPT_REASON, SECTION_TITLES, SUBSCRIBE_CALL, type IssueVariant } from './wording'
import { PLACEHOLDERS } from './personalise'
import { heading, subheading, textFrame, wrap, wrapText } from './plainText'

/** A list item: "* " then the first line, continuation lines indented under it. */
const item = (first: string, ...more: string[]): string[] => [...wrap(plain(first), { first: '* ', indent: '  ' }), ...more.flatMap((line) => wrap(line, { first: '  ', indent: '  ' }))]

function listBlock<T>(title: string, items: T[], lines: (item: T) => string[]): string[] {
  if (!items.length) return []
  return [...subheading(title), '', ...items.flatMap((entry, i) => (i ? ['', ...lines(entry)] : lines(entry)))]
}

export function issueText(model: IssueModel, variant: IssueVariant): string {
  const web = variant === 'web'
  const blocks: string[][] = [
    web ? [] : [`${FOOTER_LABELS.web}: ${absoluteUrl(model.webUrl)}`],
    heading(plain(model.title)),
    model.intro ? wrapText(plain(model.intro)) : [],
    listBlock(SECTION_TITLES.programs, model.programs, (p) =>
      item(`[${p.phaseLabel}] ${p.title}`, plain(`${p.companyName} · ${p.supportFieldLabel}`), `신청기간 ${p.applyStart} ~ ${p.applyEnd}`, absoluteUrl(p.url))),
    listBlock(SECTION_TITLES.cardNews, model.cardNews, (n) => item(`${n.title} (${n.categoryLabel})`, absoluteUrl(n.url))),
    listBlock(SECTION_TITLES.guides, model.partnerGuides, (g) => item(g.title, plain(`${g.companyName} · ${g.industryLabel}`), absoluteUrl(g.url))),
    web ? [...wrap(`${SUBSCRIBE_CALL.title}. ${SUBSCRIBE_CALL.text}`), `${SUBSCRIBE_CALL.button}: ${absoluteUrl(model.subscribeUrl)}`] : [],
  ]
  const footer = web
    ? [[`${NAV_LABELS.archive}: ${absoluteUrl(model.archiveUrl)}`]]
    : [[`${FOOTER_LABELS.preferences}: ${PLACEHOLDERS.preferencesUrl}`, `${FOOTER_LABELS.unsubscribe}: ${PLACEHOLDERS.unsubscribeUrl}`], wrap(RECEIPT_REASON)]
  return textFrame({ siteUrl: model.siteUrl, issueLabel: model.issueLabel, blocks, footer })
}
