/**
 * Program search on /programs/. The page is a complete static list without JavaScript; this
 * script only takes over once Pagefind has loaded, so a failed load leaves that list in place.
 */
import { queryTerms } from '../search/korean'
import { planSearch } from '../search/ranking'
import { openSiteSearch, type PagefindIndex, type SiteSearch } from '../search/siteSearch'
import { resultCard, type PagefindResultData } from './resultCard'

/** Fetched at run time from the index the build wrote; esbuild must not try to bundle it. */
const PAGEFIND_URL = '/pagefind/pagefind.js'
const PAGEFIND_BUNDLE = '/pagefind/'
const FILTER_NAMES = ['field', 'scope', 'phase', 'region', 'company'] as const
const PAGE_SIZE = 50
const TYPING_DELAY_MS = 300
/** Only a slow search says 검색 중…, so a fast one is announced once, with its count. */
const BUSY_DELAY_MS = 400

type FilterName = (typeof FILTER_NAMES)[number]
type FilterCounts = Record<string, Record<string, number>>

type PagefindResult = { id: string; score: number; data(): Promise<PagefindResultData & { content: string }> }
type PagefindSearch = { results: PagefindResult[]; filters: FilterCounts }
type PagefindSearchOptions = { filters?: Partial<Record<FilterName, string[]>>; sort?: Record<string, 'asc' | 'desc'> }
type PagefindInstance = PagefindIndex<PagefindResult> & {
  options(options: Record<string, unknown>): Promise<void>
  init(): Promise<void>
}
/** The main index and an incremental publish's delta, searched as one (site/search/siteSearch.ts). */
type Pagefind = SiteSearch<PagefindResult>

type Query = { q: string; filters: Partial<Record<FilterName, string>> }

type Page = {
  form: HTMLFormElement
  input: HTMLInputElement
  selects: Map<FilterName, HTMLSelectElement>
  status: HTMLElement
  /** What the page says without a search (전체 프로그램 N건), restored when the search is cleared. */
  initialStatus: Node[]
  results: HTMLOListElement
  /** Optional heading above the results, shown and hidden with them. */
  heading: HTMLElement | null
  list: HTMLElement
  /** 더 보기, added after the results once the search works. */
  more: HTMLButtonElement
}

type Reason = 'load' | 'typing' | 'filter' | 'submit'

function findPage(): Page | null {
  const form = document.querySelector<HTMLFormElement>('form#program-search')
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]')
  const status = document.getElementById('search-status')
  const results = document.getElementById('search-results')
  const list = document.getElementById('program-list')
  if (!form || !input || !status || !(results instanceof HTMLOListElement) || !list) return null

  const selects = new Map<FilterName, HTMLSelectElement>()
  for (const name of FILTER_NAMES) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)
    if (select) selects.set(name, select)
  }

  const heading = document.getElementById('search-results-heading')
  const initialStatus = [...status.childNodes].map((node) => node.cloneNode(true))
  return { form, input, selects, status, initialStatus, results, heading, list, more: document.createElement('button') }
}

/** The changes that only make sense once the search works. */
function enhance(page: Page): void {
  const { results, more } = page
  more.type = 'button'
  more.className = 'button search-more'
  more.hidden = true
  results.after(more)
  // Lets focus land on the list after a submitted search without adding it to the tab order.
  results.tabIndex = -1
  if (!results.hasAttribute('aria-label') && !results.hasAttribute('aria-labelledby')) results.setAttribute('aria-label', '검색 결과')
  page.form.hidden = false
}

async function loadPagefind(): Promise<Pagefind> {
  const bundle = new URL(PAGEFIND_BUNDLE, location.href).href
  return openSiteSearch(bundle, async () => {
    const pagefind = (await import(PAGEFIND_URL)) as PagefindInstance
    await pagefind.options({ excerptLength: 0 })
    await pagefind.init()
    return pagefind
  })
}

function readForm(page: Page): Query {
  const filters: Query['filters'] = {}
  for (const [name, select] of page.selects) if (select.value) filters[name] = select.value
  return { q: page.input.value, filters }
}

/** Fills the form from ?q=…&field=…; values no option offers are ignored. Returns whether any applied. */
function applyUrl(page: Page): boolean {
  const params = new URLSearchParams(location.search)
  let applied = false
  const q = params.get('q')
  if (q) {
    page.input.value = q
    applied = true
  }
  for (const [name, select] of page.selects) {
    const value = params.get(name)
    if (value && [...select.options].some((option) => option.value === value)) {
      select.value = value
      applied = true
    }
  }
  return applied
}

