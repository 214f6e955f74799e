/** Loads the staff accounts the audience rules (./audience.ts) choose from. */
import type { Payload, PayloadRequest } from 'payload'
import type { Person } from './audience'

const select = { email: true, name: true, role: true, company: true, notifications: true } as const

/** Every company-admin account of these companies. */
export async function loadCompanyAdmins(payload: Payload, companyIds: (string | number)[], req?: PayloadRequest): Promise<Person[]> {
  if (companyIds.length === 0) return []
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'company-admin' } }, { company: { in: companyIds } }] },
    select,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as Person[]
}

/** Every platform-admin account. */
export async function loadPlatformAdmins(payload: Payload, req?: PayloadRequest): Promise<Person[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { role: { equals: 'platform-admin' } },
    select,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as Person[]
}

/** The site's address and the admin's route, for absolute links. */
export function linkBase(payload: Payload) {
  const siteUrl = String((payload.config.custom as { siteUrl?: string } | undefined)?.siteUrl ?? '')
  return { siteUrl, adminRoute: payload.config.routes?.admin ?? '/admin' }
}
