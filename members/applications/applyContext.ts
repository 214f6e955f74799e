/**
 * Loads what canApply() decides on — the program, its company, the applying company, whether that
 * company already has a live application — through the Local API, whatever the database (ids are
 * never assumed to be numbers), and runs the check.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { Company, Program } from '../../kernel/payload-types'
import type { RoleHolder } from '../../kernel/rules/roles'
import { canApply, type ApplyCheck } from './canApply'

type Id = string | number

export type ApplyContext = {
  program: Program | null
  programCompany: Company | null
  company: Company | null
  hasLiveApplication: boolean
  check: ApplyCheck
}

const idOf = (ref: unknown): Id | null => (ref == null ? null : typeof ref === 'object' ? ((ref as { id?: Id }).id ?? null) : (ref as Id))

/** One document by id, or null — also for an id the database cannot even parse. */
async function byId<S extends 'programs' | 'companies'>(payload: Payload, collection: S, id: unknown, req?: Partial<PayloadRequest>) {
  const key = idOf(id)
  if (key == null || key === '') return null
  try {
    const { docs } = await payload.find({ collection, where: { id: { equals: key } }, limit: 1, depth: 0, pagination: false, overrideAccess: true, req })
    return docs[0] ?? null
  } catch {
    return null
  }
}

/** Whether `company` has an application to `program` that is not withdrawn. */
export async function hasLiveApplication(payload: Payload, program: Id, company: Id, req?: Partial<PayloadRequest>): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'applications',
    where: { and: [{ program: { equals: program } }, { company: { equals: company } }, { status: { not_equals: 'withdrawn' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

export async function loadApplyContext(
  payload: Payload,
  args: { user: RoleHolder; programId: unknown; companyId: unknown; req?: Partial<PayloadRequest>; now?: Date },
): Promise<ApplyContext> {
  const program = (await byId(payload, 'programs', args.programId, args.req)) as Program | null
  const programCompany = program ? ((await byId(payload, 'companies', program.company, args.req)) as Company | null) : null
  const company = (await byId(payload, 'companies', args.companyId, args.req)) as Company | null
  const live = program && company ? await hasLiveApplication(payload, program.id, company.id, args.req) : false
  const check = canApply({ user: args.user, company, program, programCompany, hasLiveApplication: live, now: args.now })
  return { program, programCompany, company, hasLiveApplication: live, check }
}
