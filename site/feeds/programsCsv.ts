/**
 * The program list as a spreadsheet download (/programs.csv): one row per public program, the
 * columns a 담당자 asks for, written by the kernel's Excel-friendly CSV writer.
 */
import type { PublicProgram } from '../data/schema'
import { toCsv } from '../../kernel/web/csv'
import { absoluteUrl } from '../../kernel/web/urls'

export type CsvOptions = { siteUrl: string }

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
