/**
 * /sitemap.xml (site/feeds/sitemap.ts): the pages by address, never a file that is not a page,
 * then the programs with their last change; the same list whatever order Eleventy's collection
 * came in (the full build and an incremental publish must write the same bytes).
 */
import { expect, test } from 'vitest'
import { sitemapXml } from '../../site/feeds/sitemap'

const programs = [{ url: '/programs/12/', updatedAt: '2026-12-01T00:00:00.000Z' }, { url: '/programs/3/', updatedAt: '2026-11-02T09:00:00.000Z' }]

test('pages by address, files and pages without an address left out, programs after them with lastmod', () => {
  const xml = sitemapXml(['/stats/', '/', false, '/feed.xml', '/companies/10/', undefined, '/companies/1/'], programs, 'https://winwinnuri.kr')
  expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
    'https://winwinnuri.kr/', 'https://winwinnuri.kr/companies/1/', 'https://winwinnuri.kr/companies/10/', 'https://winwinnuri.kr/stats/',
    'https://winwinnuri.kr/programs/12/', 'https://winwinnuri.kr/programs/3/',
  ])
  expect(xml).toContain('<loc>https://winwinnuri.kr/programs/3/</loc>\n    <lastmod>2026-11-02T09:00:00.000Z</lastmod>')
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true)
})

test('the same bytes whatever order the pages come in; a site under a path keeps it, escaped for XML', () => {
  const pages = ['/news/', '/partners/', '/', '/guide/']
  expect(sitemapXml([...pages].reverse(), programs, 'https://x.kr')).toBe(sitemapXml(pages, programs, 'https://x.kr'))
  expect(sitemapXml(['/a&b/'], [], 'https://example.kr/sangsaeng')).toContain('<loc>https://example.kr/sangsaeng/a&amp;b/</loc>')
})
