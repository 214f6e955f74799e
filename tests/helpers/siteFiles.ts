import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

/** Every file of a build, relative path → text (Pagefind's gzipped index files unpacked). */
export function readBuild(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else {
        let bytes = fs.readFileSync(full)
        if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = zlib.gunzipSync(bytes)
        files.set(path.relative(dir, full), bytes.toString('utf8'))
      }
    }
  }
  walk(dir)
  return files
}

/** The files (by relative path) whose text contains `needle`. */
export function filesContaining(files: Map<string, string>, needle: string): string[] {
  return [...files].filter(([, text]) => text.includes(needle)).map(([file]) => file)
}

export const page = (dir: string, url: string): string => fs.readFileSync(path.join(dir, url, url.endsWith('/') ? 'index.html' : ''), 'utf8')
