import { derivePhase, type Phase, type PhaseInput } from './phase'
import type { ReviewStatus } from './reviewWorkflow'

/** One row of a program's 확인 이력 as stored (programs.reviewHistory). */
export type ReviewStep = {
  at?: string | null
  from?: string | null
  to?: string | null
  byName?: string | null
  note?: string | null
}

export type ProgramVersion = PhaseInput & {
  reviewStatus?: string | null
  reviewNote?: string | null
  submittedAt?: string | null
  reviewHistory?: ReviewStep[] | null
}

/**
 * Where a program stands for the people who run it, from the version they are editing (the
 * latest) and the version the public sees (the main document when it is published):
 * - `changes-requested`: 수정요청 — the reason and who asked, when;
 * - `submitted`: 확인요청 — waiting for the platform admin;
 * - `draft`: 작성중 — not sent for review yet;
 * - `live`: the latest version is the public one (an edit will wait as a revision).
 * `publicPhase` is the 진행단계 the public sees (null when nothing is public), and `revision`
 * whether the version being edited is a pending revision of a live program.
 */
export type ReviewState = {
  kind: 'changes-requested' | 'submitted' | 'draft' | 'live'
  publicPhase: Phase | null
  revision: boolean
  request: { note: string; at: string | null; byName: string | null } | null
  submittedAt: string | null
}

export function reviewStateOf(latest: ProgramVersion, live: ProgramVersion | null, now: Date = new Date()): ReviewState {
  const status = (latest.reviewStatus ?? 'draft') as ReviewStatus
  const publicPhase = live && live.reviewStatus === 'approved' ? derivePhase(live, now) : null
  const kind = status === 'approved' ? 'live' : status
  const step = [...(latest.reviewHistory ?? [])].reverse().find((row) => row.to === 'changes-requested')
  const note = latest.reviewNote?.trim() || step?.note?.trim() || ''
  return {
    kind,
    publicPhase,
    revision: publicPhase !== null && status !== 'approved',
    request: kind === 'changes-requested' ? { note, at: step?.at ?? null, byName: step?.byName ?? null } : null,
    submittedAt: kind === 'submitted' ? (latest.submittedAt ?? null) : null,
  }
}
