/**
 * 신청 철회 by the applicant, while the application is 접수 (canWithdraw). Someone else's
 * application, or one that does not exist, is "not found" (404) so ids reveal nothing.
 */
import type { Payload } from 'payload'
import type { Application, User } from '../../kernel/payload-types'
import { canWithdraw, type ApplicationStatus } from '../../kernel/rules/applicationStatus'
import { isMember, isPlatformAdmin, sameId } from '../../kernel/rules/roles'
import { msg } from '../../kernel/i18n/messages'

export type WithdrawResult = { ok: true; application: Application } | { ok: false; status: number; message: string }

async function findApplication(payload: Payload, id: unknown): Promise<Application | null> {
  if (typeof id !== 'string' && typeof id !== 'number') return null
  try {
    const { docs } = await payload.find({ collection: 'applications', where: { id: { equals: id } }, limit: 1, depth: 0, pagination: false, overrideAccess: true })
    return docs[0] ?? null
  } catch {
    return null
  }
}

export async function withdrawApplication(payload: Payload, user: User, id: unknown): Promise<WithdrawResult> {
  const application = await findApplication(payload, id)
  if (!application || !sameId(application.applicant, user.id)) return { ok: false, status: 404, message: msg(null, 'notFound') }
  if (!isMember(user) && !isPlatformAdmin(user)) return { ok: false, status: 403, message: msg(null, 'forbidden') }
  if (!canWithdraw(user, application.status as ApplicationStatus)) {
    return { ok: false, status: 409, message: msg(null, 'applyWithdrawNotAllowed') }
  }
  const updated = await payload.update({
    collection: 'applications',
    id: application.id,
    data: { status: 'withdrawn' },
    user,
    overrideAccess: false,
    depth: 0,
  })
  return { ok: true, application: updated }
}
