/**
 * The demo seed goes through the real review workflow and applies as real members, yet it is
 * history, not news: it sends no work e-mail (to a real SMTP server) and queues no review digest.
 */
import { expect, test } from 'vitest'
import { backgroundMailSettled } from '../../notifications/deliver'
import { seedDemo } from '../../seed/demo'
import { useTestPayload } from '../helpers/suite'
import { DIGEST_TASK } from '../../kernel/jobs'

const suite = useTestPayload({
  smtp: true,
  world: async (payload) => {
    await seedDemo(payload)
    await backgroundMailSettled()
  },
})

test('the demo seed (submissions, reviews, applications) sends no work e-mail and queues no digest', async () => {
  // The seed did go through the events that notify when people cause them.
  const { totalDocs: applications } = await suite.payload.count({ collection: 'applications', overrideAccess: true })
  const { totalDocs: returned } = await suite.payload.count({ collection: 'programs', where: { reviewStatus: { equals: 'changes-requested' } }, overrideAccess: true })
  expect(applications).toBeGreaterThan(0)
  expect(returned).toBeGreaterThan(0)
  await suite.sink.settled()
  expect(suite.sink.messages.map((m) => `${m.envelopeTo.join(',')}: ${m.mail?.subject}`)).toEqual([])
  const { totalDocs: digests } = await suite.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: DIGEST_TASK } }, overrideAccess: true })
  expect(digests).toBe(0)
})
