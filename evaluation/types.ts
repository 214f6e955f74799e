/**
 * The 동반성장 평가 report's shape: GET /api/reports/evaluation answers with it, and the admin
 * views render it. Ids are strings whatever the database (SQLite numbers, MongoDB ObjectIds).
 */
import type { EvaluationItem, OpenShare } from '../kernel/rules/evaluation'

/** A program counted in ① (every approved one) or ④ (the 전체 오픈 ones). */
export type ProgramEvidence = {
  type: 'program'
  id: string
  title: string
  /** 확인완료일, YYYY-MM-DD in Seoul */
  approvedAt: string
  targetScope: string
  targetScopeLabel: string
}

/** ③ an SME's application through the portal. */
export type ApplicationEvidence = {
  type: 'application'
  id: string
  programId: string
  programTitle: string
  /** the applicant company's name ('' when it cannot be read) */
  applicant: string
  /** 신청일, YYYY-MM-DD in Seoul */
  date: string
  status: string
  statusLabel: string
}

export type EvidenceFile = { filename: string; url: string }

/** ② an accepted promotion record; `counted` is false for a second entry of a kind already counted. */
export type PromotionEvidence = {
  type: 'promotion'
  id: string
  kind: string
  kindLabel: string
  date: string
  title: string
  counted: boolean
  files: EvidenceFile[]
}

/** ② a published 상생협력 활동 card news story (counted per post). */
export type ActivityPostEvidence = { type: 'card-news'; id: string; title: string; date: string }

export type Evidence = ProgramEvidence | ApplicationEvidence | PromotionEvidence | ActivityPostEvidence

export type ItemReport = {
  item: EvaluationItem['item']
  /** Korean, e.g. '① 신규 등록 프로그램' */
  label: string
  count: number
  points: number
  evidence: Evidence[]
}

export type CompanyReport = {
  company: { id: string; name: string; category: string; categoryLabel: string }
  year: number
  items: ItemReport[]
  total: number
  capped: boolean
  openShare: OpenShare
}

export type EvaluationReport = {
  year: number
  summary: { companies: number; openShare: OpenShare; openShareTarget: number }
  companies: CompanyReport[]
}
