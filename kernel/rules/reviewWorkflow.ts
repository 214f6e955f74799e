import { isPlatformAdmin, type RoleHolder } from './roles'

/** reviewStatus: 작성중 → 확인요청 → 확인완료 / 수정요청 (SPEC "Program review workflow"). */
export const REVIEW_STATUSES = ['draft', 'submitted', 'approved', 'changes-requested'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, { ko: string; en: string }> = {
  draft: { ko: '작성중', en: 'Draft' },
  submitted: { ko: '확인요청', en: 'Submitted' },
  approved: { ko: '확인완료', en: 'Approved' },
  'changes-requested': { ko: '수정요청', en: 'Changes requested' },
}

export type WorkflowRefusal =
  | 'only-platform-admin-reviews'
  | 'note-required'
  | 'not-submitted'
  | 'invalid-transition'

export type WorkflowDecision = { ok: true; status: ReviewStatus } | { ok: false; reason: WorkflowRefusal }

export type WorkflowChange = {
  /** null when the program is being created */
  from: ReviewStatus | null
  /** the status the client asked for; undefined when it did not send one */
  requested: ReviewStatus | undefined
  actor: RoleHolder
  /** the review note after this change */
  note?: string | null
  /** whether fields other than the review fields change */
  contentChanged: boolean
}

const REVIEW_DECISIONS: ReviewStatus[] = ['approved', 'changes-requested']

/**
 * Decides the status a program ends up with after a change, or why the change is refused.
 * Rules: only a platform admin approves or asks for changes, and asking needs a note;
 * only a submitted program is reviewed; an owner sends draft / changes-requested to
 * submitted (or takes a submission back to draft); an owner's edit of an approved
 * program is a revision in submitted (or draft, if the owner says so) while the approved
 * version stays live (kernel/rules/revisions.ts). A platform admin may register a program
 * already approved (it is its own reviewer).
 */
export function decideReviewStatus(change: WorkflowChange): WorkflowDecision {
  const { from, actor, contentChanged } = change
  const admin = isPlatformAdmin(actor)
  const requested = change.requested ?? from ?? 'draft'
  const hasNote = typeof change.note === 'string' && change.note.trim().length > 0

  if (REVIEW_DECISIONS.includes(requested) && requested !== from) {
    if (!admin) return { ok: false, reason: 'only-platform-admin-reviews' }
    if (requested === 'changes-requested' && !hasNote) return { ok: false, reason: 'note-required' }
    if (from === null) {
      return requested === 'approved' ? { ok: true, status: 'approved' } : { ok: false, reason: 'not-submitted' }
    }
    if (from === 'submitted' || (from === 'approved' && requested === 'changes-requested')) {
      return { ok: true, status: requested }
    }
    return { ok: false, reason: 'not-submitted' }
  }

  if (from === null) return { ok: true, status: requested }

  // An owner's edit of an approved program is a revision for review (the approved version stays
  // live until it is approved in turn), whether it left the status as it was or asked for review.
  if (from === 'approved' && contentChanged && !admin && (requested === from || requested === 'submitted')) {
    return { ok: true, status: 'submitted' }
  }

  if (requested === from) return { ok: true, status: from }

  const allowed: Record<ReviewStatus, ReviewStatus[]> = {
    draft: ['submitted'],
    'changes-requested': ['submitted'],
    submitted: ['draft'],
    // The owner may also keep an edit of a live program as a 작성중 revision before asking for
    // review; without an edit there is nothing to revise.
    approved: admin || contentChanged ? ['submitted', 'draft'] : [],
  }
  if (allowed[from].includes(requested)) return { ok: true, status: requested }
  return { ok: false, reason: 'invalid-transition' }
}

/**
 * What the 확인상태 select offers: a platform admin every status; anyone else 작성중 and 확인요청,
 * plus the current status so the form can show it (decideReviewStatus decides on save).
 */
export function reviewStatusChoices(actor: RoleHolder, current: ReviewStatus | null | undefined): ReviewStatus[] {
  if (isPlatformAdmin(actor)) return [...REVIEW_STATUSES]
  return REVIEW_STATUSES.filter((status) => status === 'draft' || status === 'submitted' || status === current)
}
