/** Turns the Local API documents into the report's evidence rows (Korean labels, Seoul days). */
import { APPLICATION_STATUSES } from '../kernel/rules/applicationStatus'
import { kstDate } from '../kernel/rules/dates'
import { PER_ENTRY_KIND, PROMOTION_KINDS } from '../kernel/rules/evaluation'
import { TARGET_SCOPES } from '../kernel/rules/valueLists'
import type { ActivityPostEvidence, ApplicationEvidence, EvidenceFile, ProgramEvidence, PromotionEvidence } from './types'
import { idOf, type RawId } from './read'

const labelOf = (list: readonly { value: string; ko: string }[], value: string | null | undefined) =>
  list.find((entry) => entry.value === value)?.ko ?? value ?? ''
const day = (instant: string | null | undefined) => (instant ? kstDate(instant) : '')
const key = (id: unknown) => String(idOf(id))

/** Payload serves an upload's file at this path, checking the collection's read access. */
export const privateFileUrl = (filename: string) => `/api/private-files/file/${encodeURIComponent(filename)}`

type ProgramDoc = { id: RawId; title?: string | null; targetScope?: string | null; approvedAt?: string | null; createdAt?: string | null }

export function programEvidence(doc: ProgramDoc): ProgramEvidence {
  return {
    type: 'program',
    id: key(doc.id),
    title: doc.title ?? '',
    approvedAt: day(doc.approvedAt ?? doc.createdAt),
    targetScope: doc.targetScope ?? '',
    targetScopeLabel: labelOf(TARGET_SCOPES, doc.targetScope),
  }
}

type ApplicationDoc = { id: RawId; program?: unknown; company?: unknown; status?: string | null; createdAt?: string | null }

export function applicationEvidence(doc: ApplicationDoc, programTitle: string, applicant: string): ApplicationEvidence {
  return {
    type: 'application',
    id: key(doc.id),
    programId: key(doc.program),
    programTitle,
    applicant,
    date: day(doc.createdAt),
    status: doc.status ?? '',
    statusLabel: labelOf(APPLICATION_STATUSES, doc.status),
  }
}

type PromotionDoc = { id: RawId; kind?: string | null; date?: string | null; title?: string | null; evidence?: unknown[] | null }

/**
 * Promotion records in date order; the first of each kind counts (같은 항목은 한 건만 인정), later
 * ones are listed with counted false so the operator sees why they add nothing.
 */
export function promotionEvidence(docs: PromotionDoc[], files: Map<string, EvidenceFile>): PromotionEvidence[] {
  const seen = new Set<string>()
  return docs.map((doc) => {
    const kind = doc.kind ?? ''
    const counted = kind === PER_ENTRY_KIND || !seen.has(kind)
    seen.add(kind)
    return {
      type: 'promotion',
      id: key(doc.id),
      kind,
      kindLabel: labelOf(PROMOTION_KINDS, kind),
      date: day(doc.date),
      title: doc.title ?? '',
      counted,
      files: (doc.evidence ?? []).flatMap((file) => files.get(key(file)) ?? []),
    }
  })
}

type PostDoc = { id: RawId; title?: string | null; publishedAt?: string | null }

export function activityPostEvidence(doc: PostDoc): ActivityPostEvidence {
  return { type: 'card-news', id: key(doc.id), title: doc.title ?? '', date: day(doc.publishedAt) }
}
