/**
 * The live public site as files: which folder is live, whether a request names one of its files,
 * and the handler that sends them. Shared by the server (server.ts, after its own routes) and the
 * front (front.ts, before anything else), so a page is the same bytes and headers from either.
 */
import fs from 'node:fs'
import path from 'node:path'
import express, { type RequestHandler } from 'express'
import { liveSiteDir } from '../site/publish/output'

/**
 * The public site: the live Eleventy build (resolved per request, so a rebuild or a
 * `npm run site:build` in another process goes live without a restart), a placeholder until
 * the first build.
 */
export function siteDir(): string {
  return liveSiteDir() ?? path.resolve('site/placeholder')
}

/** The feeds' own media types (express.static would say application/xml and application/json). */
function feedContentType(res: express.Response, file: string): void {
  if (file.endsWith(`${path.sep}feed.xml`)) res.setHeader('Content-Type', 'application/atom+xml; charset=utf-8')
  else if (file.endsWith(`${path.sep}feed.json`)) res.setHeader('Content-Type', 'application/feed+json; charset=utf-8')
}

/** How express.static is asked to serve the site, here and nowhere else. */
const STATIC_OPTIONS = { extensions: ['html'], setHeaders: feedContentType }

/** Sends the live site's file for the request, or passes it on (express.static, one per live folder). */
export function siteFiles(): RequestHandler {
  let current: { dir: string; serve: RequestHandler } | null = null
  return (req, res, next) => {
    const dir = siteDir()
    if (current?.dir !== dir) current = { dir, serve: express.static(dir, STATIC_OPTIONS) } // earlier builds are no longer served
    current.serve(req, res, next)
  }
}

/**
 * Whether `siteFiles` would send a file for this path as it stands (GET or HEAD): the file itself,
 * `index.html` under a path ending in `/`, or the path plus `.html`. What it would not send — a
 * folder asked without its `/` (a redirect), a dotfile, a path that is not valid percent-encoding,
 * anything outside the folder — is `false`: the server answers those as before.
 */
export function isSiteFile(dir: string, urlPath: string): boolean {
  let relative: string
  try {
    relative = decodeURIComponent(urlPath)
  } catch {
    return false
  }
  if (!relative.startsWith('/') || relative.includes('\0') || relative.split('/').some((part) => part.startsWith('.'))) return false
  const full = path.join(dir, relative)
  if (full !== dir && !full.startsWith(dir + path.sep)) return false
  const candidates = relative.endsWith('/') ? [path.join(full, 'index.html')] : [full, `${full}.html`]
  return candidates.some((file) => {
    try {
      return fs.statSync(file).isFile()
    } catch {
      return false
    }
  })
}
