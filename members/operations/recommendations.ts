/**
 * 추천 프로그램 of a member's company: the approved, not-closed programs it may apply to, ranked
 * (kernel/rules/eligibility.ts recommendPrograms — the one implementation of the rules). Programs
 * are read through the Local API with the asking user's access; the member's own company is
 * read with overrideAccess, because its 주거래기업 decide 협력사 programs.
 */
import type { Payload } from 'payload'
import { kstToday } from '../../kernel/rules/dates'
import { eligibility, recommendPrograms, type EligibilityReason } from '../../kernel/rules/eligibility'
import type { Phase } from '../../kernel/rules/phase'
import { companyIdOf } from '../../kernel/rules/roles'
import type { Company, Program, User } from '../../kernel/payload-types'

type Id = string | number

export type ProgramCompanyInfo = { id: Id; name: string; group?: string | null }

export type RecommendedProgram = Pick<Program,
  'id' | 'title' | 'summary' | 'supportField' | 'targetScope' | 'applyStart' | 'applyEnd' | 'supportStart' | 'supportEnd' |
  'regions' | 'applyOnline' | 'eligibility' | 'reviewStatus'> & { company?: Id | null; phase: Phase }

export type Recommendation = { program: RecommendedProgram; company: ProgramCompanyInfo; eligibleAs: EligibilityReason }

export type Recommendations = { company: Company | null; items: Recommendation[] }

const PROGRAM_SELECT = {
  title: true, summary: true, company: true, supportField: true, targetScope: true, applyStart: true, applyEnd: true,
  supportStart: true, supportEnd: true, regions: true, applyOnline: true, eligibility: true, reviewStatus: true, phase: true,
} as const

async function ownCompany(payload: Payload, id: Id | null): Promise<Company | null> {
  if (id == null) return null
  try {
    const { docs } = await payload.find({ collection: 'companies', where: { id: { equals: id } }, depth: 0, limit: 1, overrideAccess: true })
    return docs[0] ?? null
  } catch {
    return null // not an id this database could hold
  }
}

/** Approved programs that have not ended by today (Seoul); derivePhase (the `phase` field) decides exactly. */
async function livePrograms(payload: Payload, user: User): Promise<RecommendedProgram[]> {
  const startOfToday = new Date(`${kstToday()}T00:00:00+09:00`).toISOString()
  const { docs } = await payload.find({
    collection: 'programs',
    where: { and: [{ reviewStatus: { equals: 'approved' } }, { supportEnd: { greater_than_equal: startOfToday } }] },
    select: PROGRAM_SELECT,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return docs as unknown as RecommendedProgram[]
}

async function programCompanies(payload: Payload, ids: Id[]): Promise<Map<string, ProgramCompanyInfo>> {
  if (!ids.length) return new Map()
  const { docs } = await payload.find({
    collection: 'companies',
    where: { id: { in: ids } },
    select: { name: true, group: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  return new Map(docs.map((doc) => [String(doc.id), { id: doc.id, name: doc.name, group: doc.group }]))
}

/**
 * The company the recommendations are for: a platform admin's choice, the member's own, or the one
 * a member waiting for confirmation asked to join, seen as the public sees it (its 주거래기업 are
 * private until the membership is confirmed: only programs open to every SME are recommended).
 */
async function companyToRecommendFor(payload: Payload, user: User, forCompany?: Id): Promise<Company | null> {
  const confirmed = forCompany ?? companyIdOf(user)
  if (confirmed != null) return ownCompany(payload, confirmed)
  const pending = await ownCompany(payload, companyIdOf({ company: user.pendingCompany }))
  return pending && { ...pending, mainPartners: [], group: null }
}

/**
 * The recommendations for `user`'s company, or for `forCompany` (a platform admin looking at a
 * company's view). No company: nothing to recommend.
 */
export async function recommendedPrograms(payload: Payload, user: User, forCompany?: Id): Promise<Recommendations> {
  const company = await companyToRecommendFor(payload, user, forCompany)
  if (!company) return { company: null, items: [] }
  const programs = await livePrograms(payload, user)
  const idOf = (p: RecommendedProgram) => String(companyIdOf({ company: p.company }) ?? '')
  const distinct = new Map(programs.map((p) => [idOf(p), companyIdOf({ company: p.company })] as const))
  const companies = await programCompanies(payload, [...distinct.values()].filter((id): id is Id => id != null))
  const companyOf = (p: RecommendedProgram): ProgramCompanyInfo => companies.get(idOf(p)) ?? { id: idOf(p), name: '', group: null }
  const ranked = recommendPrograms(company, programs, companyOf)
  return {
    company,
    items: ranked.map((program) => ({ program, company: companyOf(program), eligibleAs: eligibility(company, program, companyOf(program)).reason })),
  }
}
