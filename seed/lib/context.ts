import type { Payload } from 'payload'
import { isProductionDeployment } from '../../kernel/settings/env'
import type { SeedClock } from './time'

/** A user as the Local API's `user` option expects it (depth 0, with its collection). */
export type SeedUser = { id: number | string; role: string; company?: number | string | null; email: string; name?: string | null; collection: 'users' }

/** What the demo steps share: the clock, the log, and the ids created so far by natural key. */
export type SeedContext = {
  payload: Payload
  clock: SeedClock
  log: (line: string) => void
  companies: Map<string, number | string>
  users: Map<string, SeedUser>
  businesses: Map<string, { id: number | string; company: string }>
  tally: Map<string, { created: number; existing: number }>
}

export function count(ctx: SeedContext, collection: string, outcome: 'created' | 'existing') {
  const entry = ctx.tally.get(collection) ?? { created: 0, existing: 0 }
  entry[outcome] += 1
  ctx.tally.set(collection, entry)
}

/**
 * The demo seed writes known passwords: never on a production deployment. `npm start` runs
 * Next with NODE_ENV=production even on a demo install, so it records the operator's own
 * NODE_ENV first; isProductionDeployment() reads that record (or NODE_ENV when there is none).
 */
export function refuseInProduction(what: string): void {
  if (isProductionDeployment()) {
    throw new Error(
      `${what} refused: this is a production deployment (NODE_ENV=production or WINWINNURI_PRODUCTION=1). ` +
        '운영 환경에서는 데모 데이터를 넣을 수 없습니다.',
    )
  }
}

/** The id of a relation value, populated or not. */
export const idOf = (value: unknown): number | string =>
  (typeof value === 'object' && value !== null ? (value as { id: number | string }).id : value) as number | string

/** Looks a user up by e-mail and returns it in the shape the `user` option takes. */
export async function loadUser(payload: Payload, email: string): Promise<SeedUser | null> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
  const doc = docs[0]
  if (!doc) return null
  return { id: doc.id, email: doc.email, name: doc.name, role: doc.role, company: doc.company == null ? null : idOf(doc.company), collection: 'users' }
}
