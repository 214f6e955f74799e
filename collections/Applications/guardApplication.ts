import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { activeKey } from '../../members/applications/activeKey'
import { loadApplicantSnapshot, SNAPSHOT_FIELDS } from '../../members/applications/applicantSnapshot'
import { loadApplyContext } from '../../members/applications/applyContext'
import { refusalMessage } from '../../members/applications/messages'
import { canMoveApplication, type ApplicationStatus } from '../../kernel/rules/applicationStatus'
import { checkKoreanPhone } from '../../kernel/rules/phone'
import { companyIdOf, isCompanyAdmin, isPlatformAdmin, sameId } from '../../kernel/rules/roles'
import { refuse } from '../hooks/errors'
import { isTrustedWrite } from '../../kernel/access/trusted'
import { checkAttachments } from './attachments'

type Data = Record<string, any>

/** What each role may change on an existing application; the rest keeps its stored value. */
function editableKeys(req: PayloadRequest): string[] | null {
  if (isPlatformAdmin(req.user)) return null
  return isCompanyAdmin(req.user) ? ['status', 'decisionNote'] : ['status']
}

/**
 * A new application: the signed-in member's, for its company (a platform admin names the
 * company), in 접수, and only when canApply() agrees — approved, 모집중, 상생누리 신청가능, the
 * company eligible, no live application of the company to the program yet.
 */
async function checkNewApplication(data: Data, req: PayloadRequest): Promise<void> {
  const user = req.user
  if (!isPlatformAdmin(user)) {
    data.applicant = user?.id
    data.company = companyIdOf(user)
  } else {
    data.applicant ??= user?.id
  }
  data.status = 'submitted'
  delete data.decisionNote
  const { check, program, programCompany } = await loadApplyContext(req.payload, { user, programId: data.program, companyId: data.company, req })
  if (!check.ok) {
    // In a request body an unknown or hidden program is a bad reference: 400, not 404.
    const status = check.refusal === 'not-found' ? 400 : check.status
    throw new APIError(refusalMessage(req, check, program), status, undefined, true)
  }
  data.programCompany = programCompany!.id
  await checkAttachments(data, req)
}

/** Trusted writes (the seed, the page's service) skip the rules but still get the derived fields. */
async function fillProgramCompany(data: Data, req: PayloadRequest): Promise<void> {
  if (data.programCompany != null || data.program == null) return
  const { program } = await loadApplyContext(req.payload, { user: req.user, programId: data.program, companyId: null, req })
  if (program) data.programCompany = typeof program.company === 'object' ? program.company?.id : program.company
}

/**
 * 신청자 정보, on every new application (trusted writes too): name and e-mail from the applicant,
 * the company's name, whatever the client sent for them; the contact phone as typed, in its
 * national format when it is a Korean number (validateApplicantPhone refuses it otherwise).
 */
async function snapshotApplicant(data: Data, req: PayloadRequest): Promise<void> {
  Object.assign(data, await loadApplicantSnapshot(req.payload, { applicant: data.applicant, company: data.company }, req))
  const phone = checkKoreanPhone(data.applicantPhone)
  if (phone.ok) data.applicantPhone = phone.value
}

/**
 * Afterwards the status moves as canMoveApplication allows (the company admin decides with a
 * note, the applicant withdraws), and the server keeps activeKey and decidedAt in step.
 */
export const guardApplication: CollectionBeforeChangeHook = async ({ data, req, operation, originalDoc, context }) => {
  const trusted = isTrustedWrite(context)
  if (operation === 'create') {
    if (trusted) await fillProgramCompany(data, req)
    else await checkNewApplication(data, req)
    await snapshotApplicant(data, req)
    const status = (data.status ?? 'submitted') as ApplicationStatus
    data.activeKey = activeKey(data.program, data.company, status)
    if ((status === 'selected' || status === 'not-selected') && !data.decidedAt) data.decidedAt = new Date().toISOString()
    return data
  }
  const from = originalDoc?.status as ApplicationStatus
  const to = (data.status ?? from) as ApplicationStatus
  if (!trusted) {
    if (!canMoveApplication(req.user, from, to)) throw refuse(req, 'invalidTransition', 409)
    const keys = editableKeys(req)
    // `data` already holds every field (Payload fills what the client did not send from the
    // stored document), so put back the stored values rather than dropping keys, which would
    // fail the required-field checks.
    if (keys) {
      for (const key of Object.keys(data)) if (!keys.includes(key)) data[key] = originalDoc?.[key]
    } else if (!sameId(data.program, originalDoc?.program)) {
      data.programCompany = null
      await fillProgramCompany(data, req)
    }
    // 신청자 정보 is what was shared when the application was submitted: nobody edits it later.
    for (const key of SNAPSHOT_FIELDS) data[key] = originalDoc?.[key] ?? null
  }
  data.status = to
  data.activeKey = activeKey(data.program ?? originalDoc?.program, data.company ?? originalDoc?.company, to, originalDoc?.id)
  if (to !== from && (to === 'selected' || to === 'not-selected')) data.decidedAt = new Date().toISOString()
  else if (!trusted) data.decidedAt = originalDoc?.decidedAt
  return data
}
