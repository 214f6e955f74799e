/**
 * The one Eleventy configuration of the public site. Folders are named here once; the data
 * comes in already loaded and validated (site/data/load.ts) and is added as global data, so
 * a template can only see the public view models of site/data/schema.ts.
 */
import path from 'node:path'
import rssPlugin from '@11ty/eleventy-plugin-rss'
import { compareByPhaseThenDeadline, PUBLIC_PHASE_ORDER, PHASE_LABELS, type Phase } from '../kernel/rules/phase'
import { REGIONS, SUPPORT_FIELDS, TARGET_SCOPES } from '../kernel/rules/valueLists'
import { cumulativeChartSvg } from './charts/cumulativeChart'
import type { PublicCardNews, PublicCompany, PublicGuide, PublicProgram, SiteData, SiteImage } from './data/schema'
import { companyContent, companyDescription, companyTitle } from './companies/companyPage'
import { newsItemContent, newsItemDescription } from './news/newsItemPage'
import { withAlt } from '../kernel/web/format'
import { companyPath, newsPath, programListPath } from '../kernel/web/urls'
import { programsToCsv } from './feeds/programsCsv'
import { programsToIcs } from './feeds/ics'
import { sitemapXml } from './feeds/sitemap'
import { programsToOpenData } from './feeds/openData'
import { filtersPlugin } from './filters'
import { stylesheet, STYLESHEET_URL } from './styles/stylesheet'
import { pageFrame } from '../views/layout'
import { raw as rawHtml } from '../kernel/web/html'
import { listedProgramCard, phaseBadge } from '../views/programCard'
import { programListContent, programListTitle, PROGRAM_LIST_DESCRIPTION, type FilterOptions } from './programs/programList'
import type { PictureOptions, Pictures } from './images/pictures'
import type { WebEdition } from './publish/webEditions'

/** Where the templates live, relative to the repository root (the working directory). */
export const SITE_SOURCE = path.resolve('site/src')
export const SITE_DIRS = { includes: '_includes', data: '_data' } as const

/** How many programs one page of the plain (no-JavaScript) program list shows. */
export const PROGRAMS_PER_PAGE = 20
const FEED_SIZE = 50

/**
 * Eleventy renders every page but the program pages (site/publish/programPages.ts writes those,
 * one plain function per page, in a full build and an incremental publish alike). `editions`
 * are the newsletter web editions to write: all of them in a full build, only those showing a
 * changed program in an incremental one.
 */
export type SiteConfigOptions = { data: SiteData; pictures: Pictures; editions?: WebEdition[] }

// Eleventy's UserConfig has no published types; these are the calls this file makes.
type EleventyConfig = {
  setIncludesDirectory(dir: string): void
  setDataDirectory(dir: string): void
  setTemplateFormats(formats: string[]): void
  addGlobalData(name: string, value: unknown): void
  addPlugin(plugin: unknown, options?: object): void
  addFilter(name: string, filter: (...args: never[]) => unknown): void
  addAsyncShortcode(name: string, shortcode: (...args: never[]) => Promise<string>): void
  addShortcode(name: string, shortcode: (...args: never[]) => string): void
  addTemplate(path: string, content: unknown, data?: object): void
  setQuietMode(quiet: boolean): void
}

type FeedItem = { id: string; title: string; url: string; day: string; summary: string; kind: string }

/**
 * The order of every program list (the list pages, company pages, feeds and data files):
 * 진행단계, then the deadline, then the id, so that two builds of the same data list alike
 * whatever order the database returned (an incremental publish keeps its programs in a map).
 */
