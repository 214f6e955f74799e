import { revealWords } from '../search/cardText'

/**
 * One search result as a list item, built with DOM calls (never HTML strings) from the record's
 * meta (kept from Pagefind's word search, see site/search/cardText.ts), in the markup of
 * views/programCard.ts (listedProgramCard) so one stylesheet serves both lists;
 * tests/unit/programCard.test.ts holds the two to the same markup.
 */
export type PagefindResultData = { url: string; meta: Record<string, string | undefined> }

export function resultCard(data: PagefindResultData, headingLevel: number): HTMLLIElement {
  const meta = Object.fromEntries(Object.entries(data.meta).map(([key, value]) => [key, value === undefined ? undefined : revealWords(value)]))
  const article = document.createElement('article')
  article.className = 'program-card'

  const head = document.createElement('div')
  head.className = 'program-card__head'
  if (meta.phase) {
    const code = meta.phaseCode && /^[a-z0-9-]+$/.test(meta.phaseCode) ? ` phase--${meta.phaseCode}` : ''
    head.append(text('span', `phase${code}`, meta.phase))
  }
  const heading = document.createElement(`h${headingLevel}`)
  heading.className = 'program-card__title'
  const link = document.createElement('a')
  // Only site-relative links: the index is ours, but a card must never carry a javascript: URL.
  link.href = /^\/(?!\/)/.test(data.url) ? data.url : '#'
  link.textContent = meta.title || data.url
  heading.append(link)
  head.append(heading)
  article.append(head)

  if (meta.company) article.append(text('p', 'program-card__company', meta.company))

  const facts = document.createElement('dl')
  facts.className = 'program-card__facts'
  for (const [term, value] of [
    ['지원분야', meta.field],
    ['지원대상', meta.scope],
  ] as const) {
    if (value) facts.append(fact(term, value))
  }
  if (meta.apply) facts.append(fact('신청기간', ...period(meta.apply)))
  if (facts.childElementCount > 0) article.append(facts)

  if (meta.summary) article.append(text('p', 'program-card__summary', meta.summary))
  const item = document.createElement('li')
  item.append(article)
  return item
}

function fact(term: string, ...value: (string | Node)[]): HTMLDivElement {
  const row = document.createElement('div')
  const dd = document.createElement('dd')
  dd.append(...value)
  row.append(text('dt', '', term), dd)
  return row
}

/** '2026-04-01 ~ 2026-04-30' as two <time> elements, like period() in views/programCard.ts. */
function period(apply: string): (string | Node)[] {
  const days = apply.split(' ~ ')
  if (days.length !== 2 || !days.every((day) => /^\d{4}-\d{2}-\d{2}$/.test(day))) return [apply]
  const [from, to] = days.map((day) => {
    const time = text('time', '', day)
    time.dateTime = day
    return time
  })
  return [from!, ' ~ ', to!]
}

function text<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, content: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  if (className) element.className = className
  element.textContent = content
  return element
}
