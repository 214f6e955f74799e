import { CARD_NEWS } from '../data/cardNews'
import { PARTNER_GUIDES } from '../data/partnerGuides'
import { count, type SeedContext, type SeedUser } from '../lib/context'
import { cardAlt, cardImage } from '../lib/images'
import { richText } from '../lib/richText'

function editor(ctx: SeedContext): SeedUser {
  const user = [...ctx.users.values()].find((u) => u.role === 'editor')
  if (!user) throw new Error('Seed: the editor must be seeded first')
  return user
}

/** 협력사 등록 안내 by company, written and published by the editor. */
export async function seedPartnerGuides(ctx: SeedContext): Promise<void> {
  const { payload } = ctx
  for (const fixture of PARTNER_GUIDES) {
    const company = ctx.companies.get(fixture.company)
    if (company == null) throw new Error(`Seed data: partner guide names unknown company "${fixture.company}"`)
    const { totalDocs } = await payload.count({ collection: 'partner-guides', where: { company: { equals: company } }, overrideAccess: true })
    if (totalDocs > 0) {
      count(ctx, 'partner-guides', 'existing')
      continue
    }
    await payload.create({
      collection: 'partner-guides',
      data: { company: company as number, title: fixture.title, industryLabel: fixture.industryLabel,
        howToBecomeSupplier: richText(fixture.howTo), registrationUrl: fixture.registrationUrl, published: true },
      user: editor(ctx),
      overrideAccess: false,
      context: { skipSiteRebuild: true },
      depth: 0,
    })
    count(ctx, 'partner-guides', 'created')
  }
  ctx.log(`partner-guides: ${PARTNER_GUIDES.length} ready (${ctx.tally.get('partner-guides')?.created ?? 0} created)`)
}

/** One media document per card (its generated PNG), reused by file name when it is already there. */
async function cardMedia(ctx: SeedContext, name: string, alt: string, image: () => Promise<Buffer>, user: SeedUser) {
  const { payload } = ctx
  const { docs } = await payload.find({ collection: 'media', where: { filename: { equals: name } }, limit: 1, depth: 0, overrideAccess: true })
  if (docs[0]) {
    count(ctx, 'media', 'existing')
    return docs[0].id
  }
  const data = await image()
  const doc = await payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'image/png', name, size: data.length },
    user,
    overrideAccess: false,
    depth: 0,
  })
  count(ctx, 'media', 'created')
  return doc.id
}

/**
 * 상생정보통 card news by title. The editor publishes the program stories; one cooperation
 * activity is sent in by a company admin and waits for the editor (게시요청).
 */
export async function seedCardNews(ctx: SeedContext): Promise<void> {
  const { payload, clock } = ctx
  for (const fixture of CARD_NEWS) {
    const { totalDocs } = await payload.count({ collection: 'card-news', where: { title: { equals: fixture.title } }, overrideAccess: true })
    if (totalDocs > 0) {
      count(ctx, 'card-news', 'existing')
      continue
    }
    const author = fixture.submittedBy ? ctx.users.get(fixture.submittedBy) : editor(ctx)
    if (!author) throw new Error(`Seed data: card news "${fixture.title}" names unknown user ${fixture.submittedBy}`)
    // A story's cards are drawn at once (sharp works off the main thread), then stored in order.
    const faces = fixture.cards.map((text, i) => ({ title: fixture.title, text, index: i + 1, total: fixture.cards.length, colors: fixture.colors }))
    const drawn = faces.map((face) => cardImage(face))
    for (const image of drawn) image.catch(() => undefined) // a failure surfaces where the card is stored
    const cards = []
    for (const [i, face] of faces.entries()) {
      const alt = cardAlt(face)
      const image = await cardMedia(ctx, `${fixture.slug}-${i + 1}.png`, alt, () => drawn[i], author)
      cards.push({ image: image as number, alt })
    }
    const publishedDay = fixture.publishedOn == null ? undefined : clock.day(fixture.publishedOn)
    await payload.create({
      collection: 'card-news',
      data: {
        title: fixture.title,
        category: fixture.category,
        cards,
        body: richText(fixture.body),
        sourceCompany: ctx.companies.get(fixture.company) as number,
        status: fixture.status,
        ...(publishedDay ? { publishedAt: clock.instant(publishedDay, 9), createdAt: clock.instant(publishedDay, 9) } : {}),
      },
      user: author,
      overrideAccess: false,
      // Trusted: the demo's stories keep the dates the guide gives them (게시일, 등록일).
      context: { skipSiteRebuild: true, trustedWrite: true },
      depth: 0,
    })
    count(ctx, 'card-news', 'created')
  }
  ctx.log(`card-news: ${CARD_NEWS.length} ready (${ctx.tally.get('card-news')?.created ?? 0} created, ${ctx.tally.get('media')?.created ?? 0} images)`)
}
