/**
 * The report as spreadsheets: one row per company (the summary), or one company's evidence rows
 * (the detail). Written with the site's CSV writer (BOM, RFC 4180, formula-injection guard).
 */
import { toCsv } from '../kernel/web/csv'
import type { CompanyReport, EvaluationReport, Evidence } from './types'

const points = (value: number) => value.toFixed(1)
const share = (percent: number | null) => (percent == null ? '' : `${percent}%`)

export const SUMMARY_HEADER = [
  '기업명', '기업분류', '①개수', '①점수', '②개수', '②점수', '③개수', '③점수', '④개수', '④점수', '합계', '개방비율',
] as const

export function summaryRows(report: EvaluationReport): string[][] {
  return report.companies.map((company) => [
    company.company.name,
    company.company.categoryLabel,
    ...company.items.flatMap((item) => [String(item.count), points(item.points)]),
    points(company.total),
    share(company.openShare.percent),
  ])
}

export const DETAIL_HEADER = ['항목', '유형', '제목', '일자', '링크', '비고'] as const

/** Admin pages and downloads as absolute links, so they open from the spreadsheet. */
function detailRow(label: string, evidence: Evidence, siteUrl: string): string[] {
  const admin = (collection: string, id: string) => `${siteUrl}/admin/collections/${collection}/${id}`
  switch (evidence.type) {
    case 'program':
      return [label, `프로그램 (${evidence.targetScopeLabel})`, evidence.title, evidence.approvedAt, admin('programs', evidence.id), '확인완료']
    case 'application':
      return [label, '신청서', `${evidence.programTitle} — ${evidence.applicant}`, evidence.date, admin('applications', evidence.id), evidence.statusLabel]
    case 'promotion': {
      const files = evidence.files.map((file) => `${siteUrl}${file.url}`).join(' ')
      const note = evidence.counted ? '인정' : '같은 유형 중복 (1건만 인정)'
      return [label, evidence.kindLabel, evidence.title, evidence.date, admin('promotions', evidence.id), files ? `${note}; 증빙: ${files}` : note]
    }
    case 'card-news':
      return [label, '상생협력 활동 (카드뉴스)', evidence.title, evidence.date, admin('card-news', evidence.id), '게시']
  }
}

export function detailRows(company: CompanyReport, siteUrl: string): string[][] {
  return company.items.flatMap((item) => item.evidence.map((evidence) => detailRow(item.label, evidence, siteUrl)))
}

export const summaryCsv = (report: EvaluationReport) => toCsv([[...SUMMARY_HEADER], ...summaryRows(report)])
export const detailCsv = (company: CompanyReport, siteUrl: string) => toCsv([[...DETAIL_HEADER], ...detailRows(company, siteUrl)])
