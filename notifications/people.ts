/** Loads the staff accounts the audience rules (./audience.ts) choose from. */
import type { Payload, PayloadRequest, Where } from 'payload'
import type { Person } from './audience'

const select = { email: true, name: true, role: true, company: true, notifications: true } as const

/** The staff accounts matching `where`, with what the audience rules read (no access check: the mailer's own lookup). */
async function loadStaff(payload: Payload, where: Where, req?: PayloadRequest): Promise<Person[]> {
  const { docs } = await payload.find({ collection: 'users', where, select, depth: 0, pagination: false, overrideAccess: true, req })
  return docs as Person[]
}

/** Every company-admin account of these companies. */
export async function loadCompanyAdmins(payload: Payload, companyIds: (string | number)[], req?: PayloadRequest): Promise<Person[]> {
  if (companyIds.length === 0) return []
  return loadStaff(payload, { and: [{ role: { equals: 'company-admin' } }, { company: { in: companyIds } }] }, req)
}

/** Every platform-admin account. */
export async function loadPlatformAdmins(payload: Payload, req?: PayloadRequest): Promise<Person[]> {
  return loadStaff(payload, { role: { equals: 'platform-admin' } }, req)
}

/** The site's address and the admin's route, for absolute links. */
export function linkBase(payload: Payload) {
  const siteUrl = String((payload.config.custom as { siteUrl?: string } | undefined)?.siteUrl ?? '')
  return { siteUrl, adminRoute: payload.config.routes?.admin ?? '/admin' }
}
