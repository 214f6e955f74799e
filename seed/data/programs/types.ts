/** The shape of a demo program (seed/data/programs/*.ts). */
import type { Contact } from '../businesses'

export type Period = { applyStart: string; applyEnd: string; supportStart: string; supportEnd: string }
export type ReviewTarget = 'approved' | 'draft' | 'submitted' | 'changes-requested'

export type ProgramFixture = {
  business: string
  stem: string
  title: (p: Period) => string
  supportField: 'finance' | 'technology' | 'education' | 'market' | 'consulting' | 'patent' | 'hr' | 'overseas' | 'welfare' | 'etc'
  targetScope: 'partners' | 'affiliates' | 'partial' | 'open'
  regions: string[]
  /** [applyStart, applyEnd] in days from today */
  apply: [number, number]
  /** [supportStart, supportEnd] in days from today */
  support: [number, number]
  /** the day it was registered, in days from today (≤ 0) */
  created: number
  review?: ReviewTarget
  reviewNote?: string
  /**
   * An approved program's pending revision (Payload drafts): the owner's edit, sent for review,
   * and, with a note, sent back with 수정요청. The approved version stays public meanwhile.
   */
  revision?: { summary: string; reviewNote?: string }
  applyOnline?: boolean
  summary: string
  purpose: string
  details: string[] | ((p: Period) => string[])
  eligibilityDetails?: string
  howToApply: string
  notes?: string
  contact?: Contact
  eligibility?: { industries?: string[]; regions?: string[]; categories?: string[]; tiers?: string[] }
}
