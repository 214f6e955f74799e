/**
 * 신청자 정보 on an application: what the applicant agreed, on the apply form, to share with the
 * program's company — the member's name and e-mail and the company's name (and the contact phone
 * the applicant types). Copied onto the application when it is submitted, so the program
 * company's admins see who applied without being allowed to read users or member companies.
 * The collection hook (every submission path) and the backfill of older rows both use this file.
 */
import type { Payload, PayloadRequest } from 'payload'

/** The fields the server copies; the fourth, applicantPhone, is what the applicant typed. */
export const COPIED_FIELDS = ['applicantCompanyName', 'applicantName', 'applicantEmail'] as const
export const SNAPSHOT_FIELDS = [...COPIED_FIELDS, 'applicantPhone'] as const

export type CopiedSnapshot = Record<(typeof COPIED_FIELDS)[number], string | null>

type Named = { name?: string | null } | null | undefined

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}

/** The copied part of the snapshot, from the applicant (a user) and its company as they are now. */
export function applicantSnapshot(user: (Named & { email?: string | null }) | null | undefined, company: Named): CopiedSnapshot {
  return {
    applicantCompanyName: text(company?.name),
    applicantName: text(user?.name),
    applicantEmail: text(user?.email),
  }
}

type Id = string | number
const idOf = (ref: unknown): Id | null => (ref == null || ref === '' ? null : typeof ref === 'object' ? ((ref as { id?: Id }).id ?? null) : (ref as Id))

/** One row straight from the database (no access, no hooks), or null — also for an id it cannot parse. */
async function row(payload: Payload, collection: 'users' | 'companies', ref: unknown, req?: Partial<PayloadRequest>): Promise<{ name?: string | null; email?: string | null } | null> {
  const id = idOf(ref)
  if (id == null) return null
  try {
    return (await payload.db.findOne<{ id: Id; name?: string | null; email?: string | null }>({ collection, where: { id: { equals: id } }, req })) ?? null
  } catch {
    return null
  }
}

/** Reads the applicant and its company through the adapter (any database) and builds the copy. */
export async function loadApplicantSnapshot(
  payload: Payload,
  refs: { applicant: unknown; company: unknown },
  req?: Partial<PayloadRequest>,
): Promise<CopiedSnapshot> {
  const [user, company] = await Promise.all([row(payload, 'users', refs.applicant, req), row(payload, 'companies', refs.company, req)])
  return applicantSnapshot(user, company)
}
