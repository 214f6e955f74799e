/**
 * The program's small parts, one of each, for every page that shows them: the 진행단계 badge,
 * a period of days, and the program card of the lists (the home page, /programs/, the member's
 * recommendations). Eleventy's templates call them as Nunjucks shortcodes (site/eleventy.config.ts),
 * the pages rendered in TypeScript call them directly, and the browser's search results
 * (site/client/resultCard.ts) are held to the same markup by tests/unit/programCard.test.ts.
 */
import { PHASE_LABELS, type Phase } from '../kernel/rules/phase'
import { html, type SafeHtml } from '../kernel/web/html'

/** 진행단계 badge. The label is text, so the colour only repeats it. */
export const phaseBadge = (phase: Phase): SafeHtml => html`<span class="phase phase--${phase}">${PHASE_LABELS[phase].ko}</span>`

/** A day range `from` ~ `to` (YYYY-MM-DD, Seoul days). */
export const period = (from: string, to: string): SafeHtml => html`<time datetime="${from}">${from}</time> ~ <time datetime="${to}">${to}</time>`

/** One term and its value in a card's or page's fact list. */
export const fact = (term: string, value: SafeHtml | string): SafeHtml => html`<div><dt>${term}</dt><dd>${value}</dd></div>`

export type ProgramCardView = {
  url: string
  title: string
  phase: Phase
  companyName: string
  facts: ReadonlyArray<readonly [term: string, value: SafeHtml | string]>
  summary?: string | null
  /** What follows the card's text, e.g. the member's 신청하기. */
  footer?: SafeHtml | null
}

/** One program as a card in a list; its title is an h3 under the list's h2. */
export function programCard(card: ProgramCardView): SafeHtml {
  return html`<article class="program-card">
  <div class="program-card__head">
    ${phaseBadge(card.phase)}
    <h3 class="program-card__title"><a href="${card.url}">${card.title}</a></h3>
  </div>
  <p class="program-card__company">${card.companyName}</p>
  <dl class="program-card__facts">${card.facts.map(([term, value]) => fact(term, value))}</dl>
  ${card.summary && html`<p class="program-card__summary">${card.summary}</p>`}
  ${card.footer}
</article>`
}

/** What the public lists know of a program (site/data/schema.ts PublicProgram has all of it). */
export type ListedProgram = {
  url: string
  title: string
  phase: Phase
  company: { name: string }
  supportFieldLabel: string
  targetScopeLabel: string
  applyStart: string
  applyEnd: string
  summary?: string | null
}

/** The card of a public program, as the home page, /programs/ and the search results show it. */
export const listedProgramCard = (program: ListedProgram): SafeHtml =>
  programCard({
    url: program.url,
    title: program.title,
    phase: program.phase,
    companyName: program.company.name,
    facts: [
      ['지원분야', program.supportFieldLabel],
      ['지원대상', program.targetScopeLabel],
      ['신청기간', period(program.applyStart, program.applyEnd)],
    ],
    summary: program.summary,
  })
