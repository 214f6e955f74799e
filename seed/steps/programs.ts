import { derivePhase, type Phase } from '../../kernel/rules/phase'
import { BUSINESSES } from '../data/businesses'
import { PROGRAMS, type Period, type ProgramFixture } from '../data/programs'
import { count, type SeedContext } from '../lib/context'
import { backdate, importApproved, registerThroughWorkflow, reviseThroughWorkflow } from '../lib/programFlow'
import { richText } from '../lib/richText'
import type { SeedClock } from '../lib/time'
import { actorFor, platformAdmin } from './users'

export function periodOf(fixture: ProgramFixture, clock: SeedClock): Period {
  return {
    applyStart: clock.day(fixture.apply[0]),
    applyEnd: clock.day(fixture.apply[1]),
    supportStart: clock.day(fixture.support[0]),
    supportEnd: clock.day(fixture.support[1]),
  }
}

/** The 진행단계 a fixture is meant to show on the seed's day. */
export function intendedPhase(fixture: ProgramFixture, clock: SeedClock): Phase {
  const review = fixture.review ?? 'approved'
  return review === 'approved' ? derivePhase({ reviewStatus: 'approved', ...periodOf(fixture, clock) }, clock.now) : review
}

/** Stems are the natural key within a business: each must match its own title only. */
function checkStems(clock: SeedClock): void {
  for (const a of PROGRAMS) {
    const clash = PROGRAMS.find((b) => b !== a && b.business === a.business && b.title(periodOf(b, clock)).includes(a.stem))
    if (clash || !a.title(periodOf(a, clock)).includes(a.stem)) throw new Error(`Seed data: program stem "${a.stem}" is not a unique part of its title`)
    if (a.created > 0 || a.created > a.support[1]) throw new Error(`Seed data: "${a.stem}" must be registered before its support period ends`)
  }
}

function programData(fixture: ProgramFixture, businessId: number | string, period: Period) {
  const contact = fixture.contact ?? BUSINESSES.find((b) => b.name === fixture.business)!.contact
  const lines = typeof fixture.details === 'function' ? fixture.details(period) : fixture.details
  return {
    business: businessId,
    title: fixture.title(period),
    summary: fixture.summary,
    purpose: fixture.purpose,
    supportField: fixture.supportField,
    targetScope: fixture.targetScope,
    ...period,
    regions: fixture.regions,
    contact,
    applyOnline: fixture.applyOnline ?? false,
    details: richText(lines),
    eligibilityDetails: fixture.eligibilityDetails,
    howToApply: fixture.howToApply,
    notes: fixture.notes,
    ...(fixture.eligibility ? { eligibility: fixture.eligibility } : {}),
  }
}

/**
 * 프로그램 by business + stem. Programs still running go through the real workflow as their
 * company's admin (or the platform admin for companies without one); programs already over
 * are imported as of the day they were registered. Every program is then dated back to its
 * registration day.
 */
export async function seedPrograms(ctx: SeedContext): Promise<void> {
  const { payload, clock } = ctx
  checkStems(clock)
  const admin = platformAdmin(ctx)
  const phases = new Map<string, number>()
  for (const fixture of PROGRAMS) {
    const business = ctx.businesses.get(fixture.business)
    if (!business) throw new Error(`Seed data: program "${fixture.stem}" names unknown business "${fixture.business}"`)
    const { docs } = await payload.find({
      collection: 'programs',
      where: { and: [{ business: { equals: business.id } }, { title: { contains: fixture.stem } }] },
      limit: 1, depth: 0, overrideAccess: true,
    })
    if (docs[0]) {
      count(ctx, 'programs', 'existing')
      continue
    }
    const period = periodOf(fixture, clock)
    const data = programData(fixture, business.id, period)
    const owner = actorFor(ctx, business.company)
    const target = fixture.review ?? 'approved'
    const registeredOn = clock.day(fixture.created)
    const phase = intendedPhase(fixture, clock)
    const id = phase === 'closed'
      ? await importApproved(payload, { data, owner, admin, registeredOn, clock })
      : await registerThroughWorkflow(payload, { data, owner, admin, target, reviewNote: fixture.reviewNote, registeredOn })
    await backdate(payload, { id, clock, registeredOn, target })
    if (fixture.revision) await reviseThroughWorkflow(payload, { id, owner, admin, ...fixture.revision })
    phases.set(phase, (phases.get(phase) ?? 0) + 1)
    count(ctx, 'programs', 'created')
  }
  const summary = [...phases].map(([phase, n]) => `${phase} ${n}`).join(', ')
  ctx.log(`programs: ${PROGRAMS.length} ready (${ctx.tally.get('programs')?.created ?? 0} created${summary ? `: ${summary}` : ''})`)
}
