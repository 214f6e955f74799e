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
 * program sends it back to submitted. A platform admin may register a program already
 * approved (it is its own reviewer).
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

  // An owner editing an approved program puts it back in the review queue, whether it left the
  // status as it was or asked for that review itself.
  if (from === 'approved' && contentChanged && !admin && (requested === from || requested === 'submitted')) {
    return { ok: true, status: 'submitted' }
  }

  if (requested === from) return { ok: true, status: from }

  const allowed: Record<ReviewStatus, ReviewStatus[]> = {
    draft: ['submitted'],
    'changes-requested': ['submitted'],
    submitted: ['draft'],
    approved: admin ? ['submitted', 'draft'] : [],
  }
  if (allowed[from].includes(requested)) return { ok: true, status: requested }
  return { ok: false, reason: 'invalid-transition' }
}
