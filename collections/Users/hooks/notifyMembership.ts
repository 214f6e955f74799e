import type { CollectionAfterChangeHook } from 'payload'
import { refChanges } from '../../../kernel/rules/membership'
import { sameId } from '../../../kernel/rules/roles'
import { sendInBackground } from '../../../notifications/deliver'
import { idOf } from '../../../notifications/ids'
import { renderMembershipAnswer, renderMembershipRequest } from '../../../notifications/membershipMessages'
import { linkBase, loadPlatformAdmins } from '../../../notifications/people'
import { skipsNotifications } from '../../../notifications/skip'
import type { User } from '../../../kernel/payload-types'

/**
 * Company membership e-mails (docs/SPEC.md "Company membership"), from the save itself so that
 * every path (sign-up, /my/, the admin, REST) tells the same people: a new request goes to the
 * company's 기업 담당자, or to the platform admins when it has none; a decision goes to the person
 * who asked (not when they withdrew the request themselves). Failures are logged, never thrown.
 */
export const notifyMembership: CollectionAfterChangeHook<User> = async ({ doc, previousDoc, req, context }) => {
  if (skipsNotifications(context)) return doc
  const { payload } = req
  const asked = idOf(doc.pendingCompany)
  const answered = idOf(previousDoc?.pendingCompany)
  try {
    const links = linkBase(payload)
    if (asked != null && refChanges(answered, asked)) {
      const company = await payload.findByID({ collection: 'companies', id: asked, select: { name: true, manager: true }, depth: 0, overrideAccess: true, req })
      const managerId = idOf(company.manager)
      const manager = managerId == null ? null
        : await payload.findByID({ collection: 'users', id: managerId, select: { email: true, name: true }, depth: 0, overrideAccess: true, req, disableErrors: true })
      const deciders = manager ? [manager] : await loadPlatformAdmins(payload, req)
      for (const person of deciders) {
        if (!person.email) continue
        const mail = renderMembershipRequest({
          userId: doc.id, requesterName: doc.name || doc.email, requesterEmail: doc.email, companyName: company.name,
          at: doc.updatedAt, recipientName: person.name, asManager: Boolean(manager), links,
        })
        sendInBackground(payload, { to: person.email, ...mail }, '소속 승인 요청')
      }
    }
    const withdrawnByThemselves = sameId(req.user?.id, doc.id) && !context?.membershipDecidedBy
    if (answered != null && asked == null && !withdrawnByThemselves) {
      const company = await payload.findByID({ collection: 'companies', id: answered, select: { name: true }, depth: 0, overrideAccess: true, req })
      const mail = renderMembershipAnswer({ companyName: company.name, confirmed: sameId(doc.company, answered), recipientName: doc.name, links })
      sendInBackground(payload, { to: doc.email, ...mail }, '소속 승인 결과')
    }
  } catch (err) {
    payload.logger.error({ err, msg: `소속 승인 메일을 준비하지 못했습니다 (user ${String(doc.id)})` })
  }
  return doc
}
