/**
 * Incremental publish: a program change re-renders only what it touches, into the live folder.
 *
 * A full build (buildSite) remembers what it read and wrote. When programs change afterwards,
 * publishProgramChanges reads just the programs saved since (by `updatedAt`, so changes that
 * arrive while it runs are caught by the next one, and coalescing needs no list of ids), patches
 * the remembered data, and publishes in steps, each complete before it touches the live folder:
 *  1. the changed programs' own pages (and the pages of programs whose company page appeared or
 *     went away), each written beside its target and renamed over it: a reader gets the old page
 *     or the new one, never half of one; a program no longer public loses its page;
 *  2. every Eleventy page (lists, company pages, home, 통계, feeds, sitemap, open data files) and
 *     the web editions that show a changed program, rendered into a scratch folder first; only
 *     the files whose bytes differ are renamed into the live folder, and pages that no longer
 *     exist (a list page fewer) are removed;
 *  3. the search: every program saved since the full build written as a search record of its
 *     own into the delta manifest, with the main-index pages it replaces (site/search/delta.ts;
 *     the browser searches both as one, site/search/siteSearch.ts).
 * A failure in a step leaves the files of the steps before it live and the rest as they were;
 * the caller then falls back to a full build. Anything but a program change (a company, card
 * news, a guide, media, a newsletter, a deletion, the daily 진행단계) takes a full build.
 *
 * The remembered state lives in the process that built (the server, which runs the jobs); a
 * process that finds no state of its own, or a live folder another process switched to, builds
 * in full.
 */
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import Eleventy from '@11ty/eleventy'
import type { Payload } from 'payload'
import type { StatsProgram } from '../../kernel/rules/stats'
import { DATA_DIR } from '../../kernel/settings/env'
import { assembleSiteData, programContext, readProgramSources, statsInputOf, toPublicProgram, validProgram, type SiteSources } from '../data/load'
import type { PublicProgram, SiteData } from '../data/schema'
import { siteConfig, SITE_SOURCE } from '../eleventy.config'
import { Pictures } from '../images/pictures'
import { liveSiteDir, type SitePaths } from './output'
import { companyUrlsOf, programFile, programPageHtml } from './programPages'
import { renderWebEditions } from './webEditions'
import { programPath } from '../../kernel/web/urls'
import { readMainPages, writeSearchDelta, type MainPage } from '../search/delta'
import { programSearchRecord } from '../search/indexPrograms'
import { pageFileOf, removeFile, sameBytes, stage } from './liveFiles'

/** What the live build was made from, kept by the process that built it. */
export type LiveBuild = {
  paths: SitePaths
  dir: string
  /** Everything but the programs (those are in `programs` and `statsPrograms`, already mapped). */
  sources: Omit<SiteSources, 'programs' | 'businesses'>
  data: SiteData
  programs: Map<string, PublicProgram>
  statsPrograms: Map<string, StatsProgram>
  /** The clock of the live data: 진행단계 and "today" as the full build saw them. */
  now: Date
  /** Changes saved at or after this moment may not be in the live folder yet. */
  readFrom: Date
  /** The files Eleventy wrote, relative to `dir` (program pages are not among them). */
  eleventyOutputs: Set<string>
  /** Program pages are on disk for every change saved before this moment (publishProgramPagesNow). */
  pagesReadFrom: Date
  /** Programs saved since the full build, as the search delta holds them (site/search/delta.ts). */
  searchChanged: Set<string>
  /** The full build's search index by page URL, read when the first delta needs it. */
  mainPages: Map<string, MainPage> | null
}

/** How far back a change is read again: a save stamped a moment before the read began is not missed. */
export const READ_AGAIN_MS = 2000

/** By live link: a process normally has one; tests build several sites side by side. */
const remembered = new Map<string, LiveBuild>()

export function rememberLiveBuild(build: {
  paths: SitePaths
  dir: string
  sources: SiteSources
  data: SiteData
  now: Date
  readFrom: Date
  eleventyOutputs: string[]
}): void {
  const { programs: raw, businesses: _businesses, ...sources } = build.sources
  remembered.set(build.paths.liveLink, {
    paths: build.paths,
    dir: build.dir,
    sources,
    data: build.data,
    programs: new Map(build.data.programs.map((p) => [p.id, p])),
    statsPrograms: new Map(raw.map((p) => [String(p.id), statsInputOf(p)])),
    now: build.now,
    readFrom: build.readFrom,
    eleventyOutputs: new Set(build.eleventyOutputs),
    pagesReadFrom: build.readFrom,
    searchChanged: new Set(),
    mainPages: null,
  })
}

/** Forgets the remembered build of one site, or of all (after a failed step, so the next change builds in full; tests). */
export function forgetLiveBuild(paths?: SitePaths): void {
  if (paths) remembered.delete(paths.liveLink)
  else remembered.clear()
}

/** The build this process remembers, if it is still the live one. */
function currentLive(paths: SitePaths): LiveBuild | undefined {
  const build = remembered.get(paths.liveLink)
  const dir = liveSiteDir(paths)
  return build && dir && fs.realpathSync(build.dir) === dir ? build : undefined
}

