import { kstDate, kstToday } from './dates'

/** 진행단계: derived from review status and the Seoul calendar, never stored by hand. */
export const PHASES = [
  'draft',
  'submitted',
  'changes-requested',
  'upcoming',
  'recruiting',
  'in-progress',
  'closed',
] as const
export type Phase = (typeof PHASES)[number]

export const PHASE_LABELS: Record<Phase, { ko: string; en: string }> = {
  draft: { ko: '작성중', en: 'Draft' },
  submitted: { ko: '확인요청', en: 'Awaiting review' },
  'changes-requested': { ko: '수정요청', en: 'Changes requested' },
  upcoming: { ko: '예정', en: 'Upcoming' },
  recruiting: { ko: '모집중', en: 'Recruiting' },
  'in-progress': { ko: '진행중', en: 'In progress' },
  closed: { ko: '종료', en: 'Closed' },
}

export type PhaseInput = {
  reviewStatus?: string | null
  applyStart?: string | Date | null
  applyEnd?: string | Date | null
  supportEnd?: string | Date | null
}

function day(value: string | Date | null | undefined): string | null {
  if (value == null || value === '') return null
  return kstDate(value)
}

/**
 * The 진행단계 of a program on a given day (default: now, in Asia/Seoul).
 * Not approved → its review status; approved → 예정 / 모집중 / 진행중 / 종료 by calendar.
 */
export function derivePhase(program: PhaseInput, now: Date = new Date()): Phase {
  const status = program.reviewStatus ?? 'draft'
  if (status !== 'approved') {
    return status === 'submitted' || status === 'changes-requested' ? status : 'draft'
  }
  const today = kstToday(now)
  const applyStart = day(program.applyStart)
  const applyEnd = day(program.applyEnd)
  const supportEnd = day(program.supportEnd) ?? applyEnd
  if (applyStart && today < applyStart) return 'upcoming'
  if (applyStart && applyEnd && today <= applyEnd) return 'recruiting'
  if (supportEnd && today <= supportEnd) return 'in-progress'
  return 'closed'
}
