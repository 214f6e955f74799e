/**
 * The /programs/ search as a reader gets it: the index of the last full build (`/pagefind/`)
 * together with the programs an incremental publish saved since (site/search/delta.ts), searched
 * as one. Runs in the browser (site/client/search.ts) and in the tests
 * (tests/helpers/pagefindInNode.ts).
 *
 * Pagefind cannot update an index in place, and indexing everything again takes most of a full
 * build. So the manifest `/pagefind/delta.json` carries the programs saved since the full build
 * as search records of their own (their terms in the same form the index holds, their filter
 * values, card fields and list-order key) and the pages of the main index they replace or remove
 * (by Pagefind's page id, with their filter values). Here:
 * - a term matches a delta program the way Pagefind matches a page: some term of the program
 *   begins with it (a word: an exact or prefix match; only an inner term: scored 0, as Pagefind
 *   scores the weight-0 inner terms); a query needs every term, as Pagefind does;
 * - the main index's replaced pages are dropped from its results, and the filter counts are the
 *   main index's, less the dropped pages' values, plus the matching delta programs' values;
 * - sorted by the list order (`sort: { order: 'asc' }`), the delta's results are merged into the
 *   main index's by their order key (the `order` meta, the string Pagefind sorted by), reading
 *   the main results' keys only where a delta result must be placed (a binary search).
 * Pagefind's own mergeIndex re-sorts merged results by score, losing the list order, and cannot
 * drop a page of the main index; and two Pagefind instances in one page share one WebAssembly
 * module (1.6.0: the second one's searches came back empty).
 */
import { revealWords } from './cardText'
import { chunksFor, loadIndexChunks, type IndexChunk } from './indexChunks'
import { pagefindForm } from './korean'
import { termLookupAcross, type PagefindResult, type ResultData, type TermMatch } from './ranking'

export type FilterCounts = Record<string, Record<string, number>>
export type SearchOptions = { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> }
export type OrderedData = ResultData & { url: string; meta: Record<string, string | undefined> }
export type SearchResponse<R> = { results: R[]; filters: FilterCounts }

/** The part of a Pagefind instance this needs. */
export type PagefindIndex<R extends PagefindResult<OrderedData>> = {
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse<R> | null>
  filters(): Promise<FilterCounts>
  preload(term: string): Promise<void>
}

/** A page of the main index that the delta replaces or removes: its Pagefind id and filter values. */
export type RemovedPage = { id: string; filters: Record<string, string[]> }

/** A program saved since the full build, as the search needs it (indexPrograms.ts SearchRecord, terms in indexForm). */
export type DeltaRecord = {
  url: string
  words: string[]
  inner: string[]
  filters: Record<string, string[]>
  meta: Record<string, string>
}

/** `/pagefind/delta.json`. */
export type DeltaManifest = { records: DeltaRecord[]; removed: RemovedPage[] }

export const DELTA_MANIFEST = 'delta.json'
export const NO_DELTA: DeltaManifest = { records: [], removed: [] }

const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string')
const stringMap = <T>(value: unknown, item: (v: unknown) => v is T): value is Record<string, T> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(item)

/** The manifest as served, or none: a site built before deltas existed, or a failed fetch, searches the main index alone. */
export async function loadDeltaManifest(bundleUrl: string): Promise<DeltaManifest> {
  try {
    // Revalidated every time: it changes with every publish.
    const response = await fetch(new URL(DELTA_MANIFEST, bundleUrl), { cache: 'no-cache' })
    if (!response.ok) return NO_DELTA
    const manifest = (await response.json()) as { records?: unknown[]; removed?: unknown[] }
    const records = (Array.isArray(manifest.records) ? manifest.records : []).filter((r): r is DeltaRecord => {
      const record = r as DeltaRecord
      return typeof record?.url === 'string' && strings(record.words) && strings(record.inner) && stringMap(record.filters, strings) && stringMap(record.meta, (v): v is string => typeof v === 'string')
    })
    const removed = (Array.isArray(manifest.removed) ? manifest.removed : []).filter((p): p is RemovedPage => {
      const page = p as RemovedPage
      return typeof page?.id === 'string' && stringMap(page.filters, strings)
    })
    return { records, removed }
  } catch {
    return NO_DELTA
  }
}

