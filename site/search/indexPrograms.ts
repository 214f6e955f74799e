/**
 * Builds the Pagefind index for /programs/ from the program view models rather than from the
 * rendered pages, so the filters, the sort keys and the card fields come straight from data
 * and no template markup has to carry data-pagefind-* attributes.
 */
import { constants } from 'node:fs'
import { access, mkdir } from 'node:fs/promises'
import path from 'node:path'
import * as pagefind from 'pagefind'
import { PUBLIC_PHASE_ORDER } from '../../kernel/rules/phase'
import { REGIONS } from '../../kernel/rules/valueLists'
import { htmlToText } from '../data/richText'
import type { PublicProgram } from '../data/schema'
import { koreanSearchTerms, tokenize } from './korean'

export type SearchRecord = {
  url: string
  title: string
  text: string
  filters: Record<string, string[]>
  meta: Record<string, string>
  sort?: Record<string, string>
}

/** Records in flight to the Pagefind process at once. */
const SEND_WINDOW = 100

/** Per call; the whole index of a few thousand programs takes seconds. */
const ANSWER_TIMEOUT_MS = 120_000

/**
 * Writes `${outDir}/pagefind/`. Pagefind indexes the content as given, whitespace-separated, so
 * the content is the text followed by the particle-free stems it lacks: 서울은 becomes findable
 * as 서울 without changing what a reader sees.
 */
export async function writeSearchIndex(records: Iterable<SearchRecord>, outDir: string): Promise<{ pages: number }> {
  const outputPath = path.join(outDir, 'pagefind')
  // Pagefind panics on a path it cannot create, and that ends the build with exit code 0.
  try {
    await mkdir(outputPath, { recursive: true })
    await access(outputPath, constants.W_OK)
  } catch (error) {
    throw new Error(`Pagefind cannot write the index to ${outputPath}: ${(error as Error).message}`, { cause: error })
  }

  try {
    const created = await answered('creating the index', pagefind.createIndex({ forceLanguage: 'ko' }))
    const index = created.index
    if (!index || created.errors.length > 0) fail('could not create the index', created.errors)

    // Records go out a window at a time: the Pagefind process keeps working while this process
    // renders pages, and only one window of messages waits in the pipe (sending every record at
    // once held all of them in memory while Pagefind caught up).
    let pages = 0
    let window: SearchRecord[] = []
    const flush = async () => {
      const results = await Promise.all(window.map((record) => answered(`adding ${record.url}`, index.addCustomRecord({
        url: record.url,
        content: withStems(record.text),
        language: 'ko',
        meta: { ...record.meta, title: record.title },
        filters: record.filters,
        sort: record.sort,
      }))))
      const refused = results.findIndex((added) => added.errors.length > 0)
      if (refused >= 0) fail(`could not add ${window[refused].url}`, results[refused].errors)
      pages += window.length
      window = []
    }
    for (const record of records) {
      window.push(record)
      if (window.length >= SEND_WINDOW) await flush()
    }
    await flush()

    const written = await answered('writing the files', index.writeFiles({ outputPath }))
    if (written.errors.length > 0) fail('could not write the index files', written.errors)
    return { pages }
  } finally {
    // The service is one child process per Node process; leaving it running keeps the build alive.
    await pagefind.close()
  }
}

/**
 * If the Pagefind binary dies (a Rust panic) its pending promise never settles and Node, with
 * nothing left to wait for, exits 0 halfway through the build. The timer keeps Node waiting
 * and turns the silence into an error; a message Pagefind rejects gets the step named.
 */
async function answered<T>(what: string, call: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const silence = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Pagefind did not answer within ${ANSWER_TIMEOUT_MS / 1000} s when ${what}; its own output above says why`)),
      ANSWER_TIMEOUT_MS,
    )
  })
  try {
    return await Promise.race([call, silence])
  } catch (error) {
    const message = (error as Error).message ?? String(error)
    throw message.startsWith('Pagefind did not answer') ? error : new Error(`Pagefind failed ${what}: ${message}`, { cause: error })
  } finally {
    clearTimeout(timer)
  }
}

function withStems(text: string): string {
  const words = new Set(tokenize(text))
  const stems = koreanSearchTerms(text).filter((term) => !words.has(term))
  return stems.length > 0 ? `${text} ${stems.join(' ')}` : text
}

function fail(what: string, errors: string[]): never {
  throw new Error(`Pagefind ${what}: ${errors.length > 0 ? errors.join('; ') : 'no index returned'}`)
}

/** One program as the search sees it: what it can be found by, filtered by, and shown with. */
export function programSearchRecord(program: PublicProgram): SearchRecord {
  const text = [
    program.title,
    program.summary,
    program.purpose,
    program.supportFieldLabel,
    program.targetScopeLabel,
    ...program.regionLabels,
    program.company.name,
    program.business.name,
    program.eligibilityDetails,
    program.howToApply,
    program.notes,
    htmlToText(program.detailsHtml),
  ]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join('\n')

  return {
    url: program.url,
    title: program.title,
    text,
    filters: filterValues({
      field: [program.supportFieldLabel],
      scope: [program.targetScopeLabel],
      phase: [program.phaseLabel],
      // A nationwide program is open in every region, so each region's filter lists it.
      region: program.regions.includes('nationwide') ? REGIONS.map((r) => r.ko) : program.regionLabels,
      company: [program.company.name],
    }),
    meta: {
      title: program.title,
      company: program.company.name,
      phase: program.phaseLabel,
      phaseCode: program.phase,
      field: program.supportFieldLabel,
      scope: program.targetScopeLabel,
      apply: `${program.applyStart} ~ ${program.applyEnd}`,
      summary: program.summary,
    },
    // ISO days sort correctly as strings, and Pagefind compares non-numeric keys as strings.
    sort: { deadline: program.applyEnd, registered: program.registeredOn, order: listOrder(program) },
  }
}

/**
 * A key whose ascending string order is compareByPhaseThenDeadline, the order of the static
 * list: phase rank, then the deadline — reversed for closed programs (newest first) by
 * replacing every digit d with 9 - d.
 */
function listOrder(program: PublicProgram): string {
  const rank = PUBLIC_PHASE_ORDER.indexOf(program.phase)
  const day = program.phase === 'closed' ? program.applyEnd.replace(/\d/g, (d) => String(9 - Number(d))) : program.applyEnd
  return `${rank}:${day}`
}

/** A blank label would show up as a nameless choice in the filter lists. */
function filterValues(filters: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(filters)
      .map(([name, values]) => [name, values.filter((value) => value.trim() !== '')] as const)
      .filter(([, values]) => values.length > 0),
  )
}
