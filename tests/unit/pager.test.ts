import { describe, expect, test } from 'vitest'
import { parse } from 'node-html-parser'
import { pager, pagerWindow } from '../../views/pager'

describe('pagerWindow: which page numbers a pager shows', () => {
  test('a short list shows every page', () => {
    expect(pagerWindow(1, 1)).toEqual([1])
    expect(pagerWindow(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7])
  })

  test('a long list: the first, the last, two on each side of the current page, a gap between', () => {
    expect(pagerWindow(1, 557)).toEqual([1, 2, 3, null, 557])
    expect(pagerWindow(10, 557)).toEqual([1, null, 8, 9, 10, 11, 12, null, 557])
    expect(pagerWindow(557, 557)).toEqual([1, null, 555, 556, 557])
  })

  test('a gap of one page shows that page instead', () => {
    expect(pagerWindow(5, 557)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 557])
    expect(pagerWindow(4, 8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(pagerWindow(4, 9)).toEqual([1, 2, 3, 4, 5, 6, null, 9])
  })
})

describe('pager: the markup', () => {
  const hrefs = Array.from({ length: 557 }, (_, i) => (i === 0 ? '/programs/' : `/programs/page/${i + 1}/`))

  test('numbers around the current page, the current one marked, previous and next as links', () => {
    const nav = parse(pager(10, hrefs, '프로그램 목록 쪽 이동').value).querySelector('nav')!
    expect(nav.getAttribute('aria-label')).toBe('프로그램 목록 쪽 이동')
    const links = nav.querySelectorAll('a')
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/programs/page/9/', '/programs/', '/programs/page/8/', '/programs/page/9/', '/programs/page/10/', '/programs/page/11/', '/programs/page/12/', '/programs/page/557/', '/programs/page/11/',
    ])
    expect(nav.querySelector('[aria-current="page"]')!.getAttribute('href')).toBe('/programs/page/10/')
    expect(nav.querySelectorAll('.pagination__gap')).toHaveLength(2)
    expect(nav.querySelectorAll('.pagination__gap').every((gap) => gap.getAttribute('aria-hidden') === 'true')).toBe(true)
  })

  test('on the first page 이전 is not a link; on the last, 다음 is not', () => {
    const first = parse(pager(1, hrefs, '쪽 이동').value)
    expect(first.querySelector('.pagination__prev a')).toBeNull()
    expect(first.querySelector('.pagination__prev')!.text).toContain('이전')
    expect(first.querySelector('.pagination__next a')!.getAttribute('href')).toBe('/programs/page/2/')
    const last = parse(pager(557, hrefs, '쪽 이동').value)
    expect(last.querySelector('.pagination__next a')).toBeNull()
    expect(last.querySelector('.pagination__prev a')!.getAttribute('href')).toBe('/programs/page/556/')
  })

  test('a page of 557 writes a handful of links, not 557', () => {
    expect(parse(pager(200, hrefs, '쪽 이동').value).querySelectorAll('a').length).toBeLessThanOrEqual(9)
  })
})
