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

/**
 * Whether an approved program's 신청 마감일 is still ahead or today: it is 예정 or 모집중. The
 * deadline calendar (site/feeds/ics.ts) lists exactly these.
 */
export function deadlineAhead(program: Omit<PhaseInput, 'reviewStatus'>, now: Date = new Date()): boolean {
  const phase = derivePhase({ ...program, reviewStatus: 'approved' }, now)
  return phase === 'upcoming' || phase === 'recruiting'
}

/** The order public lists show programs in: open for applications first, finished last. */
export const PUBLIC_PHASE_ORDER: readonly Phase[] = ['recruiting', 'upcoming', 'in-progress', 'closed']

/** Sorts public programs: by PUBLIC_PHASE_ORDER, then the nearest application deadline. */
export function compareByPhaseThenDeadline(a: { phase: Phase; applyEnd: string }, b: { phase: Phase; applyEnd: string }): number {
  const rank = PUBLIC_PHASE_ORDER.indexOf(a.phase) - PUBLIC_PHASE_ORDER.indexOf(b.phase)
  if (rank !== 0) return rank
  // Finished programs read newest first; open ones by the deadline that comes first.
  return a.phase === 'closed' ? b.applyEnd.localeCompare(a.applyEnd) : a.applyEnd.localeCompare(b.applyEnd)
}
