/**
 * The /programs/ search on the demo's own words (seed/data: titles, summaries, details, company
 * names), against a Pagefind index really built by writeSearchIndex and searched the way the
 * browser searches it (tests/helpers/pagefindInNode.ts). The index is cut into small chunks, as
 * a large site's is, so that queries cross chunk boundaries.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { indexForm, queryTerms } from '../../site/search/korean'
import { programSearchRecord, writeSearchIndex, type SearchRecord } from '../../site/search/indexPrograms'
import { demoPrograms } from '../helpers/demoPrograms'
import { openPagefind } from '../helpers/pagefindInNode'

const programs = demoPrograms()
const records = programs.map(programSearchRecord)
/** A title fragment that names one demo program. */
const urlOf = (fragment: string) => {
  const urls = programs.filter((program) => program.title.includes(fragment)).map((program) => program.url)
  if (urls.length !== 1) throw new Error(`"${fragment}" names ${urls.length} demo programs`)
  return urls[0]!
}

/** Every program that a query should find by the index's own rule: each term begins some term of its text. */
function expected(query: string, variant: 'whole' | 'any' = 'any'): string[] {
  const terms = queryTerms(query).map(indexForm)
  const keys = (record: SearchRecord) => [...record.terms.words, ...(variant === 'any' ? record.terms.inner : [])].map(indexForm)
  return records.filter((record) => terms.every((term) => keys(record).some((key) => key.startsWith(term)))).map((record) => record.url).sort()
}

let outDir: string
let index: Awaited<ReturnType<typeof openPagefind>>
const CHUNK_SIZE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'winwinnuri-queries-'))
  const chunkSize = process.env[CHUNK_SIZE]
  // Word-page entries per chunk (Pagefind's default is 20,000): dozens of chunks for the demo.
  process.env[CHUNK_SIZE] = '300'
  try {
    await writeSearchIndex(records, outDir)
  } finally {
    if (chunkSize === undefined) delete process.env[CHUNK_SIZE]
    else process.env[CHUNK_SIZE] = chunkSize
  }
  index = await openPagefind(path.join(outDir, 'pagefind'))
}, 60_000)

afterAll(async () => {
  await index?.close()
  fs.rmSync(outDir, { recursive: true, force: true })
})

const found = async (query: string) => (await index.find(query)).sort()

describe('a word inside a longer word', () => {
  test.each([
    ['중소기업', '협력중소기업 홍보지원사업'], // 협력중소기업
    ['원자력', '원전 협력사 기술인력 양성 지원'], // 한국수력원자력
    ['수력', '원전 협력사 기술인력 양성 지원'],
    ['교육', '원전 협력사 기술인력 양성 지원'], // 실무교육을
    ['처리장', '물산업 혁신제품 성능확인 지원'], // 정수장·하수처리장
    ['팩토리', 'KOSPO 그린팩토리 지원 사업'],
  ])('%s finds %s', async (query, title) => {
    expect(await found(query)).toContain(urlOf(title))
  })

  test('finds exactly the programs whose text holds the word anywhere, for every query of the set', async () => {
    for (const query of ['중소기업', '원자력', '수력', '교육', '실무교육', '처리장', '발주처', '바이어', '임치', '물산업', '스마트공장', '공장', '상생', '협력']) {
      expect(await found(query), query).toEqual(expected(query))
    }
  })
})

describe('words joined by punctuation or written apart', () => {
  test('발주처 and 바이어 each find 발주처·바이어, and so does the pair typed either way', async () => {
    const roadshow = urlOf('물산업 해외 로드쇼')
    expect(await found('발주처')).toContain(roadshow)
    expect(await found('바이어')).toContain(roadshow)
    expect(await found('발주처·바이어')).toEqual([roadshow])
    expect(await found('발주처ㆍ바이어')).toEqual([roadshow]) // the Hangul letter used as a dot
    expect(await found('발주처 바이어')).toEqual([roadshow])
  })

  test('TEST-BED is found as typed, joined, or by its parts', async () => {
    const testBed = urlOf('TEST-BED')
    for (const query of ['TEST-BED', 'testbed', 'test', 'bed']) expect(await found(query), query).toContain(testBed)
  })

  /** The programs a spaced pair should list first: both words begin words, or the joined word begins one. */
  const firstFor = (a: string, b: string) => [...new Set([...expected(`${a} ${b}`, 'whole'), ...expected(a + b, 'whole')])].sort()

  test.each([
    ['기술', '지원'],
    ['하수', '처리장'],
    ['상생', '협력'],
  ])('%s %s meets the joined word, and the programs that hold it are listed first', async (a, b) => {
    const joined = expected(a + b)
    expect(joined.length).toBeGreaterThan(0)
    const ranked = await index.find(`${a} ${b}`)
    const first = firstFor(a, b)
    expect(ranked).toEqual(expect.arrayContaining(joined))
    expect(ranked.slice(0, first.length).sort()).toEqual(first)
    expect(first).toEqual(expect.arrayContaining(expected(a + b, 'whole')))
  })

  test('a joined word is listed first even where its second half begins no word of the program (중소 기업 in 중소기업이)', async () => {
    const onlyJoined = expected('중소기업', 'whole').filter((url) => !expected('기업', 'whole').includes(url))
    expect(onlyJoined.length).toBeGreaterThan(0)
    const ranked = await index.find('중소 기업')
    const first = firstFor('중소', '기업')
    expect(first).toEqual(expect.arrayContaining(onlyJoined))
    expect(ranked.slice(0, first.length).sort()).toEqual(first)
  })
})