export type IncrementalStep = 'read' | 'program-pages' | 'pages' | 'search'
export type IncrementalReport = {
  /** Programs saved since the last publish whose public view changed (or that joined or left the site). */
  changed: number
  /** Public programs on the site now. */
  programs: number
  /** Program pages written or removed. */
  programPages: number
  /** Other files replaced or removed because their bytes changed. */
  pagesChanged: number
  durationMs: number
  steps: Partial<Record<IncrementalStep, number>>
  /** When the changed programs' pages were live, from the start of the publish. */
  programPagesLiveMs: number
}

export type IncrementalOptions = {
  siteUrl: string
  paths: SitePaths
  imageCacheDir?: string
  onStep?: (step: IncrementalStep, phase: 'start' | 'done', ms?: number) => void
}

/** Ids of the programs saved since `since`, whatever their state (one that left the site must leave it). */
async function programsSavedSince(payload: Payload, since: Date): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'programs',
    where: { updatedAt: { greater_than_equal: since.toISOString() } },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((doc) => String(doc.id))
}

/**
 * The programs saved since `since` (less the overlap READ_AGAIN_MS), read fresh: their ids, and
 * for each its raw record (absent when no longer readable) and its public view (undefined when
 * not public; throws when the schema refuses it).
 */
async function readSavedPrograms(payload: Payload, build: LiveBuild, since: Date) {
  const ids = await programsSavedSince(payload, new Date(since.getTime() - READ_AGAIN_MS))
  const fresh = ids.length ? await readProgramSources(payload, ids) : { programs: [], businesses: [] }
  const context = programContext({ ...build.sources, businesses: fresh.businesses }, build.now)
  const raw = new Map(fresh.programs.map((p) => [String(p.id), p]))
  const viewOf = (id: string): PublicProgram | undefined => {
    const program = raw.get(id)
    const mapped = program ? toPublicProgram(program, context) : null
    return mapped ? validProgram(mapped) : undefined
  }
  return { ids, raw, viewOf }
}

/**
 * Publishes the programs saved since the live build was read, or returns null when this
 * process has no remembered live build (then the caller builds in full).
 */
