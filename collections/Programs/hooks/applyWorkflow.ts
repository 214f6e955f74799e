import type { CollectionBeforeChangeHook } from 'payload'
import { decideReviewStatus, type ReviewStatus, type WorkflowRefusal } from '../../../kernel/rules/reviewWorkflow'
import { isPlatformAdmin, ROLE_LABELS, type Role } from '../../../kernel/rules/roles'
import type { MessageKey } from '../../../kernel/i18n/messages'
import { fieldError } from '../../hooks/errors'
import { isTrustedWrite } from '../../../kernel/access/trusted'
import { contentChanged } from '../../../kernel/rules/contentChange'

const REFUSALS: Record<WorkflowRefusal, { key: MessageKey; status: number }> = {
  'only-platform-admin-reviews': { key: 'onlyPlatformAdminReviews', status: 403 },
  'note-required': { key: 'reviewNoteRequired', status: 400 },
  'not-submitted': { key: 'notSubmitted', status: 409 },
  'invalid-transition': { key: 'invalidTransition', status: 409 },
}

/** Who took a review step, as people read it in the history: the name and the role. */
function actorName(user: { name?: unknown; role?: unknown } | null | undefined): string | null {
  if (!user) return null
  const role = ROLE_LABELS[user.role as Role]?.ko
  const name = typeof user.name === 'string' ? user.name.trim() : ''
  return [name, role && `(${role})`].filter(Boolean).join(' ') || null
}

/** Written by this hook only; whatever a client sends for them is dropped. */
const STAMPS = ['submittedAt', 'reviewedAt', 'reviewedBy', 'approvedAt', 'reviewHistory'] as const

/** Enforces the review workflow whatever the client sends, and stamps each step. */
export const applyWorkflow: CollectionBeforeChangeHook = ({ data, req, operation, originalDoc, context, collection }) => {
  const trusted = isTrustedWrite(context)
  if (!trusted) {
    // Put back the stored values rather than dropping the keys: a revision is saved as a whole
    // document (a version), so a missing key would be stored as empty.
    for (const stamp of STAMPS) data[stamp] = originalDoc?.[stamp] ?? null
    // Only the platform admin writes the review note.
    if (!isPlatformAdmin(req.user)) data.reviewNote = originalDoc?.reviewNote ?? null
  }
  const from = operation === 'create' ? null : ((originalDoc?.reviewStatus as ReviewStatus) ?? 'draft')
  const requested = data.reviewStatus as ReviewStatus | undefined
  // Trusted imports (the demo seed) may place a program at any status; the stamps still apply.
  const decision = trusted
    ? ({ ok: true, status: requested ?? from ?? 'draft' } as const)
    : decideReviewStatus({
        from,
        requested,
        actor: req.user,
        note: data.reviewNote,
        contentChanged: operation === 'update' && contentChanged(data, originalDoc),
      })
  if (!decision.ok) {
    // Each refusal names the field it concerns: the missing reason, or the 확인상태 asked for.
    const { key, status } = REFUSALS[decision.reason]
    throw fieldError(req, collection.slug, decision.reason === 'note-required' ? 'reviewNote' : 'reviewStatus', key, { status })
  }
  const to = decision.status
  data.reviewStatus = to
  if (to === from) return data

  const now = new Date().toISOString()
  if (to === 'submitted') {
    data.submittedAt ??= now
    // The request was answered; the old note stays in the history only.
    if (from === 'changes-requested') data.reviewNote = null
  }
  const decisionNote = data.reviewNote ?? null
  if (to === 'approved' || to === 'changes-requested') {
    data.reviewedAt ??= now
    data.reviewedBy ??= req.user?.id
  }
  // The note is the reason for 수정요청 and lives only while changes are requested; an approval's
  // comment goes to the history, so an old note can never stand in for a new request's reason.
  if (to === 'approved') data.reviewNote = null
  // 확인완료일 counts once, at the first approval (동반성장 평가 ① counts confirmations per year).
  if (to === 'approved' && !originalDoc?.approvedAt) data.approvedAt ??= now
  data.reviewHistory = [
    ...((originalDoc?.reviewHistory as Record<string, unknown>[] | undefined)?.map(({ id: _id, ...row }) => row) ?? []),
    { at: now, from: from ?? 'new', to, by: req.user?.id ?? null, byName: actorName(req.user), note: to === 'submitted' ? null : decisionNote },
  ]
  return data
}