function writeUrl(query: Query): void {
  const params = new URLSearchParams()
  if (query.q.trim()) params.set('q', query.q.trim())
  for (const name of FILTER_NAMES) {
    const value = query.filters[name]
    if (value) params.set(name, value)
  }
  const search = params.toString()
  history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`)
}

function pagefindFilters(filters: Query['filters'], without?: FilterName): PagefindSearchOptions['filters'] {
  const out: PagefindSearchOptions['filters'] = {}
  for (const name of FILTER_NAMES) {
    const value = filters[name]
    if (value && name !== without) out[name] = [value]
  }
  return out
}

/**
 * Counts per option as "results if this list were set to that option, the others unchanged".
 * Pagefind's own counts AND every active filter, which would show 0 for every other option of a
 * list that is already set, so each set list gets one more search without its own filter.
 */
async function filterCounts(
  pagefind: Pagefind,
  term: string | null,
  query: Query,
  search: PagefindSearch,
  totals: FilterCounts,
): Promise<FilterCounts> {
  const counts: FilterCounts = { ...search.filters }
  for (const name of FILTER_NAMES) {
    if (!query.filters[name]) continue
    const others = pagefindFilters(query.filters, name)
    if (term === null && Object.keys(others ?? {}).length === 0) {
      counts[name] = totals[name] ?? {}
      continue
    }
    const widened = await pagefind.search(term, { filters: others })
    if (widened) counts[name] = widened.filters[name] ?? {}
  }
  return counts
}

function showCounts(page: Page, counts: FilterCounts): void {
  for (const [name, select] of page.selects) {
    for (const option of select.options) {
      if (!option.value) continue
      option.dataset.label ??= option.text
      option.text = `${option.dataset.label} (${(counts[name]?.[option.value] ?? 0).toLocaleString('ko-KR')})`
    }
  }
}

function showResults(page: Page, searching: boolean): void {
  page.results.hidden = !searching
  if (page.heading) page.heading.hidden = !searching
  page.list.hidden = searching
}

function setStatus(page: Page, message: string): void {
  if (page.status.textContent !== message) page.status.textContent = message
}

function start(page: Page, pagefind: Pagefind, totals: FilterCounts): void {
  const level = Number(page.results.dataset.headingLevel)
  const headingLevel = Number.isInteger(level) && level >= 2 && level <= 6 ? level : 3
  // Every index chunk that may hold a word beginning with a term is loaded before it is searched.
  const lookUp = (term: string) => pagefind.lookUp(term)
  let generation = 0
  let typingTimer: ReturnType<typeof setTimeout> | undefined
  let found: PagefindResult[] = []
  let shown = 0

  const showStaticList = () => {
    page.results.replaceChildren()
    showResults(page, false)
    page.more.hidden = true
    page.status.replaceChildren(...page.initialStatus.map((node) => node.cloneNode(true)))
    showCounts(page, totals)
  }

  /** Renders the next page of results; returns the first new card. */
  const showMore = async (ticket: number): Promise<HTMLLIElement | undefined> => {
    const next = found.slice(shown, shown + PAGE_SIZE)
    const data = await Promise.all(next.map((result) => result.data()))
    if (ticket !== generation) return undefined
    const cards = data.map((d) => resultCard(d, headingLevel))
    page.results.append(...cards)
    shown += cards.length
    const left = found.length - shown
    page.more.hidden = left <= 0
    page.more.textContent = `더 보기 (${left.toLocaleString('ko-KR')}건 남음)`
    return cards[0]
  }

  const run = async (reason: Reason) => {
    clearTimeout(typingTimer)
    const ticket = ++generation
    const query = readForm(page)
    writeUrl(query)
    const typed = queryTerms(query.q).length > 0
    if (!typed && Object.keys(query.filters).length === 0) {
      showStaticList()
      return
    }

    const busy = setTimeout(() => {
      if (ticket === generation) setStatus(page, '검색 중…')
    }, BUSY_DELAY_MS)
    page.results.setAttribute('aria-busy', 'true')
    try {
      const planned = await planSearch(lookUp, query.q)
      if (ticket !== generation) return
      // A word no program holds: nothing matches, whatever Pagefind's fallback would find.
      const search: PagefindSearch | null = planned
        ? await pagefind.search(planned.term, {
            filters: pagefindFilters(query.filters),
            // The static list's order (open programs first, nearest deadline first); see listOrder.
            sort: { order: 'asc' },
          })
        : { results: [], filters: {} }
      if (!search || ticket !== generation) return
      const counts = planned ? await filterCounts(pagefind, planned.term, query, search, totals) : {}
      if (ticket !== generation) return

      // Exact and prefix matches before matches inside a longer word, each in the list order.
      found = planned ? planned.rank(search.results) : []
      shown = 0
      page.results.replaceChildren()
      await showMore(ticket)
      if (ticket !== generation) return
      showResults(page, true)
      showCounts(page, counts)
      setStatus(
        page,
        found.length > 0 ? `검색 결과 ${found.length.toLocaleString('ko-KR')}건` : '검색어와 일치하는 프로그램이 없습니다.',
      )
      // Only an explicit search moves focus; typing and choosing filters keep it where it is.
      if (reason === 'submit' && found.length > 0) page.results.focus()
    } catch {
      if (ticket !== generation) return
      showStaticList()
      setStatus(page, '검색하지 못했습니다. 아래 전체 목록을 이용해 주세요.')
    } finally {
      clearTimeout(busy)
      if (ticket === generation) page.results.removeAttribute('aria-busy')
    }
  }

  page.form.addEventListener('submit', (event) => {
    event.preventDefault()
    void run('submit')
  })
  // Composing Hangul fires input too; searching what is on screen after a pause is what users expect.
  page.input.addEventListener('input', () => {
    clearTimeout(typingTimer)
    typingTimer = setTimeout(() => void run('typing'), TYPING_DELAY_MS)
  })
  for (const select of page.selects.values()) select.addEventListener('change', () => void run('filter'))
  let loadingMore = false
  page.more.addEventListener('click', async () => {
    if (loadingMore) return
    loadingMore = true
    try {
      // Focus moves to the first new card so keyboard users continue where the new ones start.
      const first = await showMore(generation)
      first?.querySelector('a')?.focus()
    } finally {
      loadingMore = false
    }
  })

  enhance(page)
  showCounts(page, totals)
  if (applyUrl(page)) void run('load')
}

async function main(): Promise<void> {
  const page = findPage()
  if (!page) return
  let pagefind: Pagefind
  let totals: FilterCounts
  try {
    pagefind = await loadPagefind()
    totals = await pagefind.filters()
  } catch {
    return
  }
  start(page, pagefind, totals)
}

void main()
