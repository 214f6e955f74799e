/**
 * Confirming or declining a request to join a company (docs/SPEC.md "Company membership"): the
 * one implementation behind /my/ (the 기업 담당자), the e-mail link and the admin's 승인 / 거절
 * (POST /api/users/:id/membership). The rule of who may decide is kernel/rules/membership.ts; the
 * e-mails follow from the save (collections/Users/hooks/notifyMembership.ts).
 */
import type { Payload } from 'payload'
import { mayDecideMembership } from '../../kernel/rules/membership'
import { companyIdOf, type RoleHolder } from '../../kernel/rules/roles'
import type { MessageKey } from '../../kernel/i18n/messages'
import { idOf, type Id } from '../../notifications/ids'
import type { Company, User } from '../../kernel/payload-types'
import { atomically } from './atomically'
import { isOperatorCategory } from '../../kernel/rules/operators'

export const MEMBERSHIP_DECISIONS = ['confirm', 'decline'] as const
export type MembershipDecision = (typeof MEMBERSHIP_DECISIONS)[number]

export const isMembershipDecision = (value: unknown): value is MembershipDecision =>
  typeof value === 'string' && (MEMBERSHIP_DECISIONS as readonly string[]).includes(value)

export type MembershipRequest = {
  user: Pick<User, 'id' | 'name' | 'email' | 'updatedAt'>
  company: Pick<Company, 'id' | 'name' | 'category' | 'manager'>
}

export type DecisionOutcome = { ok: true; decision: MembershipDecision; request: MembershipRequest } | { ok: false; status: number; key: MessageKey }

const USER_SELECT = { name: true, email: true, pendingCompany: true, updatedAt: true } as const
const COMPANY_SELECT = { name: true, category: true, manager: true } as const

/** The open request of account `userId`, or null (unknown or malformed id, nothing asked). */
export async function findRequest(payload: Payload, userId: unknown): Promise<MembershipRequest | null> {
  if (typeof userId !== 'string' && typeof userId !== 'number') return null
  try {
    const user = await payload.findByID({ collection: 'users', id: userId, select: USER_SELECT, depth: 0, overrideAccess: true, disableErrors: true })
    const companyId = idOf(user?.pendingCompany)
    if (!user || companyId == null) return null
    const company = await payload.findByID({ collection: 'companies', id: companyId, select: COMPANY_SELECT, depth: 0, overrideAccess: true, disableErrors: true })
    return company ? { user, company } as MembershipRequest : null
  } catch {
    return null // not an id this database could hold
  }
}

/**
 * The request of `userId` as `actor` may see it: null when there is none or the actor may not
 * decide it (a request for another company looks like no request at all).
 */
export async function requestFor(payload: Payload, actor: RoleHolder, userId: unknown): Promise<MembershipRequest | null> {
  const request = await findRequest(payload, userId)
  return request && mayDecideMembership(actor, request.company) ? request : null
}

/** The open requests to join the company `actor` manages (newest first); none for anyone else. */
export async function requestsToManage(payload: Payload, actor: User, company: Pick<Company, 'id' | 'manager'> | null): Promise<MembershipRequest['user'][]> {
  if (!company || !mayDecideMembership(actor, company) || companyIdOf(actor) == null) return []
  const { docs } = await payload.find({
    collection: 'users', where: { pendingCompany: { equals: company.id } }, select: { name: true, email: true, updatedAt: true },
    sort: '-updatedAt', limit: 100, depth: 0, overrideAccess: true,
  })
  return docs as MembershipRequest['user'][]
}

/**
 * 승인: the account's company becomes the one it asked for (and, for a company that has no
 * 담당자 yet and is an SME or mid-sized firm, it becomes the 담당자: a company without members is
 * claimed through a platform admin's confirmation; 대기업·공공기관 are run by their 운영기업 관리자). 거절: the request is removed. Both are the platform's own writes once
 * the actor is allowed, and they notify (context.notify).
 */
export async function decideMembership(payload: Payload, actor: User, userId: unknown, decision: MembershipDecision): Promise<DecisionOutcome> {
  const request = await findRequest(payload, userId)
  if (!request) return { ok: false, status: 404, key: 'membershipNoRequest' }
  // Someone who may not decide it is told there is no request: nobody learns who asked to join another company.
  if (!mayDecideMembership(actor, request.company)) return { ok: false, status: 404, key: 'membershipNoRequest' }
  const context = { trustedWrite: true, notify: true, membershipDecidedBy: actor.id }
  const userId_: Id = request.user.id
  await atomically(payload, async (req) => {
    if (decision === 'decline') {
      await payload.update({ collection: 'users', id: userId_, data: { pendingCompany: null }, overrideAccess: true, depth: 0, context, req })
      return
    }
    await payload.update({ collection: 'users', id: userId_, data: { company: request.company.id, pendingCompany: null }, overrideAccess: true, depth: 0, context, req })
    if (request.company.manager == null && !isOperatorCategory(request.company.category)) {
      await payload.update({ collection: 'companies', id: request.company.id, data: { manager: userId_ }, overrideAccess: true, depth: 0, context: { trustedWrite: true }, req })
    }
  })
  return { ok: true, decision, request }
}
