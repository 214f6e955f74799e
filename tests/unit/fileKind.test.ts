import { describe, expect, test } from 'vitest'
import { fileCheckMessage } from '../../members/applications/messages'
import { checkFileKind, extensionOf, FILE_KINDS, sniffFileKind, type FileKind } from '../../kernel/rules/fileKind'
import { readZipEntry, zipEntries } from '../../kernel/rules/zipEntries'
import { docx, exe, html, hwp, hwpx, jpeg, pdf, png, pptx, xlsx, zip } from '../helpers/documents'

const HANGUL = /[가-힣]/

describe('every accepted kind is recognised from its content, under its own extension', () => {
  const cases: [FileKind, string, () => Buffer | Promise<Buffer>][] = [
    ['pdf', '사업계획서.pdf', pdf],
    ['jpeg', '현장사진.jpg', jpeg],
    ['jpeg', 'photo.JPEG', jpeg],
    ['png', '로고.png', png],
    ['hwp', '신청서.hwp', () => hwp()],
    ['hwpx', '신청서.hwpx', () => hwpx()],
    ['hwpx', 'no-mimetype.hwpx', () => hwpx(false)],
    ['docx', '회사소개서.docx', docx],
    ['xlsx', '참가자명단.XLSX', xlsx],
    ['pptx', '발표자료.pptx', pptx],
  ]
  test.each(cases)('%s: %s', async (kind, name, make) => {
    const data = await make()
    expect(sniffFileKind(data, name)).toBe(kind)
    expect(checkFileKind(name, data)).toEqual({ ok: true, kind, mimeType: FILE_KINDS[kind].mimeType })
  })
})

describe('a file whose content and name disagree is refused, naming the file in Korean', () => {
  test('a PNG named .pdf: the real kind is PNG', async () => {
    const check = checkFileKind('사업자등록증.pdf', await png())
    expect(check).toEqual({ ok: false, reason: 'mismatch', actual: 'png' })
    const message = fileCheckMessage(null, '사업자등록증.pdf', check as Extract<typeof check, { ok: false }>)
    expect(message).toContain('사업자등록증.pdf')
    expect(message).toContain('PNG')
    expect(message).toMatch(HANGUL)
  })
  test('a web page renamed .pdf is no accepted kind at all', () => {
    const check = checkFileKind('견적서.pdf', html())
    expect(check).toEqual({ ok: false, reason: 'unsupported' })
    expect(fileCheckMessage(null, '견적서.pdf', check as never)).toMatch(/「견적서\.pdf」.*PDF, JPG, PNG, HWP, HWPX, DOCX, XLSX, PPTX/)
  })
  test('a Windows program renamed .pdf is refused', () => {
    expect(checkFileKind('invoice.pdf', exe())).toEqual({ ok: false, reason: 'unsupported' })
  })
  test('a .docx that is really a spreadsheet, and the other way round', () => {
    expect(checkFileKind('계획서.docx', xlsx())).toEqual({ ok: false, reason: 'mismatch', actual: 'xlsx' })
    expect(checkFileKind('명단.xlsx', docx())).toEqual({ ok: false, reason: 'mismatch', actual: 'docx' })
    expect(checkFileKind('slides.hwpx', pptx())).toEqual({ ok: false, reason: 'mismatch', actual: 'pptx' })
  })
  test('a JPEG named .png and a PDF without an extension', async () => {
    expect(checkFileKind('a.png', await jpeg())).toEqual({ ok: false, reason: 'mismatch', actual: 'jpeg' })
    expect(checkFileKind('계획서', pdf())).toEqual({ ok: false, reason: 'mismatch', actual: 'pdf' })
  })
})

describe('OLE compound files count as HWP only when named .hwp and carrying HWP\'s FileHeader', () => {
  test('an HWP renamed .doc is refused', () => {
    expect(checkFileKind('신청서.doc', hwp())).toEqual({ ok: false, reason: 'unsupported' })
  })
  test('a Word 97 document (WordDocument stream) renamed .hwp is refused', () => {
    expect(checkFileKind('신청서.hwp', hwp(['WordDocument', '1Table']))).toEqual({ ok: false, reason: 'unsupported' })
  })
})

describe('ZIP archives are told apart by their central directory', () => {
  test('a plain zip named .docx is refused', () => {
    expect(checkFileKind('files.docx', zip([{ name: 'readme.txt', data: 'hello' }]))).toEqual({ ok: false, reason: 'unsupported' })
  })
  test('an archive made to look like two formats at once is refused', () => {
    const both = zip([{ name: 'word/document.xml', data: '<w/>' }, { name: 'xl/workbook.xml', data: '<x/>' }])
    expect(sniffFileKind(both, 'both.docx')).toBeNull()
  })
  test('a zip whose mimetype names another format is not HWPX', () => {
    const epub = zip([{ name: 'mimetype', data: 'application/epub+zip', store: true }, { name: 'Contents/a.xml', data: '<a/>' }, { name: 'META-INF/container.xml', data: '<c/>' }])
    expect(checkFileKind('book.hwpx', epub)).toEqual({ ok: false, reason: 'unsupported' })
  })
  test('a deflated mimetype entry is read too', () => {
    const archive = zip([{ name: 'mimetype', data: 'application/hwp+zip' }, { name: 'version.xml', data: '<v/>' }])
    expect(sniffFileKind(archive, 'x.hwpx')).toBe('hwpx')
  })
  test('a truncated archive (no central directory) is refused', () => {
    const whole = docx()
    expect(checkFileKind('cut.docx', whole.subarray(0, whole.length - 40))).toEqual({ ok: false, reason: 'unsupported' })
  })
  test('zipEntries lists names; readZipEntry refuses entries larger than asked', () => {
    const archive = zip([{ name: 'a.txt', data: 'x'.repeat(100) }])
    const entries = zipEntries(archive)!
    expect(entries.map((e) => e.name)).toEqual(['a.txt'])
    expect(readZipEntry(archive, entries[0])?.toString()).toBe('x'.repeat(100))
    expect(readZipEntry(archive, entries[0], 10)).toBeNull()
    expect(zipEntries(Buffer.from('PK\x03\x04 not really'))).toBeNull()
  })
})

test('an empty file is refused', () => {
  expect(checkFileKind('빈파일.pdf', Buffer.alloc(0))).toEqual({ ok: false, reason: 'empty' })
})

test('extensionOf reads the last extension, lower-case, ignoring folders and dot-files', () => {
  expect(extensionOf('C:\\Users\\me\\보고서.Final.PDF')).toBe('pdf')
  expect(extensionOf('.hwp')).toBe('')
  expect(extensionOf('noext')).toBe('')
})