export type SiteSearch<R extends PagefindResult<OrderedData>> = {
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse<R | DeltaResult> | null>
  filters(): Promise<FilterCounts>
  lookUp(term: string): Promise<TermMatch>
}

/** A delta program found by a search, shaped as a Pagefind result. */
export type DeltaResult = PagefindResult<OrderedData>

/**
 * Opens the search of the site whose main bundle is at `bundleUrl` (ending in /pagefind/);
 * `open` loads the Pagefind bundle.
 */
export async function openSiteSearch<R extends PagefindResult<OrderedData>>(
  bundleUrl: string,
  open: (bundleUrl: string) => Promise<PagefindIndex<R>>,
): Promise<SiteSearch<R>> {
  const [manifest, main] = await Promise.all([loadDeltaManifest(bundleUrl), open(bundleUrl)])
  return combineIndexes({ index: main, chunks: loadIndexChunks(bundleUrl).catch(() => []) }, manifest)
}

type Source<R extends PagefindResult<OrderedData>> = { index: PagefindIndex<R>; chunks: Promise<IndexChunk[]> }

/** One delta program prepared for matching: its terms as Pagefind compares them. */
type Prepared = { record: DeltaRecord; words: string[]; inner: string[]; result: DeltaResult }

/** The main index and the delta searched as one (see the file's comment). */
export function combineIndexes<R extends PagefindResult<OrderedData>>(main: Source<R>, manifest: DeltaManifest): SiteSearch<R> {
  const removed = new Map(manifest.removed.map((page) => [page.id, page.filters]))
  const delta: Prepared[] = manifest.records.map((record) => {
    const data: OrderedData = { url: record.url, content: [...record.words, ...record.inner].join(' '), meta: record.meta }
    return {
      record,
      words: record.words.map(pagefindForm),
      inner: record.inner.map(pagefindForm),
      result: { id: `delta:${record.url}`, score: 0, data: async () => data },
    }
  })
  const keys = new Map<string, Promise<string>>()
  const orderKey = (result: R | DeltaResult): Promise<string> => {
    let key = keys.get(result.id)
    if (!key) {
      key = result.data().then((data) => revealWords(data.meta.order ?? ''))
      keys.set(result.id, key)
      key.catch(() => keys.delete(result.id))
    }
    return key
  }

  const searchMain = async (term: string | null, options?: SearchOptions) => {
    const found = await main.index.search(term, options)
    if (!found) return null
    const dropped = found.results.filter((result) => removed.has(result.id))
    if (dropped.length === 0) return found
    const filters = subtract(found.filters, dropped.map((result) => removed.get(result.id)!))
    return { results: found.results.filter((result) => !removed.has(result.id)), filters }
  }

  /** The delta programs a Pagefind query (terms in indexForm, space-separated) finds, each scored as Pagefind would: above 0 when every term begins a word. */
  const searchDelta = (term: string | null, options?: SearchOptions): SearchResponse<DeltaResult> => {
    const terms = (term ?? '').split(/\s+/).filter(Boolean).map((t) => pagefindForm(t.toLowerCase()))
    const results: DeltaResult[] = []
    const filters: FilterCounts = {}
    for (const program of delta) {
      if (!matchesFilters(program.record.filters, options?.filters)) continue
      let whole = true
      let all = true
      for (const t of terms) {
        if (program.words.some((word) => word.startsWith(t))) continue
        whole = false
        if (!program.inner.some((word) => word.startsWith(t))) all = false
      }
      if (!all) continue
      results.push(whole && terms.length > 0 ? { ...program.result, score: 1 } : program.result)
      for (const [name, values] of Object.entries(program.record.filters)) {
        const into = (filters[name] ??= {})
        for (const value of values) into[value] = (into[value] ?? 0) + 1
      }
    }
    return { results, filters }
  }

  /**
   * Whether the main index (less its replaced pages) holds a word that begins with a term given in
   * indexForm. Pagefind, finding no such word, falls back to a shorter one instead of finding
   * nothing; a query with a term only the delta holds must find nothing in the main index.
   */
  const mainHolds = new Map<string, Promise<boolean>>()
  const holdsInMain = (indexed: string): Promise<boolean> => {
    let held = mainHolds.get(indexed)
    if (!held) {
      held = (async () => {
        await preload(indexed)
        const first = (await searchMain(indexed))?.results[0]
        if (!first) return false
        const wanted = pagefindForm(indexed)
        return (await first.data()).content.split(/\s+/).some((word) => pagefindForm(word).startsWith(wanted))
      })()
      mainHolds.set(indexed, held)
      held.catch(() => mainHolds.delete(indexed))
    }
    return held
  }

  const preload = async (indexed: string) => {
    const probes = chunksFor(await main.chunks, indexed).map((chunk) => chunk.from)
    if (probes.length > 0) await main.index.preload(probes.join(' '))
  }

  const lookUp = termLookupAcross([
    { search: (term) => searchMain(term), prepare: preload },
    ...(delta.length ? [{ search: async (term: string) => searchDelta(term) }] : []),
  ])

  return {
    lookUp,
    async search(term, options) {
      if (delta.length === 0) return searchMain(term, options)
      const units = (term ?? '').split(/\s+/).filter(Boolean)
      const inMain = (await Promise.all(units.map(holdsInMain))).every(Boolean)
      const fromMain = inMain ? await searchMain(term, options) : { results: [] as R[], filters: {} }
      if (!fromMain) return null
      const fromDelta = searchDelta(term, options)
      const filters = add(fromMain.filters, fromDelta.filters)
      const sortedByOrder = options?.sort?.order === 'asc' && Object.keys(options.sort).length === 1
      const ordered = sortedByOrder ? await sortByKey(fromDelta.results, orderKey) : fromDelta.results
      const results = sortedByOrder ? await mergeByKey<R | DeltaResult>(fromMain.results, ordered, orderKey) : [...fromMain.results, ...ordered]
      return { results, filters }
    },
    async filters() {
      const fromDelta = searchDelta(null).filters
      return add(subtract(await main.index.filters(), [...removed.values()]), fromDelta)
    },
  }
}

