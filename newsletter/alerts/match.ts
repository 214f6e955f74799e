/**
 * What one recipient's weekly program alert holds, decided from plain data alone: the approved
 * programs that came in after the recipient's watermark (and by the run's cut-off), that are
 * still open for applications or about to open, and that match the recipient's interests; for a
 * member with a company, only those its company may apply to (kernel/rules/eligibility.ts, the
 * one implementation of the rule). An empty answer means no e-mail.
 */
import { isEligible, type EligibilityCompany, type EligibilityProgram, type ProgramCompany } from '../../kernel/rules/eligibility'
import { compareByPhaseThenDeadline, derivePhase, type Phase } from '../../kernel/rules/phase'

export type AlertInterests = { supportFields?: readonly string[] | null; regions?: readonly string[] | null }

export type AlertProgram = EligibilityProgram & {
  id: string
  title: string
  reviewStatus?: string | null
  /** The first approval instant; an approved program without one is never announced. */
  approvedAt?: string | Date | null
  supportField?: string | null
  regions?: readonly string[] | null
  applyStart?: string | null
  applyEnd?: string | null
  supportEnd?: string | null
  company: ProgramCompany & { name: string }
}

export type AlertPhase = Extract<Phase, 'recruiting' | 'upcoming'>
export type MatchedProgram<P extends AlertProgram = AlertProgram> = P & { phase: AlertPhase }

export type MatchOptions = {
  /** The recipient's watermark: programs approved at or before it were covered already. */
  since: Date
  /** The run's cut-off: programs approved after it wait for the next run. */
  until: Date
  /** A member's company: only programs it is eligible for. */
  company?: EligibilityCompany | null
}

/** A recipient that has never had an alert is sent what came in over this many days. */
export const FIRST_ALERT_WINDOW_DAYS = 7
const DAY_MS = 86_400_000

/** The watermark to use: the stored one, or the start of the first window when there is none. */
export function watermarkOf(coveredUntil: string | Date | null | undefined, cutoff: Date): Date {
  const stored = coveredUntil == null || coveredUntil === '' ? NaN : new Date(coveredUntil).getTime()
  return Number.isNaN(stored) ? new Date(cutoff.getTime() - FIRST_ALERT_WINDOW_DAYS * DAY_MS) : new Date(stored)
}

const OPEN_PHASES: readonly Phase[] = ['recruiting', 'upcoming']

/** Empty interests (none ticked) mean any; a 전국 program suits every region. */
export function matchesInterests(interests: AlertInterests, program: Pick<AlertProgram, 'supportField' | 'regions'>): boolean {
  const fields = interests.supportFields ?? []
  const regions = interests.regions ?? []
  if (fields.length && !fields.includes(program.supportField ?? '')) return false
  if (!regions.length) return true
  const programRegions = program.regions ?? []
  return programRegions.includes('nationwide') || programRegions.some((region) => regions.includes(region))
}

function approvedWithin(program: AlertProgram, since: Date, until: Date): boolean {
  if (program.reviewStatus !== 'approved' || program.approvedAt == null) return false
  const at = new Date(program.approvedAt).getTime()
  return !Number.isNaN(at) && at > since.getTime() && at <= until.getTime()
}

/** The programs for one recipient, 모집중 first, then by the nearest deadline. */
export function matchAlertPrograms<P extends AlertProgram>(interests: AlertInterests, programs: readonly P[], opts: MatchOptions): MatchedProgram<P>[] {
  const matched: MatchedProgram<P>[] = []
  for (const program of programs) {
    if (!approvedWithin(program, opts.since, opts.until)) continue
    const phase = derivePhase(program, opts.until)
    if (!OPEN_PHASES.includes(phase)) continue
    if (!matchesInterests(interests, program)) continue
    if (opts.company && !isEligible(opts.company, program, program.company)) continue
    matched.push({ ...program, phase: phase as AlertPhase })
  }
  return matched.sort((a, b) => compareByPhaseThenDeadline({ phase: a.phase, applyEnd: a.applyEnd ?? '' }, { phase: b.phase, applyEnd: b.applyEnd ?? '' }) || a.title.localeCompare(b.title, 'ko'))
}
