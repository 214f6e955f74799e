/**
 * A new application (신청서): one message to each admin of the program's company who keeps
 * 새 신청서 알림 on. A company without any company admin sends nothing and the platform admins'
 * digest reports it. Composed during the save, sent after it; a failure is logged, never thrown.
 */
import type { CollectionAfterChangeHook } from 'payload'
import type { Application } from '../kernel/payload-types'
import { companyAudience } from './audience'
import { sendInBackground } from './deliver'
import { renderNewApplication } from './messages'
import { linkBase, loadCompanyAdmins } from './people'
import { queueReviewDigest } from './reviewDigest'
import { skipsNotifications } from './skip'
import { idOf } from './ids'


export const notifyNewApplication: CollectionAfterChangeHook<Application> = async ({ doc, operation, req, context }) => {
  if (operation !== 'create' || skipsNotifications(context)) return doc
  const { payload } = req
  try {
    const companyId = idOf(doc.programCompany)
    const audience = companyAudience(companyId == null ? [] : await loadCompanyAdmins(payload, [companyId], req), companyId, 'newApplications')
    if (!audience.hasAdmin) {
      await queueReviewDigest(payload, { eventAt: doc.createdAt, req })
      return doc
    }
    if (audience.to.length === 0) return doc
    const [program, company, applicantCompany] = await Promise.all([
      payload.findByID({ collection: 'programs', id: idOf(doc.program)!, select: { title: true }, depth: 0, overrideAccess: true, req }),
      payload.findByID({ collection: 'companies', id: companyId!, select: { name: true }, depth: 0, overrideAccess: true, req }),
      doc.applicantCompanyName || idOf(doc.company) == null
        ? null
        : payload.findByID({ collection: 'companies', id: idOf(doc.company)!, select: { name: true }, depth: 0, overrideAccess: true, req }),
    ])
    for (const recipient of audience.to) {
      const mail = renderNewApplication({
        applicationId: doc.id,
        programTitle: program.title,
        companyName: company.name,
        applicantCompany: doc.applicantCompanyName || applicantCompany?.name || '',
        at: doc.createdAt,
        recipientName: recipient.name,
        links: linkBase(payload),
      })
      sendInBackground(payload, { to: recipient.email, ...mail }, '새 신청서 알림')
    }
  } catch (err) {
    payload.logger.error({ err, msg: `새 신청서 알림을 준비하지 못했습니다 (application ${String(doc.id)})` })
  }
  return doc
}
