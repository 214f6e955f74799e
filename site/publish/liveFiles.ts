/**
 * Replacing files in the live site folder so that no reader ever gets half of one: each new
 * file is written beside its target and renamed over it (a rename is atomic on one file system).
 * Used by the incremental publish (incremental.ts).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Writes `content` beside `file`, to be renamed over it (`fs.renameSync(temp, file)`). */
export function stage(file: string, content: string | Buffer): string {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temp = `${file}.next-${process.pid}-${crypto.randomBytes(3).toString('hex')}`
  fs.writeFileSync(temp, content)
  return temp
}

/** The file a page at this URL is written to, relative to the site folder. */
export const pageFileOf = (url: string): string => path.join(url.replace(/^\/+/, ''), 'index.html')

/** Whether file `a` holds the same bytes as file `b` (false when `b` does not exist). */
export function sameBytes(a: string, b: string): boolean {
  let current: Buffer
  try {
    current = fs.readFileSync(b)
  } catch {
    return false
  }
  return fs.readFileSync(a).equals(current)
}

/** Removes a page and its folder when that is left empty. */
export function removeFile(file: string): void {
  fs.rmSync(file, { force: true })
  try {
    fs.rmdirSync(path.dirname(file))
  } catch {
    // not empty, or gone
  }
}
