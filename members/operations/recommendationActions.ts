/**
 * What /my/ offers on each recommended program: 신청하기 when canApply() says the member may
 * apply now, or the state of the company's live application (접수, 선정, 미선정) when it already
 * applied — one live application per company and program (applications.activeKey), so a second
 * 신청하기 would only be refused. The rule stays canApply's; this only gathers its inputs for a
 * page of recommendations at once.
 */
import type { Payload } from 'payload'
import { canApply } from '../applications/canApply'
import type { ApplicationStatus } from '../../kernel/rules/applicationStatus'
import type { EligibilityCompany } from '../../kernel/rules/eligibility'
import { sameId, type RoleHolder } from '../../kernel/rules/roles'
import type { Recommendation } from './recommendations'

type Id = string | number

export type RecommendationAction =
  | { kind: 'apply' }
  /** `applicationId`: the member's own application (its row on /my/); null when a colleague applied. */
  | { kind: 'applied'; status: Exclude<ApplicationStatus, 'withdrawn'>; applicationId: Id | null }
  | { kind: 'none' }

const refId = (ref: unknown): Id | null => (ref != null && typeof ref === 'object' ? ((ref as { id?: Id }).id ?? null) : (ref as Id | null) ?? null)

/** The company's applications that are not withdrawn, to these programs, by program id. */
async function liveApplications(payload: Payload, company: Id, programs: Id[]) {
  if (!programs.length) return new Map<string, { id: Id; status: ApplicationStatus; applicant: Id | null }>()
  // Read past the member's access (its own applications only): a colleague's application to the
  // same program blocks this member too. Only the program, the status and who applied leave here.
  const { docs } = await payload.find({
    collection: 'applications',
    where: { and: [{ company: { equals: company } }, { program: { in: programs } }, { status: { not_equals: 'withdrawn' } }] },
    select: { program: true, status: true, applicant: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(docs.map((doc) => [String(refId(doc.program)), { id: doc.id, status: doc.status as ApplicationStatus, applicant: refId(doc.applicant) }]))
}

/** By program id, for the recommendations of one page. */
export async function recommendationActions(
  payload: Payload,
  user: RoleHolder & { id: Id },
  company: EligibilityCompany,
  recommendations: Recommendation[],
  now = new Date(),
): Promise<Map<string, RecommendationAction>> {
  const live = await liveApplications(payload, company.id, recommendations.map((r) => r.program.id))
  return new Map(recommendations.map(({ program, company: programCompany }): [string, RecommendationAction] => {
    const application = live.get(String(program.id))
    if (application && application.status !== 'withdrawn') {
      return [String(program.id), { kind: 'applied', status: application.status, applicationId: sameId(application.applicant, user.id) ? application.id : null }]
    }
    const check = canApply({ user, company, program, programCompany, hasLiveApplication: false, now })
    return [String(program.id), check.ok ? { kind: 'apply' } : { kind: 'none' }]
  }))
}
