/**
 * The guide's program table (a company's page lists its programs in it): 프로그램명, 기업명 (left
 * out on the company's own page), 지원대상, 지원분야, 신청기간, 지원기간, 진행단계, 참여신청. One row
 * per program, in the order given. A TypeScript function rather than a Nunjucks partial: a company
 * with hundreds of programs took Nunjucks about half a millisecond a row (issue 15).
 */
import { html, type SafeHtml } from '../kernel/web/html'
import { period, phaseBadge, type ListedProgram } from './programCard'

/** A row of the table (site/data/schema.ts PublicProgram has all of it). */
export type ProgramTableRow = ListedProgram & { supportStart: string; supportEnd: string; applyOnline?: boolean | null }

export type ProgramTableOptions = { caption: string; id: string; hideCompany?: boolean }

const COLUMNS = ['프로그램명', '기업명', '지원대상', '지원분야', '신청기간', '지원기간', '진행단계', '참여신청'] as const

export function programTable(programs: readonly ProgramTableRow[], { caption, id, hideCompany = false }: ProgramTableOptions): SafeHtml {
  const columns = COLUMNS.filter((column) => !(hideCompany && column === '기업명'))
  const rows = programs.map((program) => html`
      <tr>
        <th scope="row" class="program-table__title"><a href="${program.url}">${program.title}</a></th>${hideCompany ? '' : html`
        <td>${program.company.name}</td>`}
        <td>${program.targetScopeLabel}</td>
        <td>${program.supportFieldLabel}</td>
        <td class="nowrap-dates">${period(program.applyStart, program.applyEnd)}</td>
        <td class="nowrap-dates">${period(program.supportStart, program.supportEnd)}</td>
        <td>${phaseBadge(program.phase)}</td>
        <td>${program.applyOnline ? html`<span class="apply apply--online">신청</span>` : html`<span class="apply">공고</span>`}</td>
      </tr>`)
  return html`<div class="table-scroll" role="region" aria-labelledby="${id}-caption" tabindex="0">
  <table class="program-table" id="${id}">
    <caption id="${id}-caption">${caption}</caption>
    <thead>
      <tr>${columns.map((column) => html`
        <th scope="col">${column}</th>`)}
      </tr>
    </thead>
    <tbody>${rows}
    </tbody>
  </table>
</div>`
}
