/**
 * What an uploaded file really is, read from its bytes rather than from the name or the
 * Content-Type the browser sent: 첨부서류 must be PDF, JPG, PNG, HWP, HWPX, DOCX, XLSX or PPTX
 * (the guide's list), and the file name's extension must agree with the content, so a PNG named
 * .pdf or a web page renamed .pdf is refused.
 */
import { readZipEntry, zipEntries } from './zipEntries'

export const FILE_KINDS = {
  pdf: { label: 'PDF', extensions: ['pdf'], mimeType: 'application/pdf' },
  jpeg: { label: 'JPG', extensions: ['jpg', 'jpeg'], mimeType: 'image/jpeg' },
  png: { label: 'PNG', extensions: ['png'], mimeType: 'image/png' },
  hwp: { label: 'HWP', extensions: ['hwp'], mimeType: 'application/x-hwp' },
  hwpx: { label: 'HWPX', extensions: ['hwpx'], mimeType: 'application/hwp+zip' },
  docx: { label: 'DOCX', extensions: ['docx'], mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { label: 'XLSX', extensions: ['xlsx'], mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  pptx: { label: 'PPTX', extensions: ['pptx'], mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
} as const

export type FileKind = keyof typeof FILE_KINDS

/** 'PDF, JPG, PNG, HWP, HWPX, DOCX, XLSX, PPTX' */
export const FILE_KIND_LIST = Object.values(FILE_KINDS).map((kind) => kind.label).join(', ')

/** The accept attribute of a file input taking these kinds. */
export const FILE_KIND_ACCEPT = Object.values(FILE_KINDS).flatMap((kind) => kind.extensions.map((ext) => `.${ext}`)).join(',')

const starts = (data: Buffer, bytes: number[]) => data.length >= bytes.length && bytes.every((byte, i) => data[i] === byte)

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const ZIP = [0x50, 0x4b, 0x03, 0x04]
/** HWP 5 keeps a stream named FileHeader; its directory entry holds the name in UTF-16LE. */
const HWP_FILE_HEADER = Buffer.from('FileHeader\0', 'utf16le')

/** The lower-case extension of a file name ('' when it has none). */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

function zipKind(data: Buffer): FileKind | null {
  const entries = zipEntries(data)
  if (!entries) return null
  const names = new Set(entries.map((entry) => entry.name))
  const found: FileKind[] = []
  const mimetype = entries.find((entry) => entry.name === 'mimetype')
  const declared = mimetype ? readZipEntry(data, mimetype)?.toString('utf8').trim() : undefined
  const hancomLayout = [...names].some((n) => n.startsWith('Contents/')) && [...names].some((n) => n.startsWith('META-INF/'))
  if (declared === 'application/hwp+zip' || (declared === undefined && hancomLayout)) found.push('hwpx')
  if (names.has('word/document.xml')) found.push('docx')
  if (names.has('xl/workbook.xml')) found.push('xlsx')
  if (names.has('ppt/presentation.xml')) found.push('pptx')
  // Exactly one format, or the archive is not one we take (a plain zip, or something made to look like two).
  return found.length === 1 ? found[0] : null
}

/**
 * The kind the content shows, or null when it is none of the accepted ones. An OLE compound
 * file counts as HWP only with a .hwp name and HWP's FileHeader stream (a .doc or .xls is an
 * OLE file too).
 */
export function sniffFileKind(data: Buffer, name: string): FileKind | null {
  if (data.length >= 5 && data.toString('latin1', 0, 5) === '%PDF-') return 'pdf'
  if (starts(data, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (starts(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (starts(data, OLE)) return extensionOf(name) === 'hwp' && data.includes(HWP_FILE_HEADER) ? 'hwp' : null
  if (starts(data, ZIP)) return zipKind(data)
  return null
}

export type FileCheck =
  | { ok: true; kind: FileKind; mimeType: string }
  | { ok: false; reason: 'empty' | 'unsupported' | 'mismatch'; actual?: FileKind }

/** Whether an upload is an accepted kind whose name's extension agrees with its content. */
export function checkFileKind(name: string, data: Buffer): FileCheck {
  if (data.length === 0) return { ok: false, reason: 'empty' }
  const kind = sniffFileKind(data, name)
  if (!kind) return { ok: false, reason: 'unsupported' }
  if (!(FILE_KINDS[kind].extensions as readonly string[]).includes(extensionOf(name))) return { ok: false, reason: 'mismatch', actual: kind }
  return { ok: true, kind, mimeType: FILE_KINDS[kind].mimeType }
}