export function listOrder(programs: PublicProgram[]): PublicProgram[] {
  return [...programs].sort((a, b) => compareByPhaseThenDeadline(a, b) || a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Record<string, T[]> {
  const groups: Record<string, T[]> = {}
  for (const item of items) (groups[keyOf(item)] ??= []).push(item)
  return groups
}

function feedItems(programs: PublicProgram[], cardNews: PublicCardNews[]): FeedItem[] {
  const items: FeedItem[] = [
    ...programs.map((p) => ({ id: `program-${p.id}`, title: p.title, url: p.url, day: p.registeredOn, summary: p.summary, kind: `${p.company.name} · ${p.supportFieldLabel}` })),
    ...cardNews.map((n) => ({ id: `news-${n.id}`, title: n.title, url: n.url, day: n.publishedOn, summary: n.categoryLabel, kind: '상생정보통' })),
  ]
  return items.sort((a, b) => b.day.localeCompare(a.day) || a.id.localeCompare(b.id)).slice(0, FEED_SIZE)
}

/** Values the search filters offer, in the order of the spec's value lists. */
function filterOptions(data: SiteData): FilterOptions {
  return {
    field: SUPPORT_FIELDS.map((f) => f.ko),
    scope: TARGET_SCOPES.map((s) => s.ko),
    phase: PUBLIC_PHASE_ORDER.map((p) => PHASE_LABELS[p].ko),
    region: REGIONS.map((r) => r.ko),
    company: data.companies.filter((c) => c.programCount > 0).map((c) => c.name).sort((a, b) => a.localeCompare(b, 'ko')),
  }
}

export function siteConfig({ data, pictures, editions = [] }: SiteConfigOptions) {
  return function configure(eleventyConfig: EleventyConfig): void {
    eleventyConfig.setQuietMode(true)
    eleventyConfig.setIncludesDirectory(SITE_DIRS.includes)
    eleventyConfig.setDataDirectory(SITE_DIRS.data)
    eleventyConfig.setTemplateFormats(['njk', '11ty.js'])
    eleventyConfig.addPlugin(rssPlugin)
    eleventyConfig.addPlugin(filtersPlugin)
    // The shared view components (views/programCard.ts), one markup for the templates and the
    // pages rendered in TypeScript: {% phaseBadge program.phase %}, {% programCard program %}.
    eleventyConfig.addShortcode('phaseBadge', (phase: Phase) => phaseBadge(phase).value)
    eleventyConfig.addShortcode('programCard', (program: PublicProgram) => listedProgramCard(program).value)

    eleventyConfig.addAsyncShortcode('picture', (async (image: SiteImage | null, widths: (number | 'auto')[], sizes: string, className?: string) =>
      image ? pictures.html(image, { widths, sizes, className } satisfies PictureOptions) : '') as (...args: never[]) => Promise<string>)

    const programs = listOrder(data.programs)
    const cardNews = [...data.cardNews].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))
    eleventyConfig.addGlobalData('site', { name: '상생누리', url: data.siteUrl, today: data.today, generatedAt: data.generatedAt })
    // The page frame (views/layout.ts), shared with the pages the server renders: the layout
    // layouts/base.njk is this one call.
    eleventyConfig.addShortcode('pageFrame', (content: string, title?: string, description?: string, bodyClass?: string, scripts?: string[], url?: string | false) =>
      pageFrame({ content: rawHtml(content) /* Eleventy rendered and escaped it */, title, bodyClass, scripts, path: url || null, public: { siteUrl: data.siteUrl, description, generatedOn: data.today } }),
    )
    eleventyConfig.addGlobalData('programs', programs)
    eleventyConfig.addGlobalData('recruiting', programs.filter((p) => p.phase === 'recruiting'))
    eleventyConfig.addGlobalData('companies', [...data.companies].sort((a, b) => a.name.localeCompare(b.name, 'ko')))
    eleventyConfig.addGlobalData('guides', data.guides)
    eleventyConfig.addGlobalData('cardNews', cardNews)
    eleventyConfig.addGlobalData('newsletters', [...data.newsletters].sort((a, b) => b.issueMonth.localeCompare(a.issueMonth)))
    eleventyConfig.addGlobalData('stats', data.stats)
    eleventyConfig.addGlobalData('chartSvg', cumulativeChartSvg(data.stats.byMonth, { title: '등록 프로그램 누적 추이' }))
    eleventyConfig.addGlobalData('feedItems', feedItems(programs, cardNews))

    addWebEditions(eleventyConfig, editions)
    addProgramList(eleventyConfig, filterOptions(data))
    addCompanyPages(eleventyConfig, { programsByCompany: groupBy(programs, (p) => p.company.id), guides: data.guides, pictures })
    addNewsItems(eleventyConfig, { companies: data.companies, pictures })

    const now = new Date(data.generatedAt)
    const raw = { permalinkBypassOutputDir: false, eleventyExcludeFromCollections: true }
    // The stylesheet, joined from its parts (site/styles/stylesheet.ts).
    eleventyConfig.addTemplate('assets/site-css.11ty.js', () => stylesheet(), { ...raw, permalink: STYLESHEET_URL })
    eleventyConfig.addTemplate('programs-ics.11ty.js', () => programsToIcs(programs, { siteUrl: data.siteUrl, now }), { ...raw, permalink: '/programs.ics' })
    eleventyConfig.addTemplate('sitemap.11ty.js', (page: { collections: { all: { url: string | false }[] } }) => sitemapXml(page.collections.all.map((entry) => entry.url), programs, data.siteUrl), {
      ...raw,
      permalink: '/sitemap.xml',
    })
    eleventyConfig.addTemplate('programs-csv.11ty.js', () => programsToCsv(programs, { siteUrl: data.siteUrl }), { ...raw, permalink: '/data/programs.csv' })
    eleventyConfig.addTemplate(
      'programs-json.11ty.js',
      () => JSON.stringify(programsToOpenData(programs, { siteUrl: data.siteUrl, generatedAt: data.generatedAt }), null, 2),
      { ...raw, permalink: '/data/programs.json' },
    )
  }
}

