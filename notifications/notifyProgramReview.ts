/**
 * A program's review status changed (previousDoc: its latest version before the save; doc: the
 * result). 수정요청 and 확인완료 go to the program company's admins, one message each; 확인요청
 * queues the platform admins' digest. A company without any company admin sends nothing and the
 * digest reports it. Composed during the save, sent after it; a failure is logged, never thrown.
 */
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import type { Program } from '../kernel/payload-types'
import { companyAudience } from './audience'
import { sendInBackground } from './deliver'
import { renderApproved, renderChangesRequested } from './messages'
import { linkBase, loadCompanyAdmins } from './people'
import { queueReviewDigest } from './reviewDigest'
import { skipsNotifications } from './skip'
import { idOf } from './ids'


/** When the program reached `status`: its newest history row for it (the save just wrote it). */
const reachedAt = (doc: Program, status: string): string => {
  const rows = (doc.reviewHistory ?? []).filter((row) => row.to === status && row.at)
  return rows.length ? rows[rows.length - 1].at! : new Date().toISOString()
}

async function tellCompany(req: PayloadRequest, doc: Program, status: 'approved' | 'changes-requested') {
  const { payload } = req
  const companyId = idOf(doc.company)
  const at = reachedAt(doc, status)
  const audience = companyAudience(companyId == null ? [] : await loadCompanyAdmins(payload, [companyId], req), companyId, 'reviewResults')
  if (!audience.hasAdmin) {
    await queueReviewDigest(payload, { eventAt: at, req })
    return
  }
  if (audience.to.length === 0) return
  const company = await payload.findByID({ collection: 'companies', id: companyId!, select: { name: true }, depth: 0, overrideAccess: true, req })
  const render = status === 'approved' ? renderApproved : renderChangesRequested
  const what = status === 'approved' ? '확인완료 알림' : '수정요청 알림'
  for (const recipient of audience.to) {
    const mail = render({
      programId: doc.id,
      programTitle: doc.title,
      companyName: company.name,
      at,
      reviewNote: doc.reviewNote,
      recipientName: recipient.name,
      links: linkBase(payload),
    })
    sendInBackground(payload, { to: recipient.email, ...mail }, what)
  }
}

export const notifyProgramReview: CollectionAfterChangeHook<Program> = async ({ doc, previousDoc, operation, req, context }) => {
  if (skipsNotifications(context)) return doc
  const from = operation === 'create' ? null : (previousDoc?.reviewStatus ?? null)
  const to = doc.reviewStatus
  if (!to || from === to) return doc
  try {
    if (to === 'submitted') await queueReviewDigest(req.payload, { eventAt: reachedAt(doc, to), req })
    // A program registered already approved (by a platform admin) is no review result to report.
    else if ((to === 'approved' || to === 'changes-requested') && operation === 'update') await tellCompany(req, doc, to)
  } catch (err) {
    req.payload.logger.error({ err, msg: `프로그램 확인 알림을 준비하지 못했습니다 (program ${String(doc.id)})` })
  }
  return doc
}
