/**
 * Who may apply to a program, and which programs a member is recommended (SPEC "Eligibility").
 * Plain functions over plain data: the applications hook, GET /api/programs/recommended, the
 * member area and the program alerts all call these, never their own version.
 *
 * - `open` 전체 오픈: every company.
 * - `partners` 협력사 지원: companies whose 주거래기업 include the program's company.
 * - `affiliates` 계열사 오픈: companies in the program company's group (기업집단).
 * - `partial` 부분 오픈: partners, plus companies that match every criterion the program sets
 *   among industries, regions and company categories. With none of the three set, only partners.
 * - `tiers` (업체구분) narrows the partners who qualify, under `partners` and `partial` alike:
 *   a 1차-only program is not for a 2차 supplier. No tiers set: every tier.
 * - A company never applies to its own program.
 */
import { regionOfAddress } from './addressRegion'
import { compareByPhaseThenDeadline, type Phase } from './phase'
import { sameId } from './roles'

type Id = string | number
type Ref = Id | { id: Id } | null | undefined

export type EligibilityCompany = {
  id: Id
  category?: string | null
  group?: string | null
  industry?: string | null
  address?: { line1?: string | null } | null
  mainPartners?: { company?: Ref; tier?: string | null }[] | null
}

export type ProgramCompany = { id: Id; group?: string | null }

export type EligibilityProgram = {
  targetScope?: string | null
  eligibility?: {
    industries?: string[] | null
    regions?: string[] | null
    categories?: string[] | null
    tiers?: string[] | null
  } | null
}

/** Why a company may apply, or why not. */
export type EligibilityReason =
  | 'open'
  | 'partner'
  | 'affiliate'
  | 'criteria'
  | 'own-company'
  | 'not-partner'
  | 'tier-mismatch'
  | 'not-affiliate'
  | 'criteria-mismatch'

export type Eligibility = { eligible: boolean; reason: EligibilityReason }

const nonEmpty = (list: string[] | null | undefined): list is string[] => Array.isArray(list) && list.length > 0

/** The company's tier with the program's company, or null when it is not a declared partner. */
export function partnerTier(company: EligibilityCompany, programCompany: ProgramCompany): string | null {
  const entry = company.mainPartners?.find((partner) => sameId(partner.company, programCompany.id))
  return entry ? entry.tier ?? 'tier1' : null
}

function partnerCheck(company: EligibilityCompany, programCompany: ProgramCompany, tiers: string[] | null | undefined): Eligibility {
  const tier = partnerTier(company, programCompany)
  if (tier == null) return { eligible: false, reason: 'not-partner' }
  if (nonEmpty(tiers) && !tiers.includes(tier)) return { eligible: false, reason: 'tier-mismatch' }
  return { eligible: true, reason: 'partner' }
}

/** Whether a non-partner matches a 부분 오픈 program's criteria (every one that is set). */
export function matchesCriteria(company: EligibilityCompany, criteria: EligibilityProgram['eligibility']): boolean {
  const { industries, regions, categories } = criteria ?? {}
  if (!nonEmpty(industries) && !nonEmpty(regions) && !nonEmpty(categories)) return false
  if (nonEmpty(industries) && !industries.includes(company.industry ?? '')) return false
  if (nonEmpty(categories) && !categories.includes(company.category ?? '')) return false
  if (nonEmpty(regions) && !regions.includes('nationwide')) {
    const region = regionOfAddress(company.address?.line1)
    if (region == null || !regions.includes(region)) return false
  }
  return true
}

export function eligibility(company: EligibilityCompany, program: EligibilityProgram, programCompany: ProgramCompany): Eligibility {
  if (sameId(company.id, programCompany.id)) return { eligible: false, reason: 'own-company' }
  switch (program.targetScope) {
    case 'open':
      return { eligible: true, reason: 'open' }
    case 'partners':
      return partnerCheck(company, programCompany, program.eligibility?.tiers)
    case 'affiliates': {
      const group = programCompany.group?.trim()
      const same = Boolean(group) && company.group?.trim() === group
      return same ? { eligible: true, reason: 'affiliate' } : { eligible: false, reason: 'not-affiliate' }
    }
    case 'partial': {
      const asPartner = partnerCheck(company, programCompany, program.eligibility?.tiers)
      if (asPartner.eligible) return asPartner
      if (matchesCriteria(company, program.eligibility)) return { eligible: true, reason: 'criteria' }
      return { eligible: false, reason: asPartner.reason === 'tier-mismatch' ? 'tier-mismatch' : 'criteria-mismatch' }
    }
    default:
      return { eligible: false, reason: 'criteria-mismatch' }
  }
}

export const isEligible = (company: EligibilityCompany, program: EligibilityProgram, programCompany: ProgramCompany): boolean =>
  eligibility(company, program, programCompany).eligible

/** Korean wording of each reason, for the member area and the apply page's refusals. */
export const ELIGIBILITY_REASON_LABELS: Record<EligibilityReason, string> = {
  open: '전체 오픈 프로그램입니다.',
  partner: '주거래기업의 협력사 지원 프로그램입니다.',
  affiliate: '같은 기업집단(계열사) 대상 프로그램입니다.',
  criteria: '부분 오픈 조건(업종·지역·기업분류)에 맞는 프로그램입니다.',
  'own-company': '소속 기업이 운영하는 프로그램에는 신청할 수 없습니다.',
  'not-partner': '이 프로그램은 운영기업의 협력사만 신청할 수 있습니다. 주거래기업 정보를 확인해 주세요.',
  'tier-mismatch': '이 프로그램은 운영기업의 특정 차수 협력사만 신청할 수 있습니다.',
  'not-affiliate': '이 프로그램은 운영기업과 같은 기업집단(계열사)만 신청할 수 있습니다.',
  'criteria-mismatch': '소속 기업이 이 프로그램의 지원대상 조건(업종·지역·기업분류)에 맞지 않습니다.',
}

/** What a recommendation needs of a program beyond eligibility. */
export type RecommendableProgram = EligibilityProgram & {
  phase: Phase
  applyEnd: string
  regions?: string[] | null
}

/**
 * 0–2: the program runs in the company's region (or nationwide), and names its industry. The
 * company's region may be given once for a whole ranking (its address is the same for every program).
 */
export function matchScore(company: EligibilityCompany, program: RecommendableProgram, region = regionOfAddress(company.address?.line1)): number {
  const regions = program.regions ?? []
  const regionMatch = regions.includes('nationwide') || (region != null && regions.includes(region))
  const industryMatch = Boolean(company.industry) && (program.eligibility?.industries ?? []).includes(company.industry!)
  return Number(regionMatch) + Number(industryMatch)
}

const RECOMMENDABLE: readonly Phase[] = ['recruiting', 'upcoming', 'in-progress']

/**
 * A member's 추천 프로그램: the approved, not-closed programs its company may apply to, ranked by
 * phase (모집중 first), then the nearest deadline, then the match with its industry and region.
 */
export function recommendPrograms<P extends RecommendableProgram>(
  company: EligibilityCompany,
  programs: readonly P[],
  companyOf: (program: P) => ProgramCompany,
): P[] {
  const region = regionOfAddress(company.address?.line1)
  return programs
    .filter((program) => RECOMMENDABLE.includes(program.phase) && isEligible(company, program, companyOf(program)))
    .map((program) => ({ program, score: matchScore(company, program, region) }))
    .sort((a, b) => compareByPhaseThenDeadline(a.program, b.program) || b.score - a.score)
    .map(({ program }) => program)
}
