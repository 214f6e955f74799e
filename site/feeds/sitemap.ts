/**
 * /sitemap.xml (sitemaps.org 0.9): every page Eleventy wrote whose address ends in `/`, by
 * address, then every program page with its last change. Program pages are left out of Eleventy's
 * collections (there are thousands; collections keep every page in memory), so they come from the
 * data. Listed by address, not in collection order: Eleventy orders a collection by date, and a
 * page made in code (eleventy.config.ts addTemplate) is dated when the build runs, so the full
 * build and an incremental publish would list them in different orders.
 */
import { escapeHtml } from '../../kernel/web/html'
import { absoluteUrl } from '../../kernel/web/urls'

export function sitemapXml(pageUrls: Iterable<string | false | undefined>, programs: { url: string; updatedAt: string }[], siteUrl: string): string {
  const pages = [...pageUrls].filter((url): url is string => typeof url === 'string' && url.endsWith('/')).sort()
  const loc = (path: string) => escapeHtml(absoluteUrl(siteUrl, path))
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
  for (const url of pages) lines.push('  <url>', `    <loc>${loc(url)}</loc>`, '  </url>')
  for (const program of programs) lines.push('  <url>', `    <loc>${loc(program.url)}</loc>`, `    <lastmod>${escapeHtml(program.updatedAt)}</lastmod>`, '  </url>')
  lines.push('</urlset>', '')
  return lines.join('\n')
}
