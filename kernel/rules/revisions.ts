import { isPlatformAdmin, type RoleHolder } from './roles'
import type { ReviewStatus } from './reviewWorkflow'

/**
 * Where a save of a program lands (docs/SPEC.md "Program review workflow"). The public reads the
 * program's main document; once a program is live (approved and published) that document is the
 * last approved version, and edits wait beside it as a newer draft version — a pending revision —
 * until a platform admin approves them.
 *
 * - `publish`: the save becomes the live version (확인완료). Only a platform admin, or a trusted
 *   server write of an approved program, publishes.
 * - `revision`: the save is stored as the latest version only; the live version stays public.
 * - `working-copy`: a program that was never approved: the main document is its working copy.
 * - `unpublish`: a platform admin takes a live program off the site.
 */
export type SaveTarget = 'publish' | 'revision' | 'working-copy' | 'unpublish'

export type SaveRoute = { ok: true; target: SaveTarget } | { ok: false; reason: 'only-platform-admin-publishes' }

export type SaveRequest = {
  actor: RoleHolder
  /** server code acting for the platform (the seed, imports) */
  trusted: boolean
  /** the stored main document is published (the program is live) */
  isLive: boolean
  /** the review status the save asks for (undefined: unchanged) */
  requestedStatus: ReviewStatus | undefined
  /** the stored review status of the latest version */
  currentStatus: ReviewStatus | null
  /** Payload's `_status` in the data: Publish sends 'published', Unpublish 'draft' without ?draft */
  requestedPublication: 'published' | 'draft' | undefined
  /** the client asked for a draft save (?draft=true) */
  draftRequested: boolean
}

export function routeProgramSave(save: SaveRequest): SaveRoute {
  const reviewer = isPlatformAdmin(save.actor)
  const status = save.requestedStatus ?? save.currentStatus
  if (save.trusted) {
    return { ok: true, target: status === 'approved' ? 'publish' : save.isLive ? 'revision' : 'working-copy' }
  }
  if (save.requestedPublication === 'published' && !reviewer) return { ok: false, reason: 'only-platform-admin-publishes' }
  if (reviewer) {
    if (save.requestedPublication === 'published') return { ok: true, target: 'publish' }
    // Payload's Unpublish sends only `_status: 'draft'`, without ?draft=true.
    const unpublish = save.isLive && save.requestedPublication === 'draft' && !save.draftRequested && save.requestedStatus === undefined
    if (unpublish) return { ok: true, target: 'unpublish' }
    // Approving is publishing: an approved state never waits as a draft.
    if (status === 'approved') return { ok: true, target: 'publish' }
  }
  return { ok: true, target: save.isLive ? 'revision' : 'working-copy' }
}
