/**
 * The machine-readable program list published at /data/programs.json for data portals and
 * anyone building on it. Every key is listed in `fields` with a Korean description, and the
 * mapping below builds each record key by key, so a field added to `PublicProgram` later does
 * not leak into the data set unreviewed.
 *
 * Contact is 부서 and 전화 only: the page also shows a 담당자 name and e-mail, but those are
 * often one employee's personal data, and a bulk download makes harvesting them trivial.
 * A department and its phone line are enough to reach the program.
 */
import type { PublicProgram } from '../data/schema'
import { absoluteUrl } from '../../kernel/web/urls'

export type OpenDataOptions = { siteUrl: string; generatedAt: string }

type Coded = { code: string; label: string }

export type OpenDataProgram = {
  id: string
  url: string
  title: string
  summary: string
  purpose: string
  company: { id: string; name: string }
  businessName: string
  supportField: Coded
  targetScope: Coded
  applyStart: string
  applyEnd: string
  supportStart: string
  supportEnd: string
  regions: Coded[]
  phase: Coded
  applyOnline: boolean
  contact: { department: string; phone: string }
  registeredOn: string
}

export type OpenDataField = { name: string; description: string }

export type OpenDataset = {
  title: string
  description: string
  license: string
  licenseUrl: string
  source: string
  generatedAt: string
  count: number
  fields: OpenDataField[]
  programs: OpenDataProgram[]
}

/** Dotted paths name nested keys; `[]` marks the keys of each element of an array. */
export const OPEN_DATA_FIELDS: readonly OpenDataField[] = [
  { name: 'id', description: '프로그램 고유 ID' },
  { name: 'url', description: '상생누리 프로그램 상세 페이지 주소' },
  { name: 'title', description: '프로그램명' },
  { name: 'summary', description: '한 줄 소개' },
  { name: 'purpose', description: '지원 목적' },
  { name: 'company.id', description: '운영 기업·기관 ID' },
  { name: 'company.name', description: '운영 기업·기관명' },
  { name: 'businessName', description: '사업명 (프로그램이 속한 상생협력 사업)' },
  { name: 'supportField.code', description: '지원분야 코드' },
  { name: 'supportField.label', description: '지원분야' },
  { name: 'targetScope.code', description: '지원대상 코드' },
  { name: 'targetScope.label', description: '지원대상' },
  { name: 'applyStart', description: '신청기간 시작일 (YYYY-MM-DD, 한국 시간)' },
  { name: 'applyEnd', description: '신청기간 종료일 (YYYY-MM-DD, 한국 시간, 당일 포함)' },
  { name: 'supportStart', description: '지원기간 시작일 (YYYY-MM-DD, 한국 시간)' },
  { name: 'supportEnd', description: '지원기간 종료일 (YYYY-MM-DD, 한국 시간, 당일 포함)' },
  { name: 'regions[].code', description: '진행지역 코드' },
  { name: 'regions[].label', description: '진행지역' },
  { name: 'phase.code', description: '진행단계 코드 (upcoming, recruiting, in-progress, closed), 생성 시점 기준' },
  { name: 'phase.label', description: '진행단계 (예정, 모집중, 진행중, 종료), 생성 시점 기준' },
  { name: 'applyOnline', description: '상생누리에서 바로 신청할 수 있으면 true' },
  { name: 'contact.department', description: '문의처 부서' },
  { name: 'contact.phone', description: '문의처 전화번호' },
  { name: 'registeredOn', description: '상생누리 확인일 (YYYY-MM-DD, 한국 시간)' },
]

export function programsToOpenData(programs: PublicProgram[], opts: OpenDataOptions): OpenDataset {
  return {
    title: '상생누리 상생협력 지원 프로그램',
    description:
      '대기업·공공기관이 중소기업을 위해 운영하는 상생협력 지원 프로그램 목록입니다. 상생누리가 확인한 공개 프로그램만 담습니다.',
    license: '공공누리 제1유형: 출처표시',
    licenseUrl: 'https://www.kogl.or.kr/info/licenseType1.do',
    source: absoluteUrl(opts.siteUrl, '/'),
    generatedAt: opts.generatedAt,
    count: programs.length,
    fields: OPEN_DATA_FIELDS.map((field) => ({ ...field })),
    programs: programs.map((program) => toRecord(program, opts.siteUrl)),
  }
}

function toRecord(p: PublicProgram, siteUrl: string): OpenDataProgram {
  return {
    id: p.id,
    url: absoluteUrl(siteUrl, p.url),
    title: p.title,
    summary: p.summary,
    purpose: p.purpose,
    company: { id: p.company.id, name: p.company.name },
    businessName: p.business.name,
    supportField: { code: p.supportField, label: p.supportFieldLabel },
    targetScope: { code: p.targetScope, label: p.targetScopeLabel },
    applyStart: p.applyStart,
    applyEnd: p.applyEnd,
    supportStart: p.supportStart,
    supportEnd: p.supportEnd,
    regions: p.regions.map((code, i) => ({ code, label: p.regionLabels[i] ?? code })),
    phase: { code: p.phase, label: p.phaseLabel },
    applyOnline: p.applyOnline,
    contact: { department: p.contact.department, phone: p.contact.phone },
    registeredOn: p.registeredOn,
  }
}
