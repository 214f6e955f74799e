/**
 * 동반성장 평가 report (SPEC "동반성장 평가"): per company and calendar year (Asia/Seoul), each
 * item's count, points and the evidence behind the count. The endpoint and the admin views both
 * call this; the points come from evaluationScore.
 *
 * Decisions (counted in the year, 1 Jan–31 Dec Seoul time; only 확인완료 programs count):
 * ① the company's programs whose approvedAt (first approval) is in the year, any target scope;
 * ② accepted promotion records dated in the year (each kind once) + published 상생협력 활동 card
 *    news about the company published in the year (each post);
 * ③ applications made in the year, not withdrawn, to its programs with applyOnline (the program
 *    may have been approved in an earlier year);
 * ④ its 전체 오픈 programs among ①;
 * open share: among ①, the programs open to non-partner SMEs (전체 오픈 or 부분 오픈).
 * Companies: every 대기업 and 공공기관, plus any other company with something counted.
 */
import { COMPANY_CATEGORIES } from '../kernel/rules/valueLists'
import { EVALUATION_ITEMS, evaluationScore, OPEN_SHARE_TARGET_PERCENT, openShare, PER_ENTRY_KIND, type PromotionKind } from '../kernel/rules/evaluation'
import type { User } from '../kernel/payload-types'
import { activityPostEvidence, applicationEvidence, privateFileUrl, programEvidence, promotionEvidence } from './evidence'
import * as read from './read'
import type { CompanyReport, EvaluationReport, Evidence, EvidenceFile } from './types'
import type { Payload } from 'payload'

export type GatherOptions = {
  year: number
  /** One company only (the detail); absent: every company in the report. */
  companyId?: read.RawId | null
  /** The reader: every query runs with this user's access rules. */
  user: User
}

const key = (value: unknown) => String(read.idOf(value))
const group = <T>(docs: T[], companyOf: (doc: T) => unknown) => {
  const map = new Map<string, T[]>()
  for (const doc of docs) {
    const company = read.idOf(companyOf(doc))
    if (company == null) continue
    const list = map.get(String(company))
    if (list) list.push(doc)
    else map.set(String(company), [doc])
  }
  return map
}

/** The report, or null when `companyId` names no company. */
export async function gather(payload: Payload, options: GatherOptions): Promise<EvaluationReport | null> {
  const reader = { payload, user: options.user }
  const { year } = options
  const only = options.companyId ?? null
  const single = only == null ? null : await read.companyById(reader, only)
  if (only != null && !single) return null
  const scope = single ? single.id : null

  const [programs, candidates, promotions, posts] = await Promise.all([
    read.approvedPrograms(reader, year, scope),
    read.applicationsInYear(reader, year, scope),
    read.acceptedPromotions(reader, year, scope),
    read.activityPosts(reader, year, scope),
  ])
  const appliedTo = await read.programsByIds(reader, unique(candidates.map((a) => read.idOf(a.program))))
  const online = new Map(appliedTo.filter((p) => p.applyOnline === true).map((p) => [key(p.id), p.title ?? '']))
  const applications = candidates.filter((a) => online.has(key(a.program)))
  const [applicants, files] = await Promise.all([
    read.companies(reader, unique(applications.map((a) => read.idOf(a.company))), false),
    read.fileNames(reader, unique(promotions.flatMap((p) => (p.evidence ?? []).map(read.idOf)))),
  ])
  const applicantName = new Map(applicants.map((c) => [key(c.id), c.name ?? '']))
  const fileById = new Map<string, EvidenceFile>(
    files.filter((f) => f.filename).map((f) => [key(f.id), { filename: f.filename!, url: privateFileUrl(f.filename!) }]),
  )

  const byCompany = {
    programs: group(programs, (p) => p.company),
    applications: group(applications, (a) => a.programCompany),
    promotions: group(promotions, (p) => p.company),
    posts: group(posts, (p) => p.sourceCompany),
  }
  // Companies with anything counted are listed whatever their category (ids as the map's string keys).
  const listed = single
    ? [single]
    : await read.companies(reader, unique(Object.values(byCompany).flatMap((map) => [...map.keys()])), true)

  const reports = listed.map((company): CompanyReport => {
    const id = key(company.id)
    const own = {
      programs: byCompany.programs.get(id) ?? [],
      applications: byCompany.applications.get(id) ?? [],
      promotions: byCompany.promotions.get(id) ?? [],
      posts: byCompany.posts.get(id) ?? [],
    }
    const open = own.programs.filter((p) => p.targetScope === 'open')
    const kinds: PromotionKind[] = [...own.promotions.map((p) => p.kind as PromotionKind), ...own.posts.map(() => PER_ENTRY_KIND)]
    const score = evaluationScore({ newPrograms: own.programs.length, promotions: kinds, applications: own.applications.length, openPrograms: open.length })
    const evidence: Record<1 | 2 | 3 | 4, Evidence[]> = {
      1: own.programs.map(programEvidence),
      2: [...promotionEvidence(own.promotions, fileById), ...own.posts.map(activityPostEvidence)],
      3: own.applications.map((a) => applicationEvidence(a, online.get(key(a.program)) ?? '', applicantName.get(key(a.company)) ?? '')),
      4: open.map(programEvidence),
    }
    return {
      company: { id, name: company.name ?? '', category: company.category ?? '', categoryLabel: COMPANY_CATEGORIES.find((c) => c.value === company.category)?.ko ?? '' },
      year,
      items: score.items.map((item) => ({ ...item, label: EVALUATION_ITEMS[item.item - 1].ko, evidence: evidence[item.item] })),
      total: score.total,
      capped: score.capped,
      openShare: openShare(own.programs.map((p) => p.targetScope)),
    }
  })
  reports.sort((a, b) => a.company.name.localeCompare(b.company.name, 'ko'))
  const counted = new Set(reports.map((r) => r.company.id))
  return {
    year,
    summary: {
      companies: reports.length,
      openShare: openShare(programs.filter((p) => counted.has(key(p.company))).map((p) => p.targetScope)),
      openShareTarget: OPEN_SHARE_TARGET_PERCENT,
    },
    companies: reports,
  }
}

function unique(ids: (read.RawId | null)[]): read.RawId[] {
  return [...new Map(ids.filter((id): id is read.RawId => id != null).map((id) => [String(id), id])).values()]
}
