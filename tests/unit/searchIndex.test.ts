import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { compareByPhaseThenDeadline } from '../../kernel/rules/phase'
import { bundleSearchClient } from '../../site/client/bundle'
import { normalizeQuery } from '../../site/search/korean'
import { programSearchRecord, writeSearchIndex, type SearchRecord } from '../../site/search/indexPrograms'
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

  test('searches every public text of the program, with the details as plain text', () => {
    for (const part of ['협력사 ESG 교육', '공급망 ESG 대응 교육', '동반성장', '기술지원', '전체 오픈', '서울', '경기', '한빛전자', '한빛 동반성장 사업', '제조 협력사', '온라인 신청', '선착순']) {
      expect(record.text).toContain(part)
    }
    expect(record.text).toContain('일정 서울에서 진행 &상담 제공가가')
    expect(record.text).not.toMatch(/[<>]|alert|&amp;|&nbsp;/)
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
    })
    expect(record.sort).toEqual({ deadline: '2026-04-30', registered: '2026-03-15', order: '0:2026-04-30' })
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

  test('leaves out empty optional texts and blank filter values', () => {
    const bare = programSearchRecord(publicProgram({ eligibilityDetails: null, notes: '', supportFieldLabel: '' }))
    expect(record.text.split('\n')).not.toContain('')
    expect(bare.text).not.toMatch(/null|\n\n/)
    expect(bare.filters).not.toHaveProperty('field')
  })
})

function record(id: string, text: string, region: string, deadline: string): SearchRecord {
  return {
    url: `/programs/${id}/`,
    title: id,
    text,
    filters: { region: [region] },
    meta: { title: id, phaseCode: 'recruiting' },
    sort: { deadline },
  }
}

// Each record holds 서울 in a different form; D has none.
const RECORDS = [
  record('a', '서울에서 열리는 스마트공장 교육을 받는 협력사', '서울', '2026-05-10'),
  record('b', '서울은 물론 수도권 협력사 누구나', '서울', '2026-04-01'),
  record('c', '서울 소재 중소기업 판로 지원', '서울', '2026-06-30'),
  record('d', '부산으로 찾아가는 기술 상담', '부산', '2026-04-20'),
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

  describe('searched the way the browser does', () => {
    type Search = { results: { data(): Promise<{ url: string; content: string }> }[] }
    type Pagefind = {
      options(o: object): Promise<void>
      init(): Promise<void>
      search(term: string | null, o?: object): Promise<Search>
      destroy(): Promise<void>
    }
    let search: Pagefind
    const realFetch = globalThis.fetch

    beforeAll(async () => {
      // pagefind.js fetches its chunks next to itself; in Node that is a file: URL, which fetch lacks.
      globalThis.fetch = (async (input: string | URL | Request) => {
        const url = new URL(input instanceof Request ? input.url : input)
        if (url.protocol !== 'file:') return realFetch(input)
        return new Response(fs.readFileSync(fileURLToPath(url)))
      }) as typeof fetch
      const moduleUrl = pathToFileURL(path.join(outDir, 'pagefind', 'pagefind.js')).href
      search = (await import(/* @vite-ignore */ moduleUrl)) as Pagefind
      await search.options({ excerptLength: 0, baseUrl: '/' })
      await search.init()
    }, 60_000)

    afterAll(async () => {
      await search?.destroy()
      globalThis.fetch = realFetch
    })

    async function urls(term: string | null, options: object = {}): Promise<string[]> {
      const found = await search.search(term, options)
      return (await Promise.all(found.results.map((r) => r.data()))).map((d) => d.url).sort()
    }

    test('서울 finds 서울에서, 서울은 and 서울', async () => {
      expect(await urls('서울')).toEqual(['/programs/a/', '/programs/b/', '/programs/c/'])
    })

    test('a query typed with a particle, once normalised, finds every form', async () => {
      expect(await urls(normalizeQuery('서울에서'))).toEqual(['/programs/a/', '/programs/b/', '/programs/c/'])
      expect(await urls(normalizeQuery('교육을'))).toEqual(['/programs/a/'])
      expect(await urls(normalizeQuery('부산에서'))).toEqual(['/programs/d/'])
    })

    test('without normalising, Pagefind looks for the whole word and misses 서울 and 서울은', async () => {
      expect(await urls('서울에서')).toEqual(['/programs/a/'])
    })

    test('the indexed content is the original text followed by the stems it lacked', async () => {
      const found = await search.search('교육')
      const data = await found.results[0]!.data()
      expect(data.content).toBe('서울에서 열리는 스마트공장 교육을 받는 협력사 서울 열리 교육')
    })

    test('filters alone list every matching program, sorted by deadline', async () => {
      const found = await search.search(null, { filters: { region: ['서울'] }, sort: { deadline: 'asc' } })
      const order = (await Promise.all(found.results.map((r) => r.data()))).map((d) => d.url)
      expect(order).toEqual(['/programs/b/', '/programs/a/', '/programs/c/'])
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
