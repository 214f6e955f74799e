/**
 * Whether a signed-in user may apply to a program now, and if not, why: one plain function used
 * by the apply page, the submit service and the applications hook (REST and Local API alike), so
 * the rule is written once. Order: who asks, the program, its dates, then the company.
 */
import { kstDate } from '../../kernel/rules/dates'
import { eligibility, type Eligibility, type EligibilityCompany, type EligibilityProgram, type ProgramCompany } from '../../kernel/rules/eligibility'
import { derivePhase, type PhaseInput } from '../../kernel/rules/phase'
import { isMember, isPlatformAdmin, type RoleHolder } from '../../kernel/rules/roles'

export type ApplyRefusal =
  | 'not-member'
  | 'no-company'
  | 'membership-pending'
  | 'not-found'
  | 'not-online'
  | 'upcoming'
  | 'closed'
  | 'not-eligible'
  | 'duplicate'

/** The HTTP status each refusal answers with. */
export const REFUSAL_STATUS: Record<ApplyRefusal, number> = {
  'not-member': 403,
  'no-company': 403,
  'membership-pending': 403,
  'not-found': 404,
  'not-online': 403,
  upcoming: 409,
  closed: 409,
  'not-eligible': 403,
  duplicate: 409,
}

export type ApplyProgram = PhaseInput & EligibilityProgram & { applyOnline?: boolean | null }

export type ApplyInput = {
  user: (RoleHolder & { pendingCompany?: unknown }) | null | undefined
  /** The applying company (the member's own; the one a platform admin applies for). */
  company: EligibilityCompany | null
  /** null: no such program. */
  program: ApplyProgram | null
  programCompany: ProgramCompany | null
  /** The company already has an application to this program that is not withdrawn. */
  hasLiveApplication: boolean
  now?: Date
}

export type ApplyCheck =
  | { ok: true; eligibility: Eligibility }
  | { ok: false; refusal: ApplyRefusal; status: number; eligibility?: Eligibility }

const no = (refusal: ApplyRefusal, eligibility?: Eligibility): ApplyCheck => ({ ok: false, refusal, status: REFUSAL_STATUS[refusal], eligibility })

export function canApply({ user, company, program, programCompany, hasLiveApplication, now = new Date() }: ApplyInput): ApplyCheck {
  // Company admins and editors run programs and content; applying is for SMEs' members (and a
  // platform admin entering one for them).
  if (!isMember(user) && !isPlatformAdmin(user)) return no('not-member')
  // A request to join a company is not membership (kernel/rules/membership.ts): no company yet.
  if (!company) return no(user?.pendingCompany != null ? 'membership-pending' : 'no-company')
  if (!program || !programCompany || program.reviewStatus !== 'approved') return no('not-found')
  if (!program.applyOnline) return no('not-online')
  const phase = derivePhase(program, now)
  if (phase === 'upcoming') return no('upcoming')
  if (phase !== 'recruiting') return no('closed')
  const result = eligibility(company, program, programCompany)
  if (!result.eligible) return no('not-eligible', result)
  if (hasLiveApplication) return no('duplicate', result)
  return { ok: true, eligibility: result }
}

/** The program's 신청기간 as Seoul calendar days, for messages. */
export function applyPeriod(program: Pick<PhaseInput, 'applyStart' | 'applyEnd'>): { start: string; end: string } {
  const day = (value: string | Date | null | undefined) => (value ? kstDate(value) : '')
  return { start: day(program.applyStart), end: day(program.applyEnd) }
}
