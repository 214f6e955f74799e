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
import { concealWords } from './cardText'
import { indexForm, indexTerms, type IndexTerms } from './korean'

export type SearchRecord = {
  url: string
  title: string
  /** What the program is found by: korean.ts indexTerms of all its public text. */
  terms: IndexTerms
  filters: Record<string, string[]>
  meta: Record<string, string>
  sort?: Record<string, string>
}

/** Records in flight to the Pagefind process at once. */
const SEND_WINDOW = 100

/** Per call; the whole index of a few thousand programs takes seconds. */
const ANSWER_TIMEOUT_MS = 120_000

/**
 * Writes `${outDir}/pagefind/`, one custom record per SearchRecord (pagefindRecord). The index
 * holds search terms, not the text: the result cards show the metadata, never an excerpt.
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
      const results = await Promise.all(window.map((record) => answered(`adding ${record.url}`, index.addCustomRecord(pagefindRecord(record)))))
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

/**
 * What Pagefind indexes for a record: its words, then its inner terms at weight 0, so a result
 * found only through an inner term scores 0 and one with a word that begins with the query
 * scores above it (ranking.ts orders by that). Every term is in indexForm; the metadata, which
 * Pagefind would search too, is concealed (cardText.ts) and revealed by the result card.
 *
 * The weight is Pagefind's own in-text marker, the one its HTML reader writes for
 * data-pagefind-weight; custom records pass their content through the same reader (pagefind
 * fossick parse_digest). An HTML record with a data-pagefind-weight="0" element indexes the same
 * (the same bytes) but cost the Pagefind process about 12% more time and this one about 20% more
 * at 11,140 programs. tests/unit/searchIndex.test.ts holds the marker to its effect. The terms
 * are letters and digits only, so no text of a program can pose as a marker.
 */
export function pagefindRecord(record: SearchRecord) {
  const words = record.terms.words.map(indexForm).join(' ')
  const inner = record.terms.inner.map(indexForm).join(' ')
  return {
    url: record.url,
    content: inner === '' ? words : `${words} ___PAGEFIND_WEIGHT___0 ${inner} ___END_PAGEFIND_WEIGHT___`,
    language: 'ko',
    meta: Object.fromEntries(Object.entries({ ...record.meta, title: record.title }).map(([key, value]) => [key, concealWords(value)])),
    filters: record.filters,
    sort: record.sort,
  }
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
    program.phaseLabel,
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

  const order = listOrder(program)
  return {
    url: program.url,
    title: program.title,
    terms: indexTerms(text),
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
      // The sort key again, readable from a result: siteSearch.ts merges an incremental publish's
      // delta into the main index's results by it.
      order,
    },
    // ISO days sort correctly as strings, and Pagefind compares non-numeric keys as strings.
    sort: { deadline: program.applyEnd, registered: program.registeredOn, order },
  }
}

/**
 * A key whose ascending string order is the static list's (site/eleventy.config.ts listOrder):
 * phase rank, then the deadline — reversed for closed programs (newest first) by replacing every
 * digit d with 9 - d — then the id, shorter first (numbers by value), so that no two programs
 * share a key and an incremental publish's delta merges into the main results exactly.
 */
export function listOrder(program: Pick<PublicProgram, 'phase' | 'applyEnd' | 'id'>): string {
  const rank = PUBLIC_PHASE_ORDER.indexOf(program.phase)
  const day = program.phase === 'closed' ? program.applyEnd.replace(/\d/g, (d) => String(9 - Number(d))) : program.applyEnd
  return `${rank}:${day}:${String(program.id.length).padStart(3, '0')}:${program.id}`
}

/** A blank label would show up as a nameless choice in the filter lists. */
function filterValues(filters: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(filters)
      .map(([name, values]) => [name, values.filter((value) => value.trim() !== '')] as const)
      .filter(([, values]) => values.length > 0),
  )
}
