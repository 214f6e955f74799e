/**
 * The program list pages (site/programs/programList.ts): what a reader without JavaScript sees on
 * /programs/ and /programs/page/<n>/ — the count, which page of how many, the cards numbered on
 * from the pages before, the pager, the empty state — and the search form's choices, escaped.
 */
import { describe, expect, test } from 'vitest'
import { programListContent, programListTitle, type FilterOptions } from '../../site/programs/programList'
import { programListPath } from '../../kernel/web/urls'
import { demoPrograms } from '../helpers/demoPrograms'

const programs = demoPrograms()
const options: FilterOptions = { field: ['교육', '기술'], scope: ['전체 오픈'], phase: ['모집중'], region: ['서울'], company: ['한국수자원공사', 'A&B "주식회사"'] }
const hrefs = (count: number) => Array.from({ length: count }, (_, i) => programListPath(i))
const text = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

describe('programListContent', () => {
  test('page 2 of 3: its programs in order as cards numbered from 21, the count and the page in the status, a pager', () => {
    const page = programs.slice(0, 5)
    const markup = programListContent({ programs: page, pageNumber: 1, pageSize: 20, hrefs: hrefs(3), total: 45, filterOptions: options }).value
    expect(text(markup)).toContain('전체 프로그램 45건 (2/3쪽)')
    expect(markup).toContain('<ol class="program-list" start="21">')
    const linked = [...markup.matchAll(/<h3[^>]*><a href="([^"]+)"/g)].map((m) => m[1])
    expect(linked).toEqual(page.map((p) => p.url))
    expect(markup).toContain('<nav class="pagination" aria-label="프로그램 목록 쪽 이동"')
    expect(markup).toContain('<a href="/programs/page/2/" aria-current="page">2')
  })

  test('one page: no page numbers in the status and no pager', () => {
    const markup = programListContent({ programs: programs.slice(0, 3), pageNumber: 0, pageSize: 20, hrefs: hrefs(1), total: 3, filterOptions: options }).value
    expect(text(markup)).toContain('전체 프로그램 3건 ')
    expect(markup).not.toContain('search-status__page')
    expect(markup).not.toContain('class="pagination"')
    expect(markup).toContain('<ol class="program-list" start="1">')
  })

  test('no public program yet: the empty state, and still the search form', () => {
    const markup = programListContent({ programs: [], pageNumber: 0, pageSize: 20, hrefs: hrefs(1), total: 0, filterOptions: options }).value
    expect(text(markup)).toContain('아직 공개된 프로그램이 없습니다.')
    expect(markup).toContain('<form id="program-search"')
    expect(markup).not.toContain('<ol class="program-list" start=')
  })

  test("the filters offer each value list with 전체 first, the company names escaped", () => {
    const markup = programListContent({ programs: [], pageNumber: 0, pageSize: 20, hrefs: hrefs(1), total: 0, filterOptions: options }).value
    const select = (name: string) => [...(markup.match(new RegExp(`<select id="search-${name}" name="${name}">([\\s\\S]*?)</select>`))?.[1] ?? '').matchAll(/<option value="([^"]*)">([^<]*)<\/option>/g)].map((m) => m[2])
    expect(select('field')).toEqual(['전체', '교육', '기술'])
    expect(select('phase')).toEqual(['전체', '모집중'])
    expect(markup).toContain('<option value="A&amp;B &quot;주식회사&quot;">A&amp;B &quot;주식회사&quot;</option>')
  })

  test('addresses and titles: /programs/ first, then /programs/page/<n>/', () => {
    expect([programListPath(0), programListPath(1), programListPath(556)]).toEqual(['/programs/', '/programs/page/2/', '/programs/page/557/'])
    expect([programListTitle(0), programListTitle(4)]).toEqual(['프로그램 검색', '프로그램 검색 (5쪽)'])
  })
})
