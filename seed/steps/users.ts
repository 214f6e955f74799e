import { DEMO_PASSWORD, USERS } from '../data/users'
import { count, idOf, loadUser, type SeedContext } from '../lib/context'

/**
 * The demo accounts by e-mail. Staff roles are granted with a trusted write (only a platform
 * admin grants them otherwise); the member signs up the way the public site does. An existing
 * account keeps its password; its role and company are put back if they drifted.
 */
export async function seedUsers(ctx: SeedContext): Promise<void> {
  const { payload } = ctx
  for (const fixture of USERS) {
    const company = fixture.company ? ctx.companies.get(fixture.company) : undefined
    if (fixture.company && company == null) throw new Error(`Seed data: ${fixture.email} names unknown company "${fixture.company}"`)
    const existing = await loadUser(payload, fixture.email)
    if (existing) {
      if (existing.role !== fixture.role || String(existing.company ?? '') !== String(company ?? '')) {
        await payload.update({
          collection: 'users', id: existing.id, data: { role: fixture.role, company: (company ?? null) as number | null },
          overrideAccess: true, context: { trustedWrite: true, skipSiteRebuild: true }, depth: 0,
        })
        ctx.log(`users: ${fixture.email} role/company restored`)
      }
      count(ctx, 'users', 'existing')
    } else {
      const base = { email: fixture.email, password: DEMO_PASSWORD, name: fixture.name, role: fixture.role }
      if (fixture.role === 'member') {
        // Public sign-up: no user, access rules apply, the role hook keeps it a member; it asks to
        // join its company, and the platform confirms it (trusted) as a platform admin would.
        const created = await payload.create({ collection: 'users', data: { ...base, pendingCompany: company as number | undefined }, overrideAccess: false, depth: 0, context: { skipNotifications: true } })
        if (company != null) {
          await payload.update({ collection: 'users', id: created.id, data: { company: company as number }, overrideAccess: true, context: { trustedWrite: true, skipSiteRebuild: true }, depth: 0 })
        }
      } else {
        await payload.create({ collection: 'users', data: { ...base, company: company as number | undefined }, overrideAccess: true, context: { trustedWrite: true, skipSiteRebuild: true }, depth: 0 })
      }
      count(ctx, 'users', 'created')
    }
    const user = await loadUser(payload, fixture.email)
    if (user && fixture.role === 'member' && company != null) await firstMemberManages(ctx, company, user.id)
    if (!user || user.role !== fixture.role) throw new Error(`Seed: ${fixture.email} did not end up as ${fixture.role}`)
    ctx.users.set(fixture.email, user)
  }
  ctx.log(`users: ${USERS.map((u) => `${u.email} (${u.role})`).join(', ')}`)
}

/** The company admin who acts for a company, or the platform admin when the company has none. */
export function actorFor(ctx: SeedContext, companyKey: string) {
  const companyId = ctx.companies.get(companyKey)
  for (const user of ctx.users.values()) {
    if (user.role === 'company-admin' && companyId != null && String(idOf(user.company)) === String(companyId)) return user
  }
  return platformAdmin(ctx)
}

export function platformAdmin(ctx: SeedContext) {
  const admin = [...ctx.users.values()].find((user) => user.role === 'platform-admin')
  if (!admin) throw new Error('Seed: the platform admin must be seeded first')
  return admin
}

/** The demo's SMEs get their member as 기업 담당자 (the person who registered them), once. */
async function firstMemberManages(ctx: SeedContext, companyId: string | number, userId: string | number): Promise<void> {
  const company = await ctx.payload.findByID({ collection: 'companies', id: companyId, select: { manager: true, category: true }, depth: 0, overrideAccess: true })
  if (company.manager != null || (company.category !== 'sme' && company.category !== 'midsize')) return
  await ctx.payload.update({ collection: 'companies', id: companyId, data: { manager: userId as number }, overrideAccess: true, context: { trustedWrite: true, skipSiteRebuild: true }, depth: 0 })
}
