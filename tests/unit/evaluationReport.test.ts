import { describe, expect, test } from 'vitest'
import { reportScope } from '../../evaluation/access'
import { DETAIL_HEADER, detailCsv, detailRows, SUMMARY_HEADER, summaryCsv, summaryRows } from '../../evaluation/csv'
import { privateFileUrl, promotionEvidence } from '../../evaluation/evidence'
import type { CompanyReport, EvaluationReport } from '../../evaluation/types'

const company: CompanyReport = {
  company: { id: '7', name: '=한국상생공사', category: 'public', categoryLabel: '공공기관' },
  year: 2026,
  items: [
    { item: 1, label: '① 신규 등록 프로그램', count: 6, points: 0.9, evidence: [
      { type: 'program', id: '11', title: '2026년 "기술" 지원, 1차', approvedAt: '2026-03-02', targetScope: 'open', targetScopeLabel: '전체 오픈' },
    ] },
    { item: 2, label: '② 중소기업 활용도 제고 노력', count: 2, points: 0.2, evidence: [
      { type: 'promotion', id: '21', kind: 'banner', kindLabel: '홈페이지 배너 설치', date: '2026-04-01', title: '배너', counted: false, files: [{ filename: 'a b.png', url: '/api/private-files/file/a%20b.png' }] },
      { type: 'card-news', id: '31', title: '협약식', date: '2026-05-05' },
    ] },
    { item: 3, label: '③ 직접 신청형 프로그램 참여 실적', count: 1, points: 0, evidence: [
      { type: 'application', id: '41', programId: '11', programTitle: '2026년 지원', applicant: '누리테크', date: '2026-06-01', status: 'selected', statusLabel: '선정' },
    ] },
    { item: 4, label: '④ 전체 오픈 프로그램', count: 0, points: 0, evidence: [] },
  ],
  total: 1.1,
  capped: false,
  openShare: { count: 1, total: 3, percent: 33.3 },
}
const report: EvaluationReport = { year: 2026, summary: { companies: 1, openShare: company.openShare, openShareTarget: 50 }, companies: [company] }

describe('the summary CSV', () => {
  test('one row per company: counts, points with one decimal, total, open share', () => {
    expect(summaryRows(report)).toEqual([['=한국상생공사', '공공기관', '6', '0.9', '2', '0.2', '1', '0.0', '0', '0.0', '1.1', '33.3%']])
    expect(SUMMARY_HEADER).toHaveLength(summaryRows(report)[0].length)
  })
  test('an empty open share is an empty cell, not "null%"', () => {
    const none = { ...company, openShare: { count: 0, total: 0, percent: null } }
    expect(summaryRows({ ...report, companies: [none] })[0].at(-1)).toBe('')
  })
  test('is a BOM-prefixed CRLF document with quoted, formula-safe cells', () => {
    const csv = summaryCsv(report)
    expect(csv.startsWith('\uFEFF기업명,기업분류,①개수,①점수,')).toBe(true)
    expect(csv.split('\r\n')[1]).toBe("'=한국상생공사,공공기관,6,0.9,2,0.2,1,0.0,0,0.0,1.1,33.3%")
  })
})

describe('the detail CSV', () => {
  test('one row per evidence, with absolute admin and download links', () => {
    const rows = detailRows(company, 'https://winwin.example.kr')
    expect(rows).toEqual([
      ['① 신규 등록 프로그램', '프로그램 (전체 오픈)', '2026년 "기술" 지원, 1차', '2026-03-02', 'https://winwin.example.kr/admin/collections/programs/11', '확인완료'],
      ['② 중소기업 활용도 제고 노력', '홈페이지 배너 설치', '배너', '2026-04-01', 'https://winwin.example.kr/admin/collections/promotions/21',
        '같은 유형 중복 (1건만 인정); 증빙: https://winwin.example.kr/api/private-files/file/a%20b.png'],
      ['② 중소기업 활용도 제고 노력', '상생협력 활동 (카드뉴스)', '협약식', '2026-05-05', 'https://winwin.example.kr/admin/collections/card-news/31', '게시'],
      ['③ 직접 신청형 프로그램 참여 실적', '신청서', '2026년 지원 — 누리테크', '2026-06-01', 'https://winwin.example.kr/admin/collections/applications/41', '선정'],
    ])
    const csv = detailCsv(company, 'https://winwin.example.kr')
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${DETAIL_HEADER.join(',')}`)
    expect(csv).toContain('"2026년 ""기술"" 지원, 1차"')
  })
})

describe('promotion evidence', () => {
  test('the first entry of a kind counts, later ones of that kind are listed but not counted; files by id', () => {
    const files = new Map([['5', { filename: 'memo.pdf', url: privateFileUrl('memo.pdf') }]])
    const rows = promotionEvidence([
      { id: 1, kind: 'banner', date: '2026-01-10T03:00:00.000Z', title: 'a', evidence: [5, 6] },
      { id: 2, kind: 'sns', date: '2026-02-10T03:00:00.000Z', title: 'b', evidence: [] },
      { id: 3, kind: 'banner', date: '2026-03-10T03:00:00.000Z', title: 'c', evidence: [{ id: 5 }] },
    ], files)
    expect(rows.map((r) => [r.id, r.counted, r.kindLabel, r.date])).toEqual([
      ['1', true, '홈페이지 배너 설치', '2026-01-10'], ['2', true, 'SNS 홍보', '2026-02-10'], ['3', false, '홈페이지 배너 설치', '2026-03-10'],
    ])
    expect(rows[0].files).toEqual([{ filename: 'memo.pdf', url: '/api/private-files/file/memo.pdf' }])
    expect(rows[2].files).toHaveLength(1)
  })
})

describe('who sees which report', () => {
  const platform = { id: 1, role: 'platform-admin' }
  const companyAdmin = { id: 2, role: 'company-admin', company: 7 }
  test('platform admin: all, or the company asked for', () => {
    expect(reportScope(platform, null)).toEqual({ ok: true, companyId: null })
    expect(reportScope(platform, '9')).toEqual({ ok: true, companyId: '9' })
  })
  test('company admin: its own company, whether asked or not; another is refused', () => {
    expect(reportScope(companyAdmin, null)).toEqual({ ok: true, companyId: 7 })
    expect(reportScope(companyAdmin, '7')).toEqual({ ok: true, companyId: 7 })
    expect(reportScope(companyAdmin, '9')).toEqual({ ok: false, status: 403, key: 'evaluationOwnCompanyOnly' })
    expect(reportScope({ ...companyAdmin, company: null }, null)).toMatchObject({ ok: false, status: 403 })
  })
  test('anonymous 401; members and editors 403', () => {
    expect(reportScope(null, null)).toMatchObject({ ok: false, status: 401 })
    expect(reportScope({ id: 3, role: 'member', company: 7 }, '7')).toMatchObject({ ok: false, status: 403, key: 'evaluationStaffOnly' })
    expect(reportScope({ id: 4, role: 'editor' }, null)).toMatchObject({ ok: false, status: 403 })
  })
})