describe('particles', () => {
  test('서울에서 finds 서울 in every form, as 서울 does', async () => {
    expect(await found('서울에서')).toEqual(await found('서울'))
    expect((await found('서울')).length).toBeGreaterThan(0)
  })

  test('실무교육을 is 실무교육', async () => {
    expect(await found('실무교육을')).toEqual(expected('실무교육'))
  })
})

describe('ranking: exact and prefix matches before inner ones, each in the list order', () => {
  test('원자력: the program that has the word comes before the one that has 한국수력원자력', async () => {
    expect(await index.find('원자력')).toEqual([urlOf('원자력 품질보증실무'), urlOf('원전 협력사 기술인력 양성 지원')])
  })

  test('교육: a closed program with the word 교육 comes before an ongoing one with only 실무교육을', async () => {
    const ranked = await index.find('교육')
    const wholeClosed = urlOf('도면해독 실무') // 종료, "[교육]"
    const innerOngoing = urlOf('원전 협력사 기술인력 양성 지원') // 진행중, "실무교육을"
    expect(ranked.indexOf(wholeClosed)).toBeLessThan(ranked.indexOf(innerOngoing))
    // Without the ranking the list order would put the ongoing one first.
    const listed = (await index.pagefind.search(indexForm('교육'), { sort: { order: 'asc' } })).results
    const listedUrls = await Promise.all(listed.map(async (result) => (await result.data()).url))
    expect(listedUrls.indexOf(innerOngoing)).toBeLessThan(listedUrls.indexOf(wholeClosed))
  })

  test('중소기업: every program with a word that begins with 중소기업 comes before those with only 협력중소기업', async () => {
    const ranked = await index.find('중소기업')
    const whole = new Set(expected('중소기업', 'whole'))
    const firstInner = ranked.findIndex((url) => !whole.has(url))
    expect(firstInner).toBe(whole.size)
    expect(ranked.slice(firstInner).length).toBeGreaterThan(0)
  })
})

describe('precision: a query no program contains finds nothing', () => {
  test.each([
    ['없는단어'],
    ['메타버스'],
    ['블록체인'],
    ['교육센터'], // begins with 교육: Pagefind alone falls back to 교육
    ['원자력발전소'], // begins with 원자력
    ['반도체장비'], // begins with 반도체
    ['기수'], // 기술 is 기수 + ㄹ: Pagefind alone matches jamo by jamo
    ['기어'], // 기업
    ['신처'], // 신청
    ['교유'], // 교육
    ['교육 메타버스'], // one word nobody wrote
    ['zqxj'],
  ])('%s', async (query) => {
    expect(await found(query)).toEqual([])
  })

  test('Pagefind alone falls back to a shorter word that begins the query', async () => {
    const alone = (await index.pagefind.search(indexForm('교육센터'))).results.length
    expect(alone).toBeGreaterThan(0)
  })
})

describe('one syllable', () => {
  // Decided: a one-syllable query matches inside words too (업 in 기업), like any other query,
  // but the programs with a word that begins with it come first; it never matches a syllable
  // that only begins a longer one (차 does not find 참가).
  test('업 lists the programs with a word beginning with 업 first, then those with 업 inside a word', async () => {
    const ranked = await index.find('업')
    const whole = new Set(expected('업', 'whole'))
    expect(ranked.slice(0, whole.size).sort()).toEqual([...whole].sort())
    expect(ranked.sort()).toEqual(expected('업'))
  })

  test('차 finds 차 as a syllable, never a syllable that begins with it (참가, 착수)', async () => {
    const urls = await found('차')
    expect(urls).toEqual(expected('차'))
    const onlyChamga = records.filter((record) => record.terms.words.some((word) => word.includes('참가')) && !expected('차').includes(record.url))
    expect(onlyChamga.length).toBeGreaterThan(0)
    for (const record of onlyChamga) expect(urls).not.toContain(record.url)
  })
})

describe('index chunks', () => {
  test('Pagefind alone, fresh, misses programs whose words sort into the next chunk; the search loads every chunk first', async () => {
    // Two-syllable beginnings of the demo's common words; with chunks this small some cross a boundary.
    const beginnings = [...new Set(records.flatMap((record) => record.terms.words.filter((word) => /^[가-힣]{3,}$/.test(word)).map((word) => word.slice(0, 2))))]
      .filter((term) => expected(term).length >= 5)
    const missed: string[] = []
    for (const term of beginnings) {
      await index.restart()
      if ((await index.pagefind.search(indexForm(term))).results.length < expected(term).length) missed.push(term)
    }
    expect(missed.length).toBeGreaterThan(0)
    for (const term of missed) {
      await index.restart()
      expect(await found(term), term).toEqual(expected(term))
    }
  }, 60_000)
})
