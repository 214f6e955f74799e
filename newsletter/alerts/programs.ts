/**
 * The programs a run can announce, read once per run: approved by the cut-off and with an
 * application deadline not yet past in Seoul (so open or upcoming; matchAlertPrograms checks the
 * phase exactly). Each with its company's name and group (for eligibility and the e-mail).
 * Bounded by the programs open at one time, not by the size of the archive.
 */
import type { Payload } from 'payload'
import { kstDate } from '../../kernel/rules/dates'
import { PHASE_LABELS } from '../../kernel/rules/phase'
import { labelOf, SUPPORT_FIELDS } from '../../kernel/rules/valueLists'
import type { AlertProgram, MatchedProgram } from './match'
import type { DigestProgram } from './render'
import { absoluteUrl, programPath } from '../../kernel/web/urls'

type Id = string | number
const idOf = (value: Id | { id: Id } | null | undefined): string | null => (value == null ? null : String(typeof value === 'object' ? value.id : value))
const day = (value: string | null | undefined): string | null => (value ? kstDate(value) : null)

export async function loadAlertPrograms(payload: Payload, cutoff: Date): Promise<AlertProgram[]> {
  const startOfToday = new Date(`${kstDate(cutoff)}T00:00:00+09:00`).toISOString()
  const { docs } = await payload.find({
    collection: 'programs',
    where: {
      and: [
        { reviewStatus: { equals: 'approved' } },
        { approvedAt: { less_than_equal: cutoff.toISOString() } },
        { applyEnd: { greater_than_equal: startOfToday } },
      ],
    },
    select: {
      title: true, company: true, reviewStatus: true, approvedAt: true, supportField: true, regions: true,
      targetScope: true, eligibility: true, applyStart: true, applyEnd: true, supportEnd: true,
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const companyIds = [...new Set(docs.flatMap((p) => idOf(p.company) ?? []))]
  const companies = companyIds.length
    ? (await payload.find({ collection: 'companies', where: { id: { in: companyIds } }, select: { name: true, group: true }, depth: 0, pagination: false, overrideAccess: true })).docs
    : []
  const byId = new Map(companies.map((c) => [String(c.id), c]))
  return docs.flatMap((p): AlertProgram[] => {
    const company = byId.get(idOf(p.company) ?? '')
    // The site shows no page for a program whose company is gone; announce none.
    if (!company) return []
    return [{
      id: String(p.id),
      title: p.title,
      reviewStatus: p.reviewStatus,
      approvedAt: p.approvedAt ?? null,
      supportField: p.supportField,
      regions: p.regions ?? [],
      targetScope: p.targetScope,
      eligibility: p.eligibility ?? null,
      applyStart: day(p.applyStart),
      applyEnd: day(p.applyEnd),
      supportEnd: day(p.supportEnd),
      company: { id: company.id, name: company.name, group: company.group ?? null },
    }]
  })
}

/** A matched program as the e-mail shows it. */
export function digestProgram(program: MatchedProgram, siteUrl: string): DigestProgram {
  return {
    title: program.title,
    companyName: program.company.name,
    supportFieldLabel: labelOf(SUPPORT_FIELDS, program.supportField),
    phaseLabel: PHASE_LABELS[program.phase].ko,
    applyStart: program.applyStart ?? '',
    applyEnd: program.applyEnd ?? '',
    url: absoluteUrl(siteUrl, programPath(program.id)),
  }
}
