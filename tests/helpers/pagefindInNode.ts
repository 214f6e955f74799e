import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { planSearch, type PagefindResult } from '../../site/search/ranking'
import { openSiteSearch, type FilterCounts, type PagefindIndex, type SearchOptions, type SearchResponse, type SiteSearch } from '../../site/search/siteSearch'

type Data = { url: string; content: string; meta: Record<string, string | undefined> }
type Result = PagefindResult<Data>
export type NodePagefind = Omit<PagefindIndex<Result>, 'search'> & {
  search(term: string | null, o?: SearchOptions): Promise<SearchResponse<Result>>
  options(o: object): Promise<void>
  init(): Promise<void>
  destroy(): Promise<void>
}

/**
 * A Pagefind bundle written by writeSearchIndex, loaded the way the browser loads it (its own
 * pagefind.js and wasm), and searched the way site/client/search.ts searches: the same lookups,
 * chunk loading, plan and order. pagefind.js fetches its files next to itself; in Node those are
 * file: URLs, which fetch lacks, so fetch answers them from disk until `close`.
 */
export async function openPagefind(bundleDir: string) {
  const realFetch = globalThis.fetch
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : input)
    if (url.protocol !== 'file:') return realFetch(input)
    return new Response(fs.readFileSync(fileURLToPath(url)))
  }) as typeof fetch
  const pagefind = (await import(/* @vite-ignore */ pathToFileURL(path.join(bundleDir, 'pagefind.js')).href)) as NodePagefind
  const bundle = pathToFileURL(bundleDir + path.sep).href
  // The main bundle with, where an incremental publish wrote one, its delta: as the browser opens them.
  const start = () =>
    openSiteSearch<Result>(bundle, async () => {
      await pagefind.options({ excerptLength: 0, baseUrl: '/' })
      await pagefind.init()
      return pagefind
    })
  let site: SiteSearch<Result> = await start()

  /** The URLs a typed query lists on /programs/, in the order shown (filters optional). */
  async function find(query: string, filters: Record<string, string[]> = {}): Promise<string[]> {
    const plan = await planSearch(site.lookUp, query)
    if (!plan) return []
    const found = await site.search(plan.term, { filters, sort: { order: 'asc' } })
    return Promise.all(plan.rank(found?.results ?? []).map(async (result) => (await result.data()).url))
  }

  /**
   * The filter counts the page shows: of every program, or of a search's results. A value counted
   * 0 and a value not counted show alike, (0): only the others are kept.
   */
  async function counts(term?: string | null, filters: Record<string, string[]> = {}): Promise<FilterCounts> {
    const all = term === undefined ? await site.filters() : ((await site.search(term, { filters }))?.filters ?? {})
    return Object.fromEntries(Object.entries(all).map(([name, values]) => [name, Object.fromEntries(Object.entries(values).filter(([, count]) => count > 0))]))
  }

  return {
    pagefind,
    find,
    counts,
    /** A fresh Pagefind, with no index chunk loaded yet and no lookup remembered. */
    async restart() {
      await pagefind.destroy()
      site = await start()
    },
    async close() {
      await pagefind.destroy()
      globalThis.fetch = realFetch
    },
  }
}
