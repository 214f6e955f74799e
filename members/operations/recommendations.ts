/**
 * 추천 프로그램 of a member's company: the approved, not-closed programs it may apply to, ranked
 * (kernel/rules/eligibility.ts recommendPrograms — the one implementation of the rules, and the
 * only judge of eligibility here). The live programs come from liveProgramSnapshot.ts (read once,
 * checked against the database on every call: as fresh as a plain read, without reading
 * thousands of documents per request); the member's own company is read with overrideAccess,
 * because its 주거래기업 decide 협력사 programs, and the companies running the programs as the
 * public reads them.
 */
import type { Payload } from 'payload'
import { eligibility, recommendPrograms, type EligibilityReason } from '../../kernel/rules/eligibility'
import { companyIdOf } from '../../kernel/rules/roles'
import type { Company, User } from '../../kernel/payload-types'
import { livePrograms, type LiveProgram } from './liveProgramSnapshot'

type Id = string | number

export type ProgramCompanyInfo = { id: Id; name: string; group?: string | null }

export type RecommendedProgram = LiveProgram

export type Recommendation = { program: RecommendedProgram; company: ProgramCompanyInfo; eligibleAs: EligibilityReason }

export type Recommendations = { company: Company | null; items: Recommendation[] }

async function ownCompany(payload: Payload, id: Id | null): Promise<Company | null> {
  if (id == null) return null
  try {
    const { docs } = await payload.find({ collection: 'companies', where: { id: { equals: id } }, depth: 0, limit: 1, pagination: false, overrideAccess: true })
    return docs[0] ?? null
  } catch {
    return null // not an id this database could hold
  }
}

/**
 * The companies running the programs, as the public reads them: a 대기업·공공기관's 기업집단 is
 * public, an SME's is not (collections/Companies/access.ts operatorPublicField). That field rule
 * looks at the category, so the category is read too: without it every 기업집단 read as hidden
 * and no 계열사 오픈 program was ever recommended.
 */
async function programCompanies(payload: Payload, ids: Id[]): Promise<Map<string, ProgramCompanyInfo>> {
  if (!ids.length) return new Map()
  const { docs } = await payload.find({
    collection: 'companies',
    where: { id: { in: ids } },
    select: { name: true, group: true, category: true },
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
  const programs = await livePrograms(payload)
  const companyIds = programs.map((p) => companyIdOf({ company: p.company }))
  const distinct = new Map(companyIds.map((id) => [String(id ?? ''), id] as const))
  const companies = await programCompanies(payload, [...distinct.values()].filter((id): id is Id => id != null))
  const owners = new Map(programs.map((p, i) => {
    const key = String(companyIds[i] ?? '')
    return [p, companies.get(key) ?? { id: key, name: '', group: null }] as const
  }))
  const companyOf = (p: RecommendedProgram): ProgramCompanyInfo => owners.get(p)!
  const ranked = recommendPrograms(company, programs, companyOf)
  return {
    company,
    // A copy of each program: the snapshot's own objects are shared between requests.
    items: ranked.map((program) => ({ program: { ...program }, company: companyOf(program), eligibleAs: eligibility(company, program, companyOf(program)).reason })),
  }
}
