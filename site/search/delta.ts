/**
 * The search side of an incremental publish (site/publish/incremental.ts, its last step).
 * Pagefind cannot change an index in place, and indexing every program again takes most of a
 * full build, so the programs saved since the full build go to the browser as search records of
 * their own, in `pagefind/delta.json`, with the pages of the main index they replace
 * (site/search/siteSearch.ts searches the two as one). Each publish writes the complete delta of
 * everything saved since the full build and renames it over the last one: a reader gets the old
 * manifest or the new one, never half of one. The next full build indexes everything again and
 * starts with an empty manifest.
 */
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import zlib from 'node:zlib'
import type { SearchRecord } from './indexPrograms'
import { indexForm } from './korean'
import { DELTA_MANIFEST, NO_DELTA, type DeltaManifest, type DeltaRecord, type RemovedPage } from './siteSearch'

const SIGNATURE = 'pagefind_dcd'

/** A page of the main index as the delta needs it: Pagefind's id for it, and its filter values. */
export type MainPage = RemovedPage

/**
 * The pages of a Pagefind bundle by URL, read from its fragment files (gzip over the signature
 * and JSON; a file holds one page, named by its id, or a group of pages keyed by their ids).
 */
export function readMainPages(bundleDir: string): Map<string, MainPage> {
  const pages = new Map<string, MainPage>()
  const dir = path.join(bundleDir, 'fragment')
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.pf_fragment')) continue
    const bytes = zlib.gunzipSync(fs.readFileSync(path.join(dir, name)))
    const text = bytes.subarray(bytes.subarray(0, SIGNATURE.length).toString() === SIGNATURE ? SIGNATURE.length : 0).toString('utf8')
    const parsed = JSON.parse(text) as Fragment | Record<string, Fragment>
    const entries: [string, Fragment][] = isFragment(parsed) ? [[name.slice(0, -'.pf_fragment'.length), parsed]] : Object.entries(parsed)
    for (const [id, fragment] of entries) pages.set(fragment.url, { id, filters: fragment.filters ?? {} })
  }
  return pages
}

type Fragment = { url: string; filters?: Record<string, string[]> }
const isFragment = (value: unknown): value is Fragment => typeof (value as Fragment).url === 'string'

/** Writes the manifest with nothing to merge: what a full build starts with. */
export function writeEmptyDeltaManifest(siteDir: string): void {
  writeManifest(siteDir, NO_DELTA)
}

/** A program's search record as the delta carries it: the terms as the index holds them, the card fields readable. */
export function deltaRecord(record: SearchRecord): DeltaRecord {
  return {
    url: record.url,
    words: record.terms.words.map(indexForm),
    inner: record.terms.inner.map(indexForm),
    filters: record.filters,
    meta: { ...record.meta, title: record.title },
  }
}

/**
 * Writes the delta: `records` (the public programs saved since the full build) and, as removed,
 * every main-index page at `urls` (the same programs' pages, and those of programs no longer
 * public). Returns how many of each.
 */
export function writeSearchDelta(siteDir: string, records: SearchRecord[], urls: Iterable<string>, mainPages: ReadonlyMap<string, MainPage>): { records: number; removed: number } {
  const removed = [...new Set(urls)].flatMap((url) => {
    const page = mainPages.get(url)
    return page ? [page] : []
  })
  writeManifest(siteDir, { records: records.map(deltaRecord), removed })
  return { records: records.length, removed: removed.length }
}

function writeManifest(siteDir: string, manifest: DeltaManifest): void {
  const file = path.join(siteDir, 'pagefind', DELTA_MANIFEST)
  const temp = `${file}.next-${process.pid}-${crypto.randomBytes(3).toString('hex')}`
  fs.writeFileSync(temp, JSON.stringify(manifest))
  fs.renameSync(temp, file)
}