/** Pagefind's filter rule: every filter named must hold one of the values given for it. */
function matchesFilters(own: Record<string, string[]>, wanted: Record<string, string[]> | undefined): boolean {
  if (!wanted) return true
  return Object.entries(wanted).every(([name, values]) => values.length === 0 || values.some((value) => own[name]?.includes(value)))
}

async function sortByKey<T>(items: readonly T[], keyOf: (item: T) => Promise<string>): Promise<T[]> {
  const keyed = await Promise.all(items.map(async (item) => [await keyOf(item), item] as const))
  return keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, item]) => item)
}

/**
 * Two lists each sorted by a unique key merged into one: every item of the short one is placed
 * by a binary search in the long one, which reads the keys of about log₂(n) of its items.
 */
export async function mergeByKey<T>(long: readonly T[], short: readonly T[], keyOf: (item: T) => Promise<string>): Promise<T[]> {
  if (short.length === 0) return [...long]
  if (long.length === 0) return [...short]
  const shortKeys = await Promise.all(short.map(keyOf))
  const merged: T[] = []
  let from = 0
  for (let i = 0; i < short.length; i++) {
    // The first item of the long list, from `from` on, whose key sorts after this one.
    let low = from
    let high = long.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((await keyOf(long[middle]!)) < shortKeys[i]!) low = middle + 1
      else high = middle
    }
    merged.push(...long.slice(from, low), short[i]!)
    from = low
  }
  merged.push(...long.slice(from))
  return merged
}

function add(a: FilterCounts, b: FilterCounts): FilterCounts {
  const sum: FilterCounts = {}
  for (const counts of [a, b]) {
    for (const [name, values] of Object.entries(counts)) {
      const into = (sum[name] ??= {})
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count
    }
  }
  return sum
}

function subtract(counts: FilterCounts, pages: readonly Record<string, string[]>[]): FilterCounts {
  const out: FilterCounts = Object.fromEntries(Object.entries(counts).map(([name, values]) => [name, { ...values }]))
  for (const filters of pages) {
    for (const [name, values] of Object.entries(filters)) {
      for (const value of values) {
        const current = out[name]?.[value]
        if (current !== undefined) out[name]![value] = Math.max(0, current - 1)
      }
    }
  }
  return out
}
