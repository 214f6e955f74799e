import { describe, expect, test } from 'vitest'
import { concealWords, revealWords } from '../../site/search/cardText'
import { chunksFor, parseIndexChunks } from '../../site/search/indexChunks'
import { joinedPairs, NOT_FOUND, planQuery, rankResults, type TermMatch } from '../../site/search/ranking'

const match = (...whole: string[]): TermMatch => ({ found: true, whole: new Set(whole) })
const matches = (entries: Record<string, TermMatch>) => new Map(Object.entries(entries))

describe('joinedPairs', () => {
  test('joins each pair of neighbours', () => {
    expect(joinedPairs(['기술', '지원', '사업'])).toEqual(['기술지원', '지원사업'])
    expect(joinedPairs(['기술'])).toEqual([])
  })
})

describe('planQuery', () => {
  test('keeps the terms when each is found', () => {
    expect(planQuery(['기술', '지원'], matches({ 기술: match(), 지원: match(), 기술지원: match() }))).toEqual(['기술', '지원'])
  })

  test('joins a term no program holds to its neighbour when the joined word exists (연구 소 → 연구소)', () => {
    expect(planQuery(['연구', '소'], matches({ 연구: match(), 소: NOT_FOUND, 연구소: match() }))).toEqual(['연구소'])
    expect(planQuery(['스마', '트공장', '지원'], matches({ 스마: NOT_FOUND, 트공장: match(), 스마트공장: match(), 지원: match() }))).toEqual(['스마트공장', '지원'])
  })

  test('is null when a term is found neither alone nor joined: nothing can match', () => {
    expect(planQuery(['교육센터'], matches({ 교육센터: NOT_FOUND }))).toBeNull()
    expect(planQuery(['교육', '메타버스'], matches({ 교육: match(), 메타버스: NOT_FOUND, 교육메타버스: NOT_FOUND }))).toBeNull()
  })

  test('is empty for no terms', () => {
    expect(planQuery([], matches({}))).toEqual([])
  })
})

describe('rankResults', () => {
  const results = ['a', 'b', 'c', 'd'].map((id) => ({ id }))

  test('puts the results where every unit matched exactly or as a prefix first, keeping the given order in each group', () => {
    const ranked = rankResults(results, ['교육'], matches({ 교육: match('b', 'd') }))
    expect(ranked.map((r) => r.id)).toEqual(['b', 'd', 'a', 'c'])
  })

  test('needs every unit; a found joined neighbour pair counts for both halves', () => {
    const byPairs = matches({ 기술: match('a', 'b', 'c'), 지원: match('a'), 기술지원: match('c') })
    expect(rankResults(results, ['기술', '지원'], byPairs).map((r) => r.id)).toEqual(['a', 'c', 'b', 'd'])
    const unfound = matches({ 기술: match('a', 'b', 'c'), 지원: match('a'), 기술지원: NOT_FOUND })
    expect(rankResults(results, ['기술', '지원'], unfound).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd'])
  })

  test('changes nothing without units (filters only)', () => {
    expect(rankResults(results, [], matches({}))).toEqual(results)
  })
})

describe('chunksFor', () => {
  // As Pagefind cuts chunk ranges: each end shortened to one character past what it shares with its neighbour.
  const chunks = [
    { from: 'a', to: '중소기업에' },
    { from: '중소기업의', to: '중소기업이' },
    { from: '중소기업인', to: '지' },
    { from: '진', to: '힣' },
  ].map(({ from, to }) => ({ from: from.normalize('NFD'), to: to.normalize('NFD') }))

  test('finds every chunk that may hold a word beginning with the term, across boundaries', () => {
    expect(chunksFor(chunks, '중소기업')).toEqual(chunks.slice(0, 3))
    expect(chunksFor(chunks, '중소기업의')).toEqual([chunks[1]])
    // Loose at the edges, as Pagefind is (지 begins 진 jamo by jamo): a chunk too many, never one too few.
    expect(chunksFor(chunks, '진흥')).toEqual(chunks.slice(2))
  })
})

describe('parseIndexChunks', () => {
  const cbor = (...parts: number[][]) => Uint8Array.from(parts.flat())
  const text = (value: string) => {
    const bytes = [...new TextEncoder().encode(value)]
    return [bytes.length < 24 ? 0x60 + bytes.length : 0x78, ...(bytes.length < 24 ? [] : [bytes.length]), ...bytes]
  }
  const signature = [...new TextEncoder().encode('pagefind_dcd')]

  test('reads the chunk ranges after the version and the pages, whatever fields a page or chunk adds', () => {
    const meta = cbor(
      signature,
      [0x86], // the whole: 6 fields
      text('1.6.0'),
      [0x82, 0x83], text('ko_a'), [0x18, 84], text(''), [0x82], text('ko_b'), [0x19, 0x01, 0x00], // 2 pages
      [0x82, 0x83], text('a'), text('가'), text('ko_1'), [0x84], text('나'), text('힣'), text('ko_2'), [0x00], // 2 chunks
      [0x80], [0x80], [0x80],
    )
    expect(parseIndexChunks(meta)).toEqual([{ from: 'a', to: '가' }, { from: '나', to: '힣' }])
  })

  test('refuses a file without the signature', () => {
    expect(() => parseIndexChunks(cbor([0x86]))).toThrow(/signature/)
  })
})

describe('concealWords', () => {
  test('leaves no letter or digit, and revealWords gives the text back', () => {
    for (const text of ['2026년 협력중소기업 홍보지원사업', 'ESG · R&D 3,000만원 ~ 2026-04-30', '😀 中小企業', '']) {
      const concealed = concealWords(text)
      expect(concealed).not.toMatch(/[\p{L}\p{N}\s]/u)
      expect(revealWords(concealed)).toBe(text)
    }
    expect(revealWords('plain 텍스트')).toBe('plain 텍스트')
  })
})
