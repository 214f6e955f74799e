/**
 * One full build of the public site: read the public content, render it (the program pages by
 * site/publish/programPages.ts, every other page by Eleventy) into a fresh folder, add the
 * Korean-aware search index, the search script and the images, check the result, then switch
 * the live site to it in one step. What it read is remembered for the incremental publish of
 * later program changes (site/publish/incremental.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import Eleventy from '@11ty/eleventy'
import type { Payload } from 'payload'
import { DATA_DIR } from '../../kernel/settings/env'
import { bundleSearchClient } from '../client/bundle'
import { assembleSiteData, readSiteSources } from '../data/load'
import { siteConfig, SITE_SOURCE } from '../eleventy.config'
import { Pictures } from '../images/pictures'
import { programSearchRecord, writeSearchIndex, type SearchRecord } from '../search/indexPrograms'
import type { PublicProgram } from '../data/schema'
import { rememberLiveBuild } from './incremental'
import { writeEmptyDeltaManifest } from '../search/delta'
import { createBuildDir, defaultSitePaths, goLive, pruneBuilds, type SitePaths } from './output'
import { writeProgramPages } from './programPages'
import { renderWebEditions } from './webEditions'

export type BuildStep = 'load' | 'render' | 'search' | 'assets' | 'publish'
export const BUILD_STEP_LABELS: Record<BuildStep, string> = {
  load: '공개 콘텐츠 읽기',
  render: '페이지 만들기 (Eleventy)',
  search: '검색 색인 만들기 (Pagefind)',
  assets: '검색 스크립트와 이미지',
  publish: '확인 후 공개',
}

export type BuildOptions = {
  siteUrl: string
  now?: Date
  paths?: SitePaths
  /** Encoded images outlive builds here (see site/images/pictures.ts). */
  imageCacheDir?: string
  /** Leave the live link alone (benchmarks and tests that only want the files). */
  publish?: boolean
  onStep?: (step: BuildStep, phase: 'start' | 'done', ms?: number) => void
}

export type BuildReport = {
  dir: string
  pages: number
  programs: number
  images: number
  searchPages: number
  durationMs: number
  steps: Partial<Record<BuildStep, number>>
}

export async function buildSite(payload: Payload, options: BuildOptions): Promise<BuildReport> {
  const started = performance.now()
  const now = options.now ?? new Date()
  const paths = options.paths ?? defaultSitePaths()
  const steps: BuildReport['steps'] = {}
  const step = async <T>(name: BuildStep, work: () => Promise<T>): Promise<T> => {
    options.onStep?.(name, 'start')
    const t0 = performance.now()
    const result = await work()
    steps[name] = Math.round(performance.now() - t0)
    options.onStep?.(name, 'done', steps[name])
    return result
  }

  // Changes saved from here on are newer than this build: the next incremental publish reads them.
  const readFrom = new Date()
  const { sources, data } = await step('load', async () => {
    const sources = await readSiteSources(payload)
    return { sources, data: assembleSiteData(sources, { now, siteUrl: options.siteUrl }) }
  })
  const dir = createBuildDir(paths, now)
  try {
    const pictures = new Pictures(options.imageCacheDir ?? path.join(DATA_DIR, 'cache', 'img'))
    // Pagefind indexes from the data, not the pages, so it runs in its own process while
    // Eleventy renders: on two cores the two overlap almost entirely.
    const indexing = step('search', () => writeSearchIndex(searchRecords(data.programs), dir))
    indexing.catch(() => undefined) // awaited below; a failure must not go unhandled meanwhile
    const { pages, eleventyOutputs } = await step('render', async () => {
      // The web editions are whole pages rendered by the newsletter renderer (MJML), ahead of Eleventy.
      const editions = await renderWebEditions(data)
      const eleventy = new Eleventy(SITE_SOURCE, dir, { quietMode: true, config: siteConfig({ data, pictures, editions }) })
      const [, templates] = (await eleventy.write()) as [unknown, { outputPath: string | false }[]]
      const eleventyOutputs = templates.flatMap((page) => (page.outputPath ? [path.relative(dir, page.outputPath)] : []))
      return { pages: eleventyOutputs.length + (await writeProgramPages(dir, data)), eleventyOutputs }
    })
    const search = await indexing
    // Nothing to merge into this index yet: incremental publishes add their deltas (site/search/delta.ts).
    writeEmptyDeltaManifest(dir)
    const images = await step('assets', async () => {
      fs.cpSync(path.join(SITE_SOURCE, 'assets'), path.join(dir, 'assets'), { recursive: true })
      await bundleSearchClient(dir)
      return pictures.publish(dir)
    })
    await step('publish', async () => {
      checkBuild(dir, data.programs.map((p) => p.url))
      if (options.publish !== false) {
        goLive(paths, dir)
        rememberLiveBuild({ paths, dir, sources, data, now, readFrom, eleventyOutputs })
        pruneBuilds(paths)
      }
    })
    return { dir, pages, programs: data.programs.length, images, searchPages: search.pages, durationMs: Math.round(performance.now() - started), steps }
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true })
    throw error
  }
}

/** One search record at a time, made as the indexer asks for it. */
function* searchRecords(programs: PublicProgram[]): Generator<SearchRecord> {
  for (const program of programs) yield programSearchRecord(program)
}

/** Refuses to publish a build that lacks the pages every reader starts from. */
function checkBuild(dir: string, programUrls: string[]): void {
  const required = ['index.html', 'programs/index.html', 'pagefind/pagefind.js', 'assets/search.js', 'assets/site.css', '404.html']
  const missing = required.filter((file) => !fs.existsSync(path.join(dir, file)))
  const missingPrograms = programUrls.filter((url) => !fs.existsSync(path.join(dir, url, 'index.html')))
  if (missing.length || missingPrograms.length) {
    throw new Error(`빌드 결과가 불완전합니다: ${[...missing, ...missingPrograms.slice(0, 5)].join(', ')}${missingPrograms.length > 5 ? ` 외 ${missingPrograms.length - 5}개` : ''}`)
  }
}
