import { COMPANIES } from '../data/companies'
import { count, type SeedContext } from '../lib/context'
import { logoImage } from '../lib/images'
import { isOperatorCategory } from '../../kernel/rules/operators'

/**
 * 기업 by 사업자등록번호. The platform pre-registers large companies and public institutions
 * (a trusted write); SMEs follow, pointing at their main partners by key.
 */
export async function seedCompanies(ctx: SeedContext): Promise<void> {
  const { payload } = ctx
  for (const fixture of COMPANIES) {
    const { docs } = await payload.find({
      collection: 'companies', where: { bizRegNo: { equals: fixture.bizRegNo } }, limit: 1, depth: 0, overrideAccess: true,
    })
    if (docs[0]) {
      ctx.companies.set(fixture.key, docs[0].id)
      count(ctx, 'companies', 'existing')
      continue
    }
    const mainPartners = (fixture.mainPartners ?? []).map(({ company, tier }) => {
      const id = ctx.companies.get(company)
      if (id == null) throw new Error(`Seed data: ${fixture.name} names unknown partner "${company}"`)
      return { company: id as number, tier }
    })
    const logo = isOperatorCategory(fixture.category) ? await seedLogo(ctx, fixture.key, fixture.name) : undefined
    const doc = await payload.create({
      collection: 'companies',
      data: {
        bizRegNo: fixture.bizRegNo,
        name: fixture.name,
        group: fixture.group,
        ceoName: fixture.ceoName,
        address: fixture.address,
        homepage: fixture.homepage,
        category: fixture.category,
        industry: fixture.industry as 'C',
        industryDetail: fixture.industryDetail,
        mainPartners,
        logo: logo as number | undefined,
      },
      overrideAccess: true,
      context: { trustedWrite: true, skipSiteRebuild: true },
      depth: 0,
    })
    ctx.companies.set(fixture.key, doc.id)
    count(ctx, 'companies', 'created')
  }
  ctx.log(`companies: ${COMPANIES.length} ready (${ctx.tally.get('companies')?.created ?? 0} created)`)
}

/** The operators' logos (the guide's 협력사 등록 안내 lists them), reused by file name. */
async function seedLogo(ctx: SeedContext, key: string, name: string): Promise<number | string> {
  const filename = `logo-${key}.png`
  const { docs } = await ctx.payload.find({ collection: 'media', where: { filename: { equals: filename } }, limit: 1, depth: 0, overrideAccess: true })
  if (docs[0]) return docs[0].id
  const data = await logoImage(key)
  const doc = await ctx.payload.create({
    collection: 'media',
    data: { alt: `${name} 로고` },
    file: { data, mimetype: 'image/png', name: filename, size: data.length },
    overrideAccess: true,
    context: { trustedWrite: true },
    depth: 0,
  })
  count(ctx, 'media', 'created')
  return doc.id
}
