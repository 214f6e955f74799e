import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { compareByPhaseThenDeadline } from '../../kernel/rules/phase'
import { bundleSearchClient } from '../../site/client/bundle'
import { listOrder } from '../../site/eleventy.config'
import { indexForm, indexTerms } from '../../site/search/korean'
import { pagefindRecord, programSearchRecord, writeSearchIndex, type SearchRecord } from '../../site/search/indexPrograms'
import { parseIndexChunks } from '../../site/search/indexChunks'
import { revealWords } from '../../site/search/cardText'
import { openPagefind } from '../helpers/pagefindInNode'
import { publicProgram } from '../helpers/publicProgram'

describe('programSearchRecord', () => {
  test('a nationwide program is listed under every region filter; a regional one only under its regions', () => {
    const nationwide = programSearchRecord(publicProgram({ regions: ['nationwide'], regionLabels: ['전국'] }))
    expect(nationwide.filters.region).toEqual(expect.arrayContaining(['전국', '서울', '제주']))
    expect(nationwide.filters.region).toHaveLength(18)
    const regional = programSearchRecord(publicProgram({ regions: ['busan'], regionLabels: ['부산'] }))
    expect(regional.filters.region).toEqual(['부산'])
  })

  const program = publicProgram({
    id: 'p7',
    title: '협력사 ESG 교육',
    summary: '공급망 ESG 대응 교육',
    purpose: '동반성장',
    eligibilityDetails: '제조 협력사',
    howToApply: '온라인 신청',
    notes: '선착순',
    detailsHtml: '<h2>일정</h2><p>서울에서 <strong>진행</strong>&amp;상담&nbsp;제공&#xAC00;&#44032;</p><script>alert(1)</script>',
    regionLabels: ['서울', '경기'],
    regions: ['seoul', 'gyeonggi'],
    applyStart: '2026-04-01',
    applyEnd: '2026-04-30',
    registeredOn: '2026-03-15',
  })
  const record = programSearchRecord(program)

  test('is found by every public text of the program, with the details as plain text', () => {
    const { words, inner } = record.terms
    for (const word of ['협력사', 'esg', '교육', '공급망', '대응', '동반성장', '기술지원', '전체', '오픈', '모집중', '서울에서', '경기', '한빛전자', '사업', '제조', '온라인', '신청', '선착순', '일정', '진행', '상담', '제공가가']) {
      expect(words, word).toContain(word)
    }
    expect(inner).toEqual(expect.arrayContaining(['반성장', '성장', '급망'])) // 동반성장, 공급망
    expect([...words, ...inner].join(' ')).not.toMatch(/alert|amp|nbsp|script/)
  })

  test('its Pagefind record carries the words, then the inner terms at weight 0, each in indexForm', () => {
    const small = searchRecord('x', '협력중소기업 교육', '서울', '2026-04-30')
    expect(pagefindRecord(small).content).toBe(
      `${['교육', '협력중소기업'].map(indexForm).join(' ')} ___PAGEFIND_WEIGHT___0 ${['기업', '력중소기업', '소기업', '중소기업'].map(indexForm).join(' ')} ___END_PAGEFIND_WEIGHT___`,
    )
    const meta = pagefindRecord(small).meta
    expect(Object.values(meta).join('')).not.toMatch(/[\p{L}\p{N}]/u) // no word for Pagefind to index
    expect(Object.fromEntries(Object.entries(meta).map(([key, value]) => [key, revealWords(value)]))).toEqual({ ...small.meta, title: small.title })
  })

  test('carries the filters, card fields and sort keys the /programs/ page uses', () => {
    expect(record.url).toBe('/programs/p7/')
    expect(record.title).toBe('협력사 ESG 교육')
    expect(record.filters).toEqual({
      field: ['기술지원'],
      scope: ['전체 오픈'],
      phase: ['모집중'],
      region: ['서울', '경기'],
      company: ['한빛전자'],
    })
    expect(record.meta).toEqual({
      title: '협력사 ESG 교육',
      company: '한빛전자',
      phase: '모집중',
      phaseCode: 'recruiting',
      field: '기술지원',
      scope: '전체 오픈',
      apply: '2026-04-01 ~ 2026-04-30',
      summary: '공급망 ESG 대응 교육',
      order: '0:2026-04-30:002:p7',
    })
    expect(record.sort).toEqual({ deadline: '2026-04-30', registered: '2026-03-15', order: '0:2026-04-30:002:p7' })
  })

  test('its order key sorts as the static list does: open first by deadline, closed newest first', () => {
    const programs = [
      publicProgram({ id: 'closed-old', phase: 'closed', phaseLabel: '마감', applyEnd: '2025-01-31' }),
      publicProgram({ id: 'recruiting-late', applyEnd: '2026-05-31' }),
      publicProgram({ id: 'closed-new', phase: 'closed', phaseLabel: '마감', applyEnd: '2025-12-31' }),
      publicProgram({ id: 'in-progress', phase: 'in-progress', phaseLabel: '진행중', applyEnd: '2026-03-01' }),
      publicProgram({ id: 'upcoming', phase: 'upcoming', phaseLabel: '모집예정', applyEnd: '2026-06-30' }),
      publicProgram({ id: 'recruiting-soon', applyEnd: '2026-04-10' }),
    ]
    const byKey = [...programs].sort((a, b) => (programSearchRecord(a).sort!.order! < programSearchRecord(b).sort!.order! ? -1 : 1))
    expect(byKey.map((p) => p.id)).toEqual(['recruiting-soon', 'recruiting-late', 'upcoming', 'in-progress', 'closed-new', 'closed-old'])
    expect(byKey).toEqual([...programs].sort(compareByPhaseThenDeadline))
  })

  test('its order key breaks ties by id as the static list does (numbers by value), so no two programs share one', () => {
    const programs = ['10', '9', '2', '100', 'b', 'a'].map((id) => publicProgram({ id, applyEnd: '2026-04-10' }))
    const keys = programs.map((p) => programSearchRecord(p).sort!.order!)
    expect(new Set(keys).size).toBe(programs.length)
    const byKey = [...programs].sort((a, b) => (programSearchRecord(a).sort!.order! < programSearchRecord(b).sort!.order! ? -1 : 1))
    expect(byKey.map((p) => p.id)).toEqual(listOrder(programs).map((p) => p.id))
    expect(byKey.map((p) => p.id)).toEqual(['2', '9', 'a', 'b', '10', '100'])
  })

  test('leaves out empty optional texts and blank filter values', () => {
    const bare = programSearchRecord(publicProgram({ eligibilityDetails: null, notes: '', supportFieldLabel: '' }))
    expect(bare.terms.words).not.toContain('null')
    expect(bare.filters).not.toHaveProperty('field')
  })
})

