import type { Payload } from 'payload'
import { refuseInProduction, type SeedContext } from './lib/context'
import { seedClock } from './lib/time'
import { seedBusinesses } from './steps/businesses'
import { seedCompanies } from './steps/companies'
import { seedCardNews, seedPartnerGuides } from './steps/content'
import { seedLastIssue, seedSubscribers } from './steps/newsletter'
import { seedParticipation } from './steps/participation'
import { seedPrograms } from './steps/programs'
import { seedUsers } from './steps/users'

export type SeedDemoOptions = {
  /** the instant the demo is built around (default: now); dates are Asia/Seoul days relative to it */
  now?: Date
  log?: (line: string) => void
}

export type SeedDemoResult = {
  /** per collection: documents created by this run and documents that were already there */
  tally: Record<string, { created: number; existing: number }>
}

/**
 * The demo content from the guide (seeds/000_…): companies → users → businesses → programs →
 * partner guides → card news → applications and promotion records → subscribers → last month's sent issue, each looked up by its natural key first, so running it again
 * changes nothing. Refuses to run on a production deployment (it writes known passwords).
 */
export async function seedDemo(payload: Payload, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  refuseInProduction('The demo seed')
  const clock = seedClock(options.now ?? new Date())
  const ctx: SeedContext = {
    payload,
    clock,
    log: options.log ?? (() => {}),
    companies: new Map(),
    users: new Map(),
    businesses: new Map(),
    tally: new Map(),
  }
  ctx.log(`seeding the demo for ${clock.today} (Asia/Seoul)`)
  for (const step of [seedCompanies, seedUsers, seedBusinesses, seedPrograms, seedPartnerGuides, seedCardNews, seedParticipation, seedSubscribers, seedLastIssue]) {
    const started = Date.now()
    await step(ctx)
    ctx.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  }
  return { tally: Object.fromEntries(ctx.tally) }
}
