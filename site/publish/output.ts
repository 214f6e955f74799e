/**
 * Where builds go and how one goes live. Each build writes a folder of its own under
 * DATA_DIR/site-builds; going live is one rename of a symlink (DATA_DIR/site), which POSIX
 * makes atomic, so a reader sees the old site or the new one and never a half-written mix.
 * A failed build never touches the link, so the live site stays as it was.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { DATA_DIR } from '../../kernel/settings/env'
import { closeTree } from '../../kernel/settings/privateData'

export type SitePaths = { buildsDir: string; liveLink: string }

export const defaultSitePaths = (dataDir: string = DATA_DIR): SitePaths => ({
  buildsDir: path.join(dataDir, 'site-builds'),
  liveLink: path.join(dataDir, 'site'),
})

let resolved: { link: string; target: string; dir: string | null } | undefined

/**
 * The folder the live site is served from, or null before the first successful build. The
 * server asks on every request, so only the link is read each time (one readlink); the folder
 * is checked again only when the link points somewhere new.
 */
export function liveSiteDir(paths: SitePaths = defaultSitePaths()): string | null {
  let target: string
  try {
    target = fs.readlinkSync(paths.liveLink)
  } catch {
    return null
  }
  if (resolved?.link !== paths.liveLink || resolved.target !== target) {
    const dir = path.resolve(path.dirname(paths.liveLink), target)
    resolved = { link: paths.liveLink, target, dir: fs.existsSync(path.join(dir, 'index.html')) ? fs.realpathSync(dir) : null }
  }
  return resolved.dir
}

export function createBuildDir(paths: SitePaths, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')
  const dir = path.join(paths.buildsDir, `${stamp}-${crypto.randomBytes(3).toString('hex')}`)
  fs.mkdirSync(dir, { recursive: true })
  return dir
}

/** Points the live link at `dir` in one rename (its files closed to other users first, as all of ./data). */
export function goLive(paths: SitePaths, dir: string): void {
  closeTree(dir)
  const temp = `${paths.liveLink}.next-${process.pid}-${crypto.randomBytes(3).toString('hex')}`
  // A relative target keeps the data folder movable as a whole.
  fs.symlinkSync(path.relative(path.dirname(paths.liveLink), dir), temp, 'dir')
  try {
    const existing = fs.lstatSync(paths.liveLink, { throwIfNoEntry: false })
    // An install from before builds were versioned kept the site as a plain folder.
    if (existing?.isDirectory()) fs.rmSync(paths.liveLink, { recursive: true, force: true })
    fs.renameSync(temp, paths.liveLink)
  } catch (error) {
    fs.rmSync(temp, { force: true })
    throw error
  }
}

/**
 * Removes old build folders, keeping the live one and the `keep` newest others (a reader may
 * still be downloading from the previous build for a moment after the switch).
 */
export function pruneBuilds(paths: SitePaths, keep = 2): string[] {
  const live = liveSiteDir(paths)
  let names: string[]
  try {
    names = fs.readdirSync(paths.buildsDir).filter((name) => !name.startsWith('.')).sort().reverse()
  } catch {
    return []
  }
  const removed: string[] = []
  let kept = 0
  for (const name of names) {
    const dir = path.join(paths.buildsDir, name)
    if (live && fs.realpathSync(dir) === live) continue
    if (kept < keep) {
      kept++
      continue
    }
    fs.rmSync(dir, { recursive: true, force: true })
    removed.push(dir)
  }
  return removed
}
