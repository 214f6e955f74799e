/**
 * Any table as a spreadsheet download, shaped for Excel first since that is what SME staff
 * open it with: a UTF-8 BOM (without it Excel guesses the ANSI code page and shows Korean as
 * mojibake), CRLF rows, RFC 4180 quoting and formula-safe cells.
 */

const BOM = '\uFEFF'
const CRLF = '\r\n'

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
