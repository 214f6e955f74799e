/**
 * The platform admins' review digest (확인요청 알림) as plain functions: when the next one may go,
 * which span it covers, and what it lists — programs sent for review (확인요청) and the events no
 * company admin could be told of. Everything is derived from stored data (programs' reviewHistory,
 * applications' createdAt); the only state is the `review-digest` watermark.
 */
import type { ReviewStatus } from '../kernel/rules/reviewWorkflow'

/** At most one digest an hour. */
export const DIGEST_INTERVAL_MS = 60 * 60 * 1000

/** Without a watermark (a digest job queued by hand on a fresh install), the last 7 days. */
export const FIRST_DIGEST_LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000

type Id = string | number
const key = (id: unknown): string => String(typeof id === 'object' && id !== null ? (id as { id: Id }).id : id)
const ms = (iso: string | null | undefined): number => (iso ? Date.parse(iso) : Number.NaN)

/** When the next digest may be sent: an hour after the last one, or now. */
export function digestDueAt(lastSentAt: string | null | undefined, now: Date): Date {
  const last = ms(lastSentAt)
  if (Number.isNaN(last)) return now
  return new Date(Math.max(now.getTime(), last + DIGEST_INTERVAL_MS))
}

export type DigestWindow = { since: string; until: string }

/** The span a digest sent `now` covers: after the watermark, up to and including now. */
export function digestWindow(coveredUntil: string | null | undefined, now: Date): DigestWindow {
  const covered = ms(coveredUntil)
  const since = Number.isNaN(covered) ? new Date(now.getTime() - FIRST_DIGEST_LOOKBACK_MS) : new Date(covered)
  return { since: since.toISOString(), until: now.toISOString() }
}

const within = (window: DigestWindow, at: string | null | undefined): boolean => {
  const t = ms(at)
  return !Number.isNaN(t) && t > ms(window.since) && t <= ms(window.until)
}

export type DigestProgram = {
  id: Id
  title?: string | null
  company?: unknown
  /** of the program's latest version (a pending revision counts) */
  reviewStatus?: ReviewStatus | null
  reviewHistory?: { at?: string | null; from?: string | null; to?: string | null }[] | null
}

export type DigestApplication = {
  id: Id
  program: unknown
  programCompany?: unknown
  /** the applicant's company: its name when the application has no 신청자 정보 snapshot */
  company?: unknown
  applicantCompanyName?: string | null
  createdAt: string
}

export type DigestSubmission = { programId: string; title: string; companyName: string; at: string }

export type UnreachedEvent =
  | { kind: 'changes-requested' | 'approved'; programId: string; title: string; companyName: string; at: string }
  | { kind: 'application'; applicationId: string; programId: string; title: string; companyName: string; applicantCompany: string; at: string }

export type ReviewDigestContent = DigestWindow & { submitted: DigestSubmission[]; unreached: UnreachedEvent[] }

export type DigestFacts = {
  window: DigestWindow
  /** programs changed in the window, each as its latest version */
  programs: DigestProgram[]
  /** applications created in the window */
  applications: DigestApplication[]
  /** ids (as strings) of the companies that have at least one company-admin account */
  companiesWithAdmin: ReadonlySet<string>
  /** company names by id (as string): the programs' companies and the applicants' */
  companyNames: ReadonlyMap<string, string>
  /** program titles by id (as string), for applications to programs not in `programs` */
  programTitles: ReadonlyMap<string, string>
}

const byTime = <T extends { at: string }>(a: T, b: T) => ms(a.at) - ms(b.at)

/**
 * What a digest lists. 확인요청: each program whose latest version waits for review and that was
 * sent for review in the window (once, at its latest request). Unreached: each 수정요청 and
 * 확인완료 of an existing program in the window, and each application made in the window, whose
 * program's company has no company admin (judged when the digest is made).
 */
export function collectDigest(facts: DigestFacts): ReviewDigestContent {
  const { window, companiesWithAdmin, companyNames, programTitles } = facts
  const submitted: DigestSubmission[] = []
  const unreached: UnreachedEvent[] = []
  const companyName = (id: unknown) => companyNames.get(key(id)) ?? ''
  for (const program of facts.programs) {
    const rows = (program.reviewHistory ?? []).filter((row) => within(window, row.at))
    const programId = key(program.id)
    const title = program.title ?? ''
    const base = { programId, title, companyName: companyName(program.company) }
    const requests = rows.filter((row) => row.to === 'submitted')
    if (program.reviewStatus === 'submitted' && requests.length) {
      const at = requests.map((row) => row.at!).sort((a, b) => ms(b) - ms(a))[0]
      submitted.push({ ...base, at })
    }
    if (program.company == null || companiesWithAdmin.has(key(program.company))) continue
    for (const row of rows) {
      // A program registered already approved (by the platform, an import) is no review result.
      if (row.from === 'new') continue
      if (row.to === 'approved' || row.to === 'changes-requested') unreached.push({ kind: row.to, ...base, at: row.at! })
    }
  }
  for (const application of facts.applications) {
    if (!within(window, application.createdAt)) continue
    if (application.programCompany == null || companiesWithAdmin.has(key(application.programCompany))) continue
    const programId = key(application.program)
    unreached.push({
      kind: 'application',
      applicationId: key(application.id),
      programId,
      title: programTitles.get(programId) ?? '',
      companyName: companyName(application.programCompany),
      applicantCompany: application.applicantCompanyName?.trim() || (application.company == null ? '' : companyName(application.company)),
      at: application.createdAt,
    })
  }
  return { ...window, submitted: submitted.sort(byTime), unreached: unreached.sort(byTime) }
}

export const isEmptyDigest = (digest: ReviewDigestContent): boolean => digest.submitted.length === 0 && digest.unreached.length === 0
