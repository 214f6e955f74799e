/**
 * When an application becomes 선정 or 미선정 (or a decision is revised), the applicant gets one
 * e-mail. Unrelated saves (a corrected note, a re-save) send nothing. The message is composed
 * during the save; it is handed to the mail server in the background, so a slow or failing mail
 * server is logged and never fails (or slows) the save.
 */
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { renderDecisionEmail } from '../../notifications/decisionEmail'
import { backgroundMailSettled, sendInBackground } from '../../notifications/deliver'
import type { Application } from '../../kernel/payload-types'

/** Resolves once every decision e-mail (and other background mail) started so far has been handed over or has failed. */
export const decisionEmailsSettled = backgroundMailSettled

const idOf = (ref: unknown) => (typeof ref === 'object' && ref !== null ? (ref as { id: string | number }).id : (ref as string | number))

async function compose(req: PayloadRequest, doc: Application) {
  const { payload } = req
  const [program, applicant] = await Promise.all([
    payload.findByID({ collection: 'programs', id: idOf(doc.program), depth: 1, overrideAccess: true, req }),
    payload.findByID({ collection: 'users', id: idOf(doc.applicant), depth: 0, overrideAccess: true, req }),
  ])
  const siteUrl = String((payload.config.custom as { siteUrl?: string } | undefined)?.siteUrl ?? '')
  const mail = renderDecisionEmail({
    programTitle: program.title,
    programCompany: typeof program.company === 'object' && program.company ? program.company.name : '',
    applicantName: applicant.name,
    status: doc.status as 'selected' | 'not-selected',
    decisionNote: doc.decisionNote,
    siteUrl,
  })
  return { to: applicant.email, ...mail }
}

export const notifyDecision: CollectionAfterChangeHook<Application> = async ({ doc, previousDoc, operation, req, context }) => {
  if (operation !== 'update' || context?.skipApplicantEmail) return doc
  const decided = doc.status === 'selected' || doc.status === 'not-selected'
  if (!decided || previousDoc?.status === doc.status) return doc
  const { payload } = req
  try {
    sendInBackground(payload, await compose(req, doc), `선정 결과 (application ${doc.id})`)
  } catch (err) {
    payload.logger.error({ err, msg: `선정 결과 메일을 보내지 못했습니다 (application ${doc.id})` })
  }
  return doc
}
