/**
 * Real small documents of every accepted attachment kind, made in the test: a PDF (the seed's
 * hand-built one), PNG and JPEG from sharp, ZIP-based HWPX/DOCX/XLSX/PPTX from a tiny ZIP writer
 * (node's zlib: deflate and crc32), and an HWP 5 (OLE compound file) skeleton.
 */
import zlib from 'node:zlib'
import sharp from 'sharp'
import { simplePdf } from '../../seed/lib/documents'

export const pdf = (text = 'Application attachment') => simplePdf(text)

export const png = () => sharp({ create: { width: 4, height: 4, channels: 3, background: { r: 0, g: 102, b: 204 } } }).png().toBuffer()
export const jpeg = () => sharp({ create: { width: 4, height: 4, channels: 3, background: { r: 200, g: 50, b: 0 } } }).jpeg().toBuffer()

export type ZipInput = { name: string; data: string | Buffer; store?: boolean }

/** A ZIP archive: local headers, data (deflated unless `store`), central directory, end record. */
export function zip(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const raw = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8')
    const body = entry.store ? raw : zlib.deflateRawSync(raw)
    const method = entry.store ? 0 : 8
    const crc = zlib.crc32(raw)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(raw.length, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(raw.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, body)
    centrals.push(central, name)
    offset += local.length + name.length + body.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
const contentTypes = (part: string, type: string) =>
  `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="${part}" ContentType="${type}"/></Types>`
const rels = (target: string) =>
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`

export const docx = () => zip([
  { name: '[Content_Types].xml', data: contentTypes('/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml') },
  { name: '_rels/.rels', data: rels('word/document.xml') },
  { name: 'word/document.xml', data: `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>신청서</w:t></w:r></w:p></w:body></w:document>` },
])

export const xlsx = () => zip([
  { name: '[Content_Types].xml', data: contentTypes('/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml') },
  { name: '_rels/.rels', data: rels('xl/workbook.xml') },
  { name: 'xl/workbook.xml', data: `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>` },
])

export const pptx = () => zip([
  { name: '[Content_Types].xml', data: contentTypes('/ppt/presentation.xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml') },
  { name: '_rels/.rels', data: rels('ppt/presentation.xml') },
  { name: 'ppt/presentation.xml', data: `${XML}<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>` },
])

/** HWPX (OWPML): `mimetype` first and stored, as Hancom Office writes it. */
export const hwpx = (withMimetype = true) => zip([
  ...(withMimetype ? [{ name: 'mimetype', data: 'application/hwp+zip', store: true }] : []),
  { name: 'version.xml', data: `${XML}<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version"/>` },
  { name: 'Contents/header.xml', data: `${XML}<hh:head xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head"/>` },
  { name: 'Contents/section0.xml', data: `${XML}<hs:sec xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section"/>` },
  { name: 'META-INF/container.xml', data: `${XML}<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container"/>` },
])

/**
 * An HWP 5 skeleton: an OLE compound file header (512-byte sectors) and a directory sector with
 * the root entry and HWP's FileHeader stream, whose first bytes say "HWP Document File".
 * `streams` replaces the stream names (a .doc has WordDocument instead).
 */
export function hwp(streams: string[] = ['FileHeader', 'DocInfo', 'BodyText']): Buffer {
  const header = Buffer.alloc(512)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0)
  header.writeUInt16LE(0x003e, 24) // minor version
  header.writeUInt16LE(0x0003, 26) // major version 3
  header.writeUInt16LE(0xfffe, 28) // byte order
  header.writeUInt16LE(9, 30) // sector size 2^9
  header.writeUInt16LE(6, 32) // mini sector size 2^6
  header.writeUInt32LE(1, 44) // FAT sectors
  header.writeUInt32LE(1, 48) // first directory sector
  header.writeUInt32LE(4096, 56) // mini stream cutoff
  header.writeUInt32LE(0xfffffffe, 60) // no mini FAT
  header.writeUInt32LE(0xfffffffe, 68) // no DIFAT sectors
  header.writeUInt32LE(0, 76) // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(0xffffffff, 76 + i * 4)
  const fat = Buffer.alloc(512, 0xff)
  fat.writeUInt32LE(0xfffffffd, 0) // sector 0: FAT
  fat.writeUInt32LE(0xfffffffe, 4) // sector 1: directory, end of chain
  const directory = Buffer.alloc(512)
  ;['Root Entry', ...streams.slice(0, 3)].forEach((name, i) => {
    const entry = Buffer.alloc(128)
    const encoded = Buffer.from(`${name}\0`, 'utf16le')
    encoded.copy(entry, 0)
    entry.writeUInt16LE(encoded.length, 64)
    entry[66] = i === 0 ? 5 : 2 // root storage, or a stream
    entry.writeUInt32LE(0xffffffff, 68)
    entry.writeUInt32LE(0xffffffff, 72)
    entry.writeUInt32LE(i === 0 && streams.length ? 1 : 0xffffffff, 76)
    entry.copy(directory, i * 128)
  })
  const body = Buffer.alloc(512)
  Buffer.from('HWP Document File').copy(body, 0)
  return Buffer.concat([header, fat, directory, body])
}

export const html = () => Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>')
/** The first bytes of a Windows program (MZ … PE). */
export const exe = () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(64), Buffer.from('PE\0\0')])
