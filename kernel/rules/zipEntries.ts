/**
 * Reads the central directory of a ZIP archive (the list at its end that names every entry), and
 * one small entry's bytes. Enough for telling ZIP-based document formats apart (HWPX, DOCX,
 * XLSX, PPTX) without a dependency; not an extractor. Returns null for anything that is not a
 * well-formed archive.
 */
import zlib from 'node:zlib'

export type ZipEntry = { name: string; method: number; compressedSize: number; size: number; localHeaderOffset: number }

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
/** End-of-central-directory record: 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff

function findEndOfCentralDirectory(data: Buffer): number {
  const stop = Math.max(0, data.length - EOCD_SEARCH)
  for (let at = data.length - 22; at >= stop; at--) if (data.readUInt32LE(at) === EOCD) return at
  return -1
}

/** Every entry the central directory lists, or null when the archive is malformed. */
export function zipEntries(data: Buffer): ZipEntry[] | null {
  if (data.length < 22) return null
  const end = findEndOfCentralDirectory(data)
  if (end < 0) return null
  const count = data.readUInt16LE(end + 10)
  let at = data.readUInt32LE(end + 16)
  const entries: ZipEntry[] = []
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) return null
    const nameLength = data.readUInt16LE(at + 28)
    const extraLength = data.readUInt16LE(at + 30)
    const commentLength = data.readUInt16LE(at + 32)
    if (at + 46 + nameLength > data.length) return null
    entries.push({
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      localHeaderOffset: data.readUInt32LE(at + 42),
    })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** The bytes of a small entry (stored or deflated), or null when it cannot be read. */
export function readZipEntry(data: Buffer, entry: ZipEntry, maxSize = 4096): Buffer | null {
  if (entry.size > maxSize) return null
  const at = entry.localHeaderOffset
  if (at + 30 > data.length || data.readUInt32LE(at) !== LOCAL) return null
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28)
  const body = data.subarray(start, start + entry.compressedSize)
  if (body.length !== entry.compressedSize) return null
  try {
    if (entry.method === 0) return body
    if (entry.method === 8) return zlib.inflateRawSync(body, { maxOutputLength: maxSize })
  } catch {
    return null
  }
  return null
}
