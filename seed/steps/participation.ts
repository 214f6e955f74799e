import { APPLICATIONS, PROMOTIONS, type ApplicationFixture } from '../data/participation'
import { count, type SeedContext, type SeedUser } from '../lib/context'
import { simplePdf } from '../lib/documents'
import { actorFor, platformAdmin } from './users'

// The demo's history is not news: no rebuild per write, no work e-mails.
const QUIET = { skipSiteRebuild: true, skipNotifications: true }

async function programOf(ctx: SeedContext, fixture: { business: string; stem: string }) {
  const business = ctx.businesses.get(fixture.business)
  if (!business) throw new Error(`Seed data: unknown business "${fixture.business}"`)
  const { docs } = await ctx.payload.find({
    collection: 'programs', where: { and: [{ business: { equals: business.id } }, { title: { contains: fixture.stem } }] },
    limit: 1, depth: 0, overrideAccess: true,
  })
  if (!docs[0]) throw new Error(`Seed data: no program "${fixture.stem}" in "${fixture.business}"`)
  return docs[0]
}

/** A private file uploaded by `user`, the way the site's forms and the admin upload them. */
async function uploadPdf(ctx: SeedContext, user: SeedUser, name: string, text: string, purpose: 'application' | 'evidence') {
  const data = simplePdf(text)
  const doc = await ctx.payload.create({
    collection: 'private-files', data: { purpose }, file: { data, mimetype: 'application/pdf', name, size: data.length },
    user, overrideAccess: false, depth: 0,
  })
  count(ctx, 'private-files', 'created')
  return doc.id
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')

async function seedApplication(ctx: SeedContext, fixture: ApplicationFixture) {
  const { payload } = ctx
  const user = ctx.users.get(fixture.applicant)
  if (!user) throw new Error(`Seed data: unknown applicant ${fixture.applicant}`)
  const program = await programOf(ctx, fixture)
  const { totalDocs } = await payload.count({
    collection: 'applications', where: { and: [{ program: { equals: program.id } }, { applicant: { equals: user.id } }] }, overrideAccess: true,
  })
  if (totalDocs > 0) return count(ctx, 'applications', 'existing')
  const attachments = fixture.attachment ? [await uploadPdf(ctx, user, `${slug(fixture.attachment)}.pdf`, fixture.attachment, 'application')] : []
  // As the member, with access rules and the application hooks (eligibility, 모집중, 신청가능).
  const application = await payload.create({
    collection: 'applications', data: { program: program.id, answers: fixture.answers, applicantPhone: fixture.phone, attachments } as never,
    user, overrideAccess: false, depth: 0, context: QUIET,
  })
  if (fixture.status) {
    await payload.update({
      collection: 'applications', id: application.id, data: { status: fixture.status, decisionNote: fixture.decisionNote },
      user: actorFor(ctx, 'doosan'), overrideAccess: false, depth: 0, context: { ...QUIET, skipApplicantEmail: true },
    })
  }
  count(ctx, 'applications', 'created')
}

/** 홍보 실적 entered by each company admin with a PDF of evidence, then reviewed by the platform admin. */
async function seedPromotions(ctx: SeedContext) {
  const { payload, clock } = ctx
  for (const fixture of PROMOTIONS) {
    const { totalDocs } = await payload.count({ collection: 'promotions', where: { title: { equals: fixture.title } }, overrideAccess: true })
    if (totalDocs > 0) {
      count(ctx, 'promotions', 'existing')
      continue
    }
    const admin = actorFor(ctx, fixture.company)
    const evidence = await uploadPdf(ctx, admin, `evidence-${fixture.company}-${fixture.kind}.pdf`, `Evidence: ${fixture.kind} (${fixture.company})`, 'evidence')
    const record = await payload.create({
      collection: 'promotions',
      data: { kind: fixture.kind, date: clock.day(fixture.on), title: fixture.title, evidence: [evidence] } as never,
      user: admin, overrideAccess: false, depth: 0,
    })
    if (fixture.review !== 'submitted') {
      await payload.update({
        collection: 'promotions', id: record.id, data: { review: fixture.review, reviewNote: fixture.reviewNote },
        user: platformAdmin(ctx), overrideAccess: false, depth: 0,
      })
    }
    count(ctx, 'promotions', 'created')
  }
}

/** SME applications to 두산중공업's open courses, and the promotion records behind the evaluation report. */
export async function seedParticipation(ctx: SeedContext): Promise<void> {
  for (const fixture of APPLICATIONS) await seedApplication(ctx, fixture)
  await seedPromotions(ctx)
  ctx.log(`applications: ${APPLICATIONS.length} ready; promotions: ${PROMOTIONS.length} ready`)
}
