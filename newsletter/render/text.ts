/**
 * The plain-text part of an issue, from the same model as the HTML: the same sections in the
 * same order, each item with its link written out as a URL (a text reader cannot click a
 * word), the personal links as the same placeholders personalise() fills in.
 */
import type { IssueModel } from './model'
import { mailUrl, plain } from './escape'
import { FOOTER_LABELS, NAV_LABELS, RECEIPT_REASON, SECTION_TITLES, SUBSCRIBE_CALL, type IssueVariant } from './wording'
import { PLACEHOLDERS } from './personalise'
import { heading, subheading, textFrame, wrap, wrapText } from './plainText'
import { programLines, textItem } from './programBlock'


function listBlock<T>(title: string, items: T[], lines: (item: T) => string[]): string[] {
  if (!items.length) return []
  return [...subheading(title), '', ...items.flatMap((entry, i) => (i ? ['', ...lines(entry)] : lines(entry)))]
}

export function issueText(model: IssueModel, variant: IssueVariant): string {
  const web = variant === 'web'
  const blocks: string[][] = [
    web ? [] : [`${FOOTER_LABELS.web}: ${mailUrl(model.webUrl)}`],
    heading(plain(model.title)),
    model.intro ? wrapText(plain(model.intro)) : [],
    listBlock(SECTION_TITLES.programs, model.programs, programLines),
    listBlock(SECTION_TITLES.cardNews, model.cardNews, (n) => textItem(`${n.title} (${n.categoryLabel})`, mailUrl(n.url))),
    listBlock(SECTION_TITLES.guides, model.partnerGuides, (g) => textItem(g.title, plain(`${g.companyName} · ${g.industryLabel}`), mailUrl(g.url))),
    web ? [...wrap(`${SUBSCRIBE_CALL.title}. ${SUBSCRIBE_CALL.text}`), `${SUBSCRIBE_CALL.button}: ${mailUrl(model.subscribeUrl)}`] : [],
  ]
  const footer = web
    ? [[`${NAV_LABELS.archive}: ${mailUrl(model.archiveUrl)}`]]
    : [[`${FOOTER_LABELS.preferences}: ${PLACEHOLDERS.preferencesUrl}`, `${FOOTER_LABELS.unsubscribe}: ${PLACEHOLDERS.unsubscribeUrl}`], wrap(RECEIPT_REASON)]
  return textFrame({ siteUrl: model.siteUrl, issueLabel: model.issueLabel, blocks, footer })
}
