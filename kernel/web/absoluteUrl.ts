/**
 * Feeds are read outside the site (calendar apps, Excel, data portals), where a root-relative
 * `/programs/…` means nothing, so every link they carry is made absolute here, once.
 */

/**
 * `siteUrl` joined to a root-relative `path` with exactly one slash between them. A path
 * prefix in `siteUrl` (https://example.kr/sangsaeng) is kept, which `new URL(path, base)`
 * would drop.
 */
export function absoluteUrl(siteUrl: string, path: string): string {
  const base = new URL(siteUrl)
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new RangeError(`siteUrl must be http(s): ${siteUrl}`)
  }
  return `${siteUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
}
