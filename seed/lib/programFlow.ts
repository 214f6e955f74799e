import type { Payload } from 'payload'
import { addDays } from '../../kernel/rules/dates'
import type { ReviewTarget } from '../data/programs'
import type { SeedUser } from './context'
import type { SeedClock } from './time'

type Data = Record<string, unknown>

/**
 * Takes a new program through the real review workflow: the owner registers it (작성중) and
 * asks for review (확인요청); the platform admin approves it (확인완료) or asks for changes
 * (수정요청, with a note). `registeredOn` is the Seoul day it counts as registered.
 */
export async function registerThroughWorkflow(
  payload: Payload,
  args: { data: Data; owner: SeedUser; admin: SeedUser; target: ReviewTarget; reviewNote?: string; registeredOn: string },
): Promise<number | string> {
  const { owner, admin, target } = args
  const created = await payload.create({
    collection: 'programs',
    data: { ...args.data, reviewStatus: 'draft' } as never,
    user: owner,
    overrideAccess: false,
    context: { registeredOn: args.registeredOn, skipSiteRebuild: true, skipNotifications: true },
    depth: 0,
  })
  const id = created.id
  if (target === 'draft') return id
  await payload.update({ collection: 'programs', id, data: { reviewStatus: 'submitted' }, user: owner, overrideAccess: false, context: { skipSiteRebuild: true, skipNotifications: true }, depth: 0 })
  if (target === 'submitted') return id
  const decision = target === 'approved' ? { reviewStatus: 'approved' as const } : { reviewStatus: 'changes-requested' as const, reviewNote: args.reviewNote }
  await payload.update({ collection: 'programs', id, data: decision, user: admin, overrideAccess: false, context: { skipSiteRebuild: true, skipNotifications: true }, depth: 0 })
  return id
}

/**
 * Places an already approved program directly (trusted import), for programs whose support
 * period has already ended: the rules refuse those when registered today, so they are
 * registered as of their historical day.
 */
export async function importApproved(
  payload: Payload,
  args: { data: Data; owner: SeedUser; admin: SeedUser; registeredOn: string; clock: SeedClock },
): Promise<number | string> {
  const times = reviewTimes(args.clock, args.registeredOn, 'approved')
  const doc = await payload.create({
    collection: 'programs',
    data: { ...args.data, reviewStatus: 'approved', createdAt: times.createdAt, submittedAt: times.submittedAt,
      reviewedAt: times.reviewedAt, approvedAt: times.reviewedAt, reviewedBy: args.admin.id } as never,
    user: args.owner,
    overrideAccess: true,
    context: { trustedWrite: true, skipSiteRebuild: true, registeredOn: args.registeredOn },
    depth: 0,
  })
  return doc.id
}

/** When each step happened for a program registered on `day`: same-day request, review the next day. */
export function reviewTimes(clock: SeedClock, day: string, target: ReviewTarget) {
  const createdAt = clock.instant(day, 10)
  const submittedAt = target === 'draft' ? undefined : clock.instant(day, 11)
  const reviewedAt = target === 'approved' || target === 'changes-requested' ? clock.instant(addDays(day, 1), 15) : undefined
  return { createdAt, submittedAt, reviewedAt }
}

/**
 * Moves a program's timestamps (and its review history) back to the day it was registered,
 * so the cumulative chart and the per-year evaluation have a history. A trusted write that
 * changes no status, so the workflow stamps nothing new.
 */
export async function backdate(
  payload: Payload,
  args: { id: number | string; clock: SeedClock; registeredOn: string; target: ReviewTarget },
): Promise<void> {
  const times = reviewTimes(args.clock, args.registeredOn, args.target)
  const doc = await payload.findByID({ collection: 'programs', id: args.id, depth: 0, overrideAccess: true })
  const at = (to: string) => (to === 'draft' ? times.createdAt : to === 'submitted' ? times.submittedAt : times.reviewedAt) ?? times.createdAt
  const reviewHistory = (doc.reviewHistory ?? []).map(({ id: _id, ...row }) => ({ ...row, at: at(String(row.to)) }))
  await payload.update({
    collection: 'programs',
    id: args.id,
    data: {
      createdAt: times.createdAt,
      ...(times.submittedAt && doc.submittedAt ? { submittedAt: times.submittedAt } : {}),
      ...(times.reviewedAt && doc.reviewedAt ? { reviewedAt: times.reviewedAt } : {}),
      ...(doc.approvedAt ? { approvedAt: times.reviewedAt } : {}),
      reviewHistory,
    } as never,
    overrideAccess: true,
    context: { trustedWrite: true, skipSiteRebuild: true },
    depth: 0,
  })
}

/**
 * An approved program's pending revision, made as the people make it: the owner edits the live
 * program (a revision in 확인요청; the approved version stays public), and the platform admin
 * sends it back with 수정요청 when the fixture gives a note.
 */
export async function reviseThroughWorkflow(
  payload: Payload,
  args: { id: number | string; owner: SeedUser; admin: SeedUser; summary: string; reviewNote?: string },
): Promise<void> {
  const quiet = { skipSiteRebuild: true, skipNotifications: true }
  await payload.update({ collection: 'programs', id: args.id, data: { summary: args.summary }, user: args.owner, overrideAccess: false, context: quiet, depth: 0 })
  if (!args.reviewNote) return
  await payload.update({
    collection: 'programs', id: args.id, data: { reviewStatus: 'changes-requested', reviewNote: args.reviewNote },
    user: args.admin, overrideAccess: false, context: quiet, depth: 0,
  })
}
