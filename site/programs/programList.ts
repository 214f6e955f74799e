/**
 * /programs/ and /programs/page/<n>/: the search form (site/client/search.ts fills its results),
 * one page of the program list in list order, and the pager. Rendered in TypeScript rather than
 * Nunjucks: at 11,140 programs there are 557 such pages, and Eleventy's benchmark put this
 * template at the top of a build's render (its content and its permalink, rendered three times a
 * page). Eleventy still paginates it and wraps it in the page frame (eleventy.config.ts).
 */
import { number } from '../../kernel/web/format'
import { html, type SafeHtml } from '../../kernel/web/html'
import { programListPath } from '../../kernel/web/urls'
import { pager } from '../../views/pager'
import { listedProgramCard } from '../../views/programCard'
import type { PublicProgram } from '../data/schema'

export type FilterOptions = { field: string[]; scope: string[]; phase: string[]; region: string[]; company: string[] }

const FILTERS: { name: keyof FilterOptions; label: string }[] = [
  { name: 'field', label: '지원분야' },
  { name: 'scope', label: '지원대상' },
  { name: 'phase', label: '진행단계' },
  { name: 'region', label: '진행지역' },
  { name: 'company', label: '기업' },
]

export const PROGRAM_LIST_TITLE = '프로그램 검색'
export const PROGRAM_LIST_DESCRIPTION = '대기업·공공기관의 상생협력 프로그램을 지원분야, 지원대상, 진행단계, 진행지역, 기업으로 찾아보세요.'

export const programListTitle = (pageNumber: number): string => (pageNumber === 0 ? PROGRAM_LIST_TITLE : `${PROGRAM_LIST_TITLE} (${pageNumber + 1}쪽)`)

export type ProgramListPage = {
  /** This page's programs, in list order. */
  programs: PublicProgram[]
  /** 0-based. */
  pageNumber: number
  pageSize: number
  /** Every list page's address, in order. */
  hrefs: readonly string[]
  /** Public programs in all. */
  total: number
  filterOptions: FilterOptions
}

const searchForm = (options: FilterOptions): SafeHtml => html`
  <form id="program-search" class="search-form" role="search" aria-label="프로그램 검색" method="get" action="/programs/">
    <div class="search-form__query field">
      <label for="search-q">검색어</label>
      <input id="search-q" name="q" type="search" autocomplete="off" placeholder="예: 교육, 해외진출, 한국수자원공사">
    </div>
    <div class="search-form__filters">${FILTERS.map(({ name, label }) => html`
      <div class="field">
        <label for="search-${name}">${label}</label>
        <select id="search-${name}" name="${name}">
          <option value="">전체</option>${options[name].map((option) => html`
          <option value="${option}">${option}</option>`)}
        </select>
      </div>`)}
    </div>
    <div class="search-form__actions">
      <button type="submit" class="button">검색</button>
    </div>
  </form>`

/** The page's content, inside the page frame. */
export function programListContent(page: ProgramListPage): SafeHtml {
  const pageCount = page.hrefs.length
  const current = page.pageNumber + 1
  return html`<div class="container">
  <h1>${PROGRAM_LIST_TITLE}</h1>
  <p class="page-lead">대기업과 공공기관이 등록한 상생협력 프로그램을 찾아보세요. 전체 오픈 프로그램은 거래 관계가 없는 중소기업도 신청할 수 있습니다.</p>
${searchForm(page.filterOptions)}

  <noscript><p class="notice">검색과 필터는 JavaScript가 필요합니다; 아래 목록은 모든 프로그램을 보여 줍니다.</p></noscript>

  <p id="search-status" class="search-status" role="status" aria-live="polite">전체 프로그램 ${number(page.total)}건${pageCount > 1 && html` <span class="search-status__page">(${current}/${pageCount}쪽)</span>`}</p>
  <h2 id="search-results-heading" class="visually-hidden" hidden>검색 결과</h2>
  <ol id="search-results" class="program-list" data-heading-level="3" hidden></ol>

  <div id="program-list">
    <h2 class="visually-hidden">프로그램 목록</h2>${
      page.programs.length
        ? html`
    <ol class="program-list" start="${page.pageNumber * page.pageSize + 1}">${page.programs.map((program) => html`
      <li>${listedProgramCard(program)}</li>`)}
    </ol>`
        : html`
    <p class="empty">아직 공개된 프로그램이 없습니다.</p>`
    }${pageCount > 1 && html`
    ${pager(current, page.hrefs, '프로그램 목록 쪽 이동')}`}
  </div>
</div>
`
}