/**
 * /programs/ and /programs/page/<n>/ (site/programs/programList.ts), PROGRAMS_PER_PAGE programs a
 * page, in the frame every page has (layouts/base.njk). With no public program yet, /programs/ is
 * still written (with its empty state).
 */
function addProgramList(eleventyConfig: EleventyConfig, options: FilterOptions): void {
  type ListPageData = { pagePrograms: PublicProgram[]; programs: PublicProgram[]; pagination: { pageNumber: number; hrefs: string[] } }
  eleventyConfig.addTemplate(
    'programs/index.11ty.js',
    (page: ListPageData) =>
      programListContent({ programs: page.pagePrograms, pageNumber: page.pagination.pageNumber, pageSize: PROGRAMS_PER_PAGE, hrefs: page.pagination.hrefs, total: page.programs.length, filterOptions: options }).value,
    {
      layout: 'layouts/base.njk',
      pagination: { data: 'programs', size: PROGRAMS_PER_PAGE, alias: 'pagePrograms', generatePageOnEmptyData: true },
      permalink: (page: ListPageData) => programListPath(page.pagination.pageNumber),
      eleventyComputed: { title: (page: ListPageData) => programListTitle(page.pagination.pageNumber) },
      description: PROGRAM_LIST_DESCRIPTION,
      pageScripts: ['/assets/search.js'],
      bodyClass: 'page-programs',
    },
  )
}

/**
 * /companies/<id>/ for every participating company (site/companies/companyPage.ts), in collections
 * (the sitemap lists them), in the frame every page has.
 */
function addCompanyPages(eleventyConfig: EleventyConfig, { programsByCompany, guides, pictures }: { programsByCompany: Record<string, PublicProgram[]>; guides: PublicGuide[]; pictures: Pictures }): void {
  type CompanyPageData = { company: PublicCompany }
  const guideByCompany = new Map(guides.map((guide) => [guide.company.id, guide]))
  eleventyConfig.addTemplate(
    'companies/company.11ty.js',
    async ({ company }: CompanyPageData) => {
      const logo = company.logo ? await pictures.html(withAlt(company.logo, '')!, { widths: [160, 320], sizes: '160px', className: 'company-logo' }) : null
      return companyContent(company, programsByCompany[company.id] ?? [], guideByCompany.get(company.id) ?? null, logo).value
    },
    {
      layout: 'layouts/base.njk',
      pagination: { data: 'companies', size: 1, alias: 'company', addAllPagesToCollections: true },
      permalink: ({ company }: CompanyPageData) => companyPath(company.id),
      eleventyComputed: { title: ({ company }: CompanyPageData) => companyTitle(company), description: ({ company }: CompanyPageData) => companyDescription(company) },
      bodyClass: 'page-company',
    },
  )
}

/** /news/<id>/ for every published card news (site/news/newsItemPage.ts), in collections, in the frame every page has. */
function addNewsItems(eleventyConfig: EleventyConfig, { companies, pictures }: { companies: PublicCompany[]; pictures: Pictures }): void {
  type NewsPageData = { item: PublicCardNews }
  const companyById = new Map(companies.map((company) => [company.id, company]))
  eleventyConfig.addTemplate(
    'news/item.11ty.js',
    async ({ item }: NewsPageData) => {
      const cards = await Promise.all(item.cards.map((card) => pictures.html(card, { widths: [400, 800], sizes: '(min-width: 800px) 720px, 100vw', className: 'card-image' })))
      return newsItemContent(item, (item.sourceCompany && companyById.get(item.sourceCompany.id)) || null, cards).value
    },
    {
      layout: 'layouts/base.njk',
      pagination: { data: 'cardNews', size: 1, alias: 'item', addAllPagesToCollections: true },
      permalink: ({ item }: NewsPageData) => newsPath(item.id),
      eleventyComputed: { title: ({ item }: NewsPageData) => item.title, description: ({ item }: NewsPageData) => newsItemDescription(item) },
      bodyClass: 'page-news-item',
    },
  )
}

/**
 * The web edition of each sent newsletter: the page is the newsletter renderer's complete HTML
 * document (site/publish/webEditions.ts), so no layout wraps it. It stays in collections for the
 * sitemap.
 */
function addWebEditions(eleventyConfig: EleventyConfig, editions: WebEdition[]): void {
  type EditionPageData = { edition: WebEdition }
  eleventyConfig.addGlobalData('webEditions', editions)
  eleventyConfig.addTemplate('newsletter/edition.11ty.js', (page: EditionPageData) => page.edition.html, {
    pagination: { data: 'webEditions', size: 1, alias: 'edition', addAllPagesToCollections: true },
    permalink: (page: EditionPageData) => page.edition.url,
  })
}
