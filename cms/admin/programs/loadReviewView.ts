import type { Payload } from 'payload'
import { companyIdOf, isCompanyAdmin, isPlatformAdmin, sameId, type RoleHolder } from '../../../kernel/rules/roles'
import type { ProgramVersion } from '../../../kernel/rules/reviewState'

export type ReviewView = { id: string | number; latest: ProgramVersion; live: ProgramVersion | null; reviewer: boolean }

/**
 * What the program form's review notice and history read: the version being edited (the latest,
 * read with the viewer's own access, so the review fields follow their read rules) and the live
 * one the public sees. Only the program's company admins and platform admins get anything.
 */
export async function loadReviewView(payload: Payload, user: RoleHolder, id: string | number | undefined): Promise<ReviewView | null> {
  if (id == null || !user || !(isPlatformAdmin(user) || isCompanyAdmin(user))) return null
  const latest = await payload.findByID({
    collection: 'programs', id, draft: true, depth: 0, overrideAccess: false, user: user as never, disableErrors: true,
  })
  if (!latest) return null
  if (!isPlatformAdmin(user) && !sameId(latest.company, companyIdOf(user))) return null
  const main = await payload.db.findOne<ProgramVersion & { id: string | number; _status?: string }>({ collection: 'programs', where: { id: { equals: id } } })
  return { id, latest: latest as ProgramVersion, live: main?._status === 'published' ? main : null, reviewer: isPlatformAdmin(user) }
}
