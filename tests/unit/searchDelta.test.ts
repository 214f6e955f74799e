/**
 * The search after incremental publishes (site/search/delta.ts, site/search/siteSearch.ts): the
 * full build's Pagefind index plus the delta manifest of the programs saved since, searched as
 * the browser searches them, answers every query as a fresh index of the same programs does —
 * the same programs in the same order, the same filter counts. On the demo's own words, with a
 * program edited (its old words gone, new ones added, its deadline moved), one withdrawn, and new
 * ones added; the index is cut into small chunks, as a large site's is.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { PublicProgram } from '../../site/data/schema'
import { readMainPages, writeEmptyDeltaManifest, writeSearchDelta } from '../../site/search/delta'
import { programSearchRecord, writeSearchIndex } from '../../site/search/indexPrograms'
import { indexForm } from '../../site/search/korean'
import { mergeByKey } from '../../site/search/siteSearch'
import { demoPrograms } from '../helpers/demoPrograms'
import { openPagefind } from '../helpers/pagefindInNode'

const all = demoPrograms()
const before = all.slice(0, all.length - 3)
const edited: PublicProgram = { ...before[3]!, title: '증분 검색 확인용 새 제목 메타버스', summary: '바뀐 요약입니다.', applyEnd: before[0]!.applyEnd }
const withdrawn = before[5]!
const added = all.slice(all.length - 3)
const after = [...before.filter((p) => p !== withdrawn && p.id !== edited.id), edited, ...added]

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'winwinnuri-delta-'))
const CHUNK_SIZE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'
let patched: Awaited<ReturnType<typeof openPagefind>>
let fresh: Awaited<ReturnType<typeof openPagefind>>

async function index(programs: PublicProgram[], dir: string): Promise<void> {
  await writeSearchIndex(programs.map(programSearchRecord), dir)
  writeEmptyDeltaManifest(dir)
}

beforeAll(async () => {
  const chunkSize = process.env[CHUNK_SIZE]
  process.env[CHUNK_SIZE] = '300'
  try {
    await index(before, path.join(root, 'live'))
    await index(after, path.join(root, 'fresh'))
  } finally {
    if (chunkSize === undefined) delete process.env[CHUNK_SIZE]
    else process.env[CHUNK_SIZE] = chunkSize
  }
  const mainPages = readMainPages(path.join(root, 'live', 'pagefind'))
  const written = writeSearchDelta(path.join(root, 'live'), [edited, ...added].map(programSearchRecord), [edited, withdrawn, ...added].map((p) => p.url), mainPages)
  expect(written).toEqual({ records: 4, removed: 2 })
  patched = await openPagefind(path.join(root, 'live', 'pagefind'))
  fresh = await openPagefind(path.join(root, 'fresh', 'pagefind'))
}, 60_000)

afterAll(async () => {
  await fresh?.close()
  await patched?.close()
  fs.rmSync(root, { recursive: true, force: true })
})

describe('the full build index plus the delta answers as a fresh index', () => {
  const queries = [
    '', '메타버스', '증분 검색', '새 제목', '바뀐', before[3]!.title, withdrawn.title, ...added.map((p) => p.title),
    '중소기업', '교육', '원자력', '기술 지원', '발주처·바이어', '서울에서', '상생', '협력', '지원', '2026', 'kotra', '없는낱말쿼리',
  ]

  test('the readMainPages map names every page of the main index by its URL', () => {
    const pages = readMainPages(path.join(root, 'live', 'pagefind'))
    expect([...pages.keys()].sort()).toEqual(before.map((p) => p.url).sort())
    expect(new Set([...pages.values()].map((page) => page.id)).size).toBe(before.length)
    expect(pages.get(withdrawn.url)!.filters.phase).toEqual([withdrawn.phaseLabel])
  })

  test('the same programs in the same order, for every query', async () => {
    for (const query of queries) expect(await patched.find(query), query).toEqual(await fresh.find(query))
    // The queries reach the changed programs: the edit's new words, not its old ones; not the withdrawn one.
    expect(await patched.find('메타버스')).toEqual([edited.url])
    expect(await patched.find(withdrawn.title)).not.toContain(withdrawn.url)
    expect(await patched.find(added[0]!.title)).toContain(added[0]!.url)
    expect((await patched.find('')).length).toBe(after.length)
  })

  test('the same programs under filters, and the same filter counts', async () => {
    const phases = [...new Set(after.map((p) => p.phaseLabel))]
    for (const phase of phases) {
      for (const query of ['', '지원', '교육']) {
        expect(await patched.find(query, { phase: [phase] }), `${query} ${phase}`).toEqual(await fresh.find(query, { phase: [phase] }))
      }
    }
    expect(await patched.counts()).toEqual(await fresh.counts())
    for (const term of ['지원', '교육', '메타버스']) expect(await patched.counts(indexForm(term)), term).toEqual(await fresh.counts(indexForm(term)))
    expect(await patched.counts(null, { phase: [phases[0]!] })).toEqual(await fresh.counts(null, { phase: [phases[0]!] }))
  })

  test('after a restart (no chunk loaded, nothing remembered) the answers are the same', async () => {
    await patched.restart()
    for (const query of ['메타버스', '중소기업', '기술 지원']) expect(await patched.find(query), query).toEqual(await fresh.find(query))
  })
})

describe('mergeByKey', () => {
  test('places each item of the short list by its key, reading the keys of few items of the long one', async () => {
    const long = Array.from({ length: 1000 }, (_, i) => `k${String(i * 2).padStart(5, '0')}`)
    const short = ['k00001', 'k00999', 'k01998', 'k09999']
    const read = new Set<string>()
    const merged = await mergeByKey(long, short, async (item) => {
      read.add(item)
      return item
    })
    expect(merged).toEqual([...long, ...short].sort())
    // About log₂(1000) ≈ 10 per short item, not 1000.
    expect([...read].filter((item) => long.includes(item)).length).toBeLessThan(60)
  })

  test('keeps either list whole when the other is empty', async () => {
    const key = async (item: string) => item
    expect(await mergeByKey(['a', 'c'], [], key)).toEqual(['a', 'c'])
    expect(await mergeByKey([], ['b'], key)).toEqual(['b'])
  })
})
