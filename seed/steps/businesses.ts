import { BUSINESSES } from '../data/businesses'
import { PROGRAMS } from '../data/programs'
import { count, type SeedContext } from '../lib/context'
import { actorFor } from './users'

/** 사업 by company + name, registered by the company's admin (or the platform admin). */
export async function seedBusinesses(ctx: SeedContext): Promise<void> {
  const { payload, clock } = ctx
  for (const fixture of BUSINESSES) {
    const company = ctx.companies.get(fixture.company)
    if (company == null) throw new Error(`Seed data: business ${fixture.name} names unknown company "${fixture.company}"`)
    const { docs } = await payload.find({
      collection: 'businesses',
      where: { and: [{ company: { equals: company } }, { name: { equals: fixture.name } }] },
      limit: 1, depth: 0, overrideAccess: true,
    })
    let id = docs[0]?.id
    if (id == null) {
      // Registered a few days before its first program.
      const first = Math.min(0, ...PROGRAMS.filter((p) => p.business === fixture.name).map((p) => p.created - 3))
      const doc = await payload.create({
        collection: 'businesses',
        data: { company: company as number, name: fixture.name, overview: fixture.overview, relatedUrl: fixture.relatedUrl,
          createdAt: clock.instant(clock.day(first), 9) },
        user: actorFor(ctx, fixture.company),
        overrideAccess: false,
        context: { skipSiteRebuild: true },
        depth: 0,
      })
      id = doc.id
      count(ctx, 'businesses', 'created')
    } else {
      count(ctx, 'businesses', 'existing')
    }
    ctx.businesses.set(fixture.name, { id, company: fixture.company })
  }
  ctx.log(`businesses: ${BUSINESSES.length} ready (${ctx.tally.get('businesses')?.created ?? 0} created)`)
}