function searchRecord(id: string, text: string, region: string, deadline: string): SearchRecord {
  return {
    url: `/programs/${id}/`,
    title: id,
    terms: indexTerms(text),
    filters: { region: [region] },
    meta: { title: id, phaseCode: 'recruiting' },
    sort: { deadline },
  }
}

// Each record holds 서울 in a different form; D has none.
const RECORDS = [
  searchRecord('a', '서울에서 열리는 스마트공장 교육을 받는 협력사', '서울', '2026-05-10'),
  searchRecord('b', '서울은 물론 수도권 협력사 누구나', '서울', '2026-04-01'),
  searchRecord('c', '서울 소재 중소기업 판로 지원', '서울', '2026-06-30'),
  searchRecord('d', '부산으로 찾아가는 기술 상담', '부산', '2026-04-20'),
]

describe('writeSearchIndex', () => {
  let outDir: string
  let pages: number

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'winwinnuri-pagefind-'))
    ;({ pages } = await writeSearchIndex(RECORDS, outDir))
  }, 60_000)

  afterAll(() => {
    fs.rmSync(outDir, { recursive: true, force: true })
  })

  test('writes the Pagefind bundle with one page per record', () => {
    const bundle = path.join(outDir, 'pagefind')
    expect(pages).toBe(4)
    expect(fs.existsSync(path.join(bundle, 'pagefind.js'))).toBe(true)
    const entry = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8'))
    expect(entry.languages.ko.page_count).toBe(4)
    expect(fs.readdirSync(path.join(bundle, 'fragment')).filter((f) => f.endsWith('.pf_fragment'))).toHaveLength(4)
    expect(fs.readdirSync(path.join(bundle, 'index')).length).toBeGreaterThan(0)
    expect(fs.readdirSync(path.join(bundle, 'filter')).length).toBeGreaterThan(0)
  })

  test('names the record Pagefind refused', async () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'winwinnuri-pagefind-'))
    try {
      const bad = { ...RECORDS[0]!, sort: { deadline: 1 as unknown as string } }
      await expect(writeSearchIndex([bad], elsewhere)).rejects.toThrow(/^Pagefind failed adding \/programs\/a\/: .*invalid type/)
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true })
    }
  }, 60_000)

  test('refuses an output directory it cannot create instead of letting Pagefind crash', async () => {
    const file = path.join(outDir, 'not-a-directory')
    fs.writeFileSync(file, '')
    await expect(writeSearchIndex(RECORDS, file)).rejects.toThrow(/^Pagefind cannot write the index to .*not-a-directory/)
  })

  test('its metadata file lists the index chunks', () => {
    const bundle = path.join(outDir, 'pagefind')
    const entry = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8'))
    const meta = zlib.gunzipSync(fs.readFileSync(path.join(bundle, `pagefind.${entry.languages.ko.hash}.pf_meta`)))
    expect(parseIndexChunks(meta)).toHaveLength(fs.readdirSync(path.join(bundle, 'index')).length)
  })

  describe('searched the way the browser does', () => {
    let index: Awaited<ReturnType<typeof openPagefind>>

    beforeAll(async () => {
      index = await openPagefind(path.join(outDir, 'pagefind'))
    }, 60_000)

    afterAll(async () => {
      await index?.close()
    })

    const urls = async (query: string, filters?: Record<string, string[]>) => (await index.find(query, filters)).sort()

    test('서울 finds 서울에서, 서울은 and 서울', async () => {
      expect(await urls('서울')).toEqual(['/programs/a/', '/programs/b/', '/programs/c/'])
    })

    test('a query typed with a particle finds every form', async () => {
      expect(await urls('서울에서')).toEqual(['/programs/a/', '/programs/b/', '/programs/c/'])
      expect(await urls('교육을')).toEqual(['/programs/a/'])
      expect(await urls('부산에서')).toEqual(['/programs/d/'])
    })

    test('a word inside a longer one is found, and only with a score of 0', async () => {
      expect(await urls('공장')).toEqual(['/programs/a/']) // 스마트공장
      const inner = (await index.pagefind.search(indexForm('공장'))).results
      expect(inner.map((result) => result.score)).toEqual([0])
      const whole = (await index.pagefind.search(indexForm('스마트'))).results
      expect(whole[0]!.score).toBeGreaterThan(0)
    })

    test('the indexed content is the search terms, without the weight markers', async () => {
      const found = await index.pagefind.search(indexForm('교육'))
      const data = await found.results[0]!.data()
      expect(data.content).toBe(pagefindRecord(RECORDS[0]!).content.replace(/ ?___(END_)?PAGEFIND_WEIGHT___0? ?/g, ' ').trim())
    })

    test('filters narrow a query, and alone list every matching program, sorted by deadline', async () => {
      expect(await urls('협력사', { region: ['서울'] })).toEqual(['/programs/a/', '/programs/b/'])
      const found = await index.pagefind.search(null, { filters: { region: ['서울'] }, sort: { deadline: 'asc' } })
      const order = await Promise.all(found.results.map(async (r) => (await r.data()).url))
      expect(order).toEqual(['/programs/b/', '/programs/a/', '/programs/c/'])
    })

    test('the card texts come back as written, and are not searched', async () => {
      const found = await index.pagefind.search(indexForm('부산'))
      expect(Object.fromEntries(Object.entries((await found.results[0]!.data()).meta).map(([key, value]) => [key, revealWords(value!)]))).toEqual({ title: 'd', phaseCode: 'recruiting' })
      expect(await urls('recruiting')).toEqual([]) // a card text only, never written in a program
    })
  })
})

describe('bundleSearchClient', () => {
  test('bundles the browser script with the Korean normaliser and leaves Pagefind to run time', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'winwinnuri-assets-'))
    try {
      await bundleSearchClient(outDir)
      const js = fs.readFileSync(path.join(outDir, 'assets', 'search.js'), 'utf8')
      expect(js).toContain('/pagefind/pagefind.js')
      expect(js).toContain('에서는') // the particle table came along
      expect(js).not.toMatch(/^\s*import\s/m) // nothing left to resolve but the dynamic Pagefind import
      expect(fs.existsSync(path.join(outDir, 'assets', 'search.js.map'))).toBe(false)
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true })
    }
  }, 30_000)
})