export async function publishProgramChanges(payload: Payload, options: IncrementalOptions): Promise<IncrementalReport | null> {
  const build = currentLive(options.paths)
  if (!build) return null
  const started = performance.now()
  const steps: IncrementalReport['steps'] = {}
  const step = async <T>(name: IncrementalStep, work: () => Promise<T> | T): Promise<T> => {
    options.onStep?.(name, 'start')
    const t0 = performance.now()
    const result = await work()
    steps[name] = Math.round(performance.now() - t0)
    options.onStep?.(name, 'done', steps[name])
    return result
  }
  try {
    const readFrom = new Date()
    const { ids, data, programs, statsPrograms } = await step('read', async () => {
      const saved = await readSavedPrograms(payload, build, build.readFrom)
      const programs = new Map(build.programs)
      const statsPrograms = new Map(build.statsPrograms)
      // Read again is not changed: only programs whose public view or 통계 input differ count.
      const changedIds: string[] = []
      for (const id of saved.ids) {
        const raw = saved.raw.get(id)
        const view = saved.viewOf(id)
        const stats = raw ? statsInputOf(raw) : undefined
        if (JSON.stringify(view) === JSON.stringify(programs.get(id)) && JSON.stringify(stats) === JSON.stringify(statsPrograms.get(id))) continue
        changedIds.push(id)
        if (stats) statsPrograms.set(id, stats)
        else statsPrograms.delete(id)
        if (view) programs.set(id, view)
        else programs.delete(id)
      }
      const data = assembleSiteData({ ...build.sources, programs: [], businesses: [] }, { now: build.now, siteUrl: options.siteUrl }, {
        programs: [...programs.values()],
        statsPrograms: [...statsPrograms.values()],
      })
      return { ids: changedIds, data, programs, statsPrograms }
    })
    if (!ids.length) {
      build.readFrom = readFrom
      return { changed: 0, programs: build.programs.size, programPages: 0, pagesChanged: 0, durationMs: Math.round(performance.now() - started), steps, programPagesLiveMs: 0 }
    }

    // 1. The programs' own pages.
    const programPages = await step('program-pages', () => {
      const before = companyUrlsOf(build.data)
      const after = companyUrlsOf(data)
      const movedCompanies = new Set([...before.keys(), ...after.keys()].filter((id) => before.get(id) !== after.get(id)))
      const touched = new Set(ids)
      for (const program of programs.values()) if (movedCompanies.has(program.company.id)) touched.add(program.id)
      const staged: [temp: string, file: string][] = []
      const removed: string[] = []
      try {
        for (const id of touched) {
          const program = programs.get(id)
          const file = programFile(build.dir, program ?? { url: build.programs.get(id)?.url ?? '' })
          if (program) staged.push([stage(file, programPageHtml(data, program, after)), file])
          else if (build.programs.has(id)) removed.push(file)
        }
      } catch (error) {
        staged.forEach(([temp]) => fs.rmSync(temp, { force: true }))
        throw error
      }
      for (const [temp, file] of staged) fs.renameSync(temp, file)
      removed.forEach(removeFile)
      return staged.length + removed.length
    })
    const programPagesLiveMs = Math.round(performance.now() - started)
    if (readFrom > build.pagesReadFrom) build.pagesReadFrom = readFrom

    // 2. Every other page, replaced where its bytes changed.
    const pagesChanged = await step('pages', async () => {
      const scratch = path.join(options.paths.buildsDir, `.incremental-${process.pid}-${crypto.randomBytes(3).toString('hex')}`)
      try {
        const changed = new Set(ids)
        const editions = await renderWebEditions({ ...data, newsletters: data.newsletters.filter((n) => n.programIds.some((id) => changed.has(id))) })
        const pictures = new Pictures(options.imageCacheDir ?? path.join(DATA_DIR, 'cache', 'img'))
        const eleventy = new Eleventy(SITE_SOURCE, scratch, { quietMode: true, config: siteConfig({ data, pictures, editions }) })
        const [, templates] = (await eleventy.write()) as [unknown, { outputPath: string | false }[]]
        const written = templates.flatMap((page) => (page.outputPath ? [path.relative(scratch, page.outputPath)] : []))
        await pictures.publish(build.dir)
        let count = 0
        for (const file of written) {
          const from = path.join(scratch, file)
          const to = path.join(build.dir, file)
          if (sameBytes(from, to)) continue
          fs.mkdirSync(path.dirname(to), { recursive: true })
          fs.renameSync(from, to)
          count++
        }
        // Editions not rendered this time are unchanged; anything else the last render wrote and
        // this one did not is gone from the site.
        const rendered = new Set(editions.map((e) => e.url))
        const keptEditions = data.newsletters.filter((n) => !rendered.has(n.url)).map((n) => pageFileOf(n.url))
        const outputs = new Set([...written, ...keptEditions])
        for (const file of build.eleventyOutputs) {
          if (!outputs.has(file)) {
            removeFile(path.join(build.dir, file))
            count++
          }
        }
        build.eleventyOutputs = outputs
        return count
      } finally {
        fs.rmSync(scratch, { recursive: true, force: true })
      }
    })

    // 3. The search, once the pages are live: a new delta of everything saved since the full build.
    await step('search', async () => {
      const changedSinceFull = new Set([...build.searchChanged, ...ids])
      build.mainPages ??= readMainPages(path.join(build.dir, 'pagefind'))
      const records = [...changedSinceFull].flatMap((id) => {
        const program = programs.get(id)
        return program ? [programSearchRecord(program)] : []
      })
      writeSearchDelta(build.dir, records, [...changedSinceFull].map(programPath), build.mainPages)
      build.searchChanged = changedSinceFull
    })

    build.data = data
    build.programs = programs
    build.statsPrograms = statsPrograms
    build.readFrom = readFrom
    return { changed: ids.length, programs: programs.size, programPages, pagesChanged, durationMs: Math.round(performance.now() - started), steps, programPagesLiveMs }
  } catch (error) {
    // What is live may now be ahead of what this process remembers: the next change builds in full.
    forgetLiveBuild(options.paths)
    throw error
  }
}

/**
 * The programs' own pages, at once, while a publish is busy in its slow steps (the runner calls
 * this when a save arrives during a job: cms/jobs/siteQueue.ts). Writes the page of every program
 * saved since the pages on disk were last brought up to date — or removes it when the program
 * left the site — each written beside its target and renamed over it, and nothing else: the
 * publish job the same save queued follows with the lists, company pages, feeds and search, and
 * writes these pages again from its own reading. A program the schema refuses is left to that job.
 * Returns the pages written or removed, or null when this process has no live build to patch.
 */
export async function publishProgramPagesNow(payload: Payload, options: Pick<IncrementalOptions, 'paths'>): Promise<number | null> {
  const build = currentLive(options.paths)
  if (!build) return null
  const readFrom = new Date()
  const saved = await readSavedPrograms(payload, build, build.pagesReadFrom)
  if (!saved.ids.length) return 0
  const companyUrls = companyUrlsOf(build.data)
  let written = 0
  for (const id of saved.ids) {
    let view: PublicProgram | undefined
    try {
      view = saved.viewOf(id)
    } catch {
      continue
    }
    const url = view?.url ?? build.programs.get(id)?.url
    if (!url) continue
    const file = programFile(build.dir, { url })
    if (view) {
      const temp = stage(file, programPageHtml(build.data, view, companyUrls))
      if (sameBytes(temp, file)) fs.rmSync(temp, { force: true })
      else {
        fs.renameSync(temp, file)
        written++
      }
    } else if (fs.existsSync(file)) {
      removeFile(file)
      written++
    }
  }
  // Only forward: a publish job may have read later meanwhile.
  if (readFrom > build.pagesReadFrom) build.pagesReadFrom = readFrom
  return written
}
