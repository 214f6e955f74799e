/**
 * The program list as a spreadsheet download, shaped for Excel first since that is what
 * SME staff open it with: a UTF-8 BOM (without it Excel guesses the ANSI code page and shows
 * Korean as mojibake), CRLF rows and RFC 4180 quoting.
 */
import type { PublicProgram } from '../../site/data/schema'
import { absoluteUrl } from './absoluteUrl'

export type CsvOptions = { siteUrl: string }

const BOM = '\uFEFF'
const CRLF = '\r\n'
/** Several regions in one cell; the middle dot cannot occur in a region label. */
const REGION_SEPARATOR = ' · '

type Column = { header: string; value: (program: PublicProgram, siteUrl: string) => string }

export const CSV_COLUMNS: readonly Column[] = [
  { header: '프로그램ID', value: (p) => p.id },
  { header: '프로그램명', value: (p) => p.title },
  { header: '기업명', value: (p) => p.company.name },
  { header: '사업명', value: (p) => p.business.name },
  { header: '지원분야', value: (p) => p.supportFieldLabel },
  { header: '지원대상', value: (p) => p.targetScopeLabel },
  { header: '신청기간 시작', value: (p) => p.applyStart },
  { header: '신청기간 종료', value: (p) => p.applyEnd },
  { header: '지원기간 시작', value: (p) => p.supportStart },
  { header: '지원기간 종료', value: (p) => p.supportEnd },
  { header: '진행지역', value: (p) => p.regionLabels.join(REGION_SEPARATOR) },
  { header: '진행단계', value: (p) => p.phaseLabel },
  { header: '상생누리 신청가능', value: (p) => (p.applyOnline ? '예' : '아니오') },
  { header: '문의처 부서', value: (p) => p.contact.department },
  { header: '문의처 전화', value: (p) => p.contact.phone },
  { header: '확인일', value: (p) => p.registeredOn },
  { header: 'URL', value: (p, siteUrl) => absoluteUrl(siteUrl, p.url) },
]

export function programsToCsv(programs: PublicProgram[], opts: CsvOptions): string {
  const header = CSV_COLUMNS.map((column) => column.header)
  const rows = programs.map((program) => CSV_COLUMNS.map((column) => column.value(program, opts.siteUrl)))
  return toCsv([header, ...rows])
}

/** Any table as an Excel-friendly CSV document: BOM, CRLF rows, quoted and formula-safe cells. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((cells) => cells.map(csvCell).join(',') + CRLF).join('')
}

/**
 * CSV formula injection (OWASP): Excel and LibreOffice run a cell that starts with = + - @
 * as a formula — and tab or CR can hide such a start — so a program title typed by a company
 * could make a downloader's spreadsheet call out or run a command. A leading apostrophe makes
 * the spreadsheet show the text as text. Applied to every cell, since any free-text field
 * can carry it; no column we export legitimately starts with these characters.
 */
function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. */
function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

function csvCell(value: string): string {
  return quote(neutraliseFormula(value))
}
