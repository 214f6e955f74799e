import { expect, test } from 'vitest'
import { computeStats } from '../../kernel/rules/stats'
import { statsSchema } from '../../site/data/schema'
import { PASSWORD } from '../helpers/fixtures'
import { useTestPayload } from '../helpers/suite'

/** GET /api/stats through Payload's real route handlers, checked against computeStats on what the database holds. */

const suite = useTestPayload({ world: true })

/** The expected figures, read independently (access off, every field) and filtered by status here. */
async function expectedStats() {
  const programs = await suite.payload.find({ collection: 'programs', where: { reviewStatus: { equals: 'approved' } }, pagination: false, depth: 0, overrideAccess: true })
  const companies = await suite.payload.find({ collection: 'companies', pagination: false, depth: 0, overrideAccess: true })
  return computeStats(
    {
      programs: programs.docs.map((doc) => ({ ...doc, company: doc.company == null ? null : String(doc.company) })),
      companies: companies.docs.map((doc) => ({ id: String(doc.id), category: doc.category })),
    },
    new Date(),
  )
}

test('anonymous GET /api/stats: 200, the site\'s shape, cacheable for a minute', async () => {
  const { status, body, headers } = await suite.api.get('/stats')
  expect(status).toBe(200)
  expect(statsSchema.strict().safeParse(body).success).toBe(true)
  expect(headers.get('cache-control')).toBe('public, max-age=60')
})

test('the figures are computeStats over the approved programs', async () => {
  const { body } = await suite.api.get('/stats')
  expect(body).toEqual(await expectedStats())
  // The fixture world: one approved program each for A (public, 예정) and B (large, 모집중), both 전체 오픈.
  expect(body.companies).toEqual({ total: 2, large: 1, public: 1 })
  expect(body.programs).toEqual({ registered: 2, openToAll: 2, openShare: 1, recruiting: 1 })
  expect(body.byMonth.at(-1)).toEqual({ month: body.today.slice(0, 7), added: 2, cumulative: 2 })
})

test('a signed-in platform admin gets the same public figures (no drafts counted)', async () => {
  const token = await suite.api.login(suite.world.users.platformAdmin.email, PASSWORD)
  const [anonymous, admin] = await Promise.all([suite.api.get('/stats'), suite.api.as(token).get('/stats')])
  expect(admin.body).toEqual(anonymous.body)
})

test('approving a submitted program raises registered (and this month) by one', async () => {
  const before = (await suite.api.get('/stats')).body
  const token = await suite.api.login(suite.world.users.platformAdmin.email, PASSWORD)
  const review = await suite.api.as(token).post(`/programs/${suite.world.programs.a.submitted}/review`, { decision: 'approve' })
  expect(review.status).toBe(200)

  const after = (await suite.api.get('/stats')).body
  expect(after.programs.registered).toBe(before.programs.registered + 1)
  expect(after.byMonth.at(-1).cumulative).toBe(before.byMonth.at(-1).cumulative + 1)
  expect(after).toEqual(await expectedStats())
})
