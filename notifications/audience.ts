/**
 * Who receives a work e-mail (docs/SPEC.md "Notifications"): plain functions over the users the
 * caller loaded, so the rules are the same for the save hooks and the digest job.
 */
import { sameId } from '../kernel/rules/roles'
import type { User } from '../kernel/payload-types'

/** The switches of `users.notifications`, one per kind of e-mail. */
export const NOTIFICATION_KINDS = ['reviewResults', 'newApplications', 'submissions'] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export type Person = Pick<User, 'email' | 'role' | 'company'> & {
  name?: string | null
  notifications?: User['notifications']
}

export type Recipient = { email: string; name: string | null }

/** On unless the person switched it off (accounts made before the switches existed have none stored). */
export const wantsNotification = (person: Pick<Person, 'notifications'>, kind: NotificationKind): boolean =>
  person.notifications?.[kind] !== false

/** Each address once, in the order given; people without an address are left out. */
function recipients(people: Person[], kind: NotificationKind): Recipient[] {
  const seen = new Set<string>()
  const out: Recipient[] = []
  for (const person of people) {
    const email = person.email?.trim()
    if (!email || !wantsNotification(person, kind)) continue
    const key = email.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ email, name: person.name?.trim() || null })
  }
  return out
}

export type CompanyAudience = {
  /** the company has at least one 운영기업 관리자 account, whatever its switches */
  hasAdmin: boolean
  /** the company admins who keep this kind switched on */
  to: Recipient[]
}

/**
 * The program company's admins for an e-mail of `kind`. A company with no company-admin account
 * at all is "unreached": nothing is sent and the platform admins' digest says so. A company whose
 * admins all switched the kind off is reached: they chose not to be told.
 */
export function companyAudience(people: Person[], companyId: unknown, kind: NotificationKind): CompanyAudience {
  const admins = people.filter((p) => p.role === 'company-admin' && companyId != null && sameId(p.company, companyId))
  return { hasAdmin: admins.length > 0, to: recipients(admins, kind) }
}

/** The platform admins who keep `kind` switched on. */
export function platformAudience(people: Person[], kind: NotificationKind): Recipient[] {
  return recipients(people.filter((p) => p.role === 'platform-admin'), kind)
}
