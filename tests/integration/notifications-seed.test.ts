/**
 * The demo seed goes through the real review workflow and applies as real members, yet it is
 * history, not news: it sends no work e-mail (to a real SMTP server) and queues no review digest.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { backgroundMailSettled } from '../../notifications/deliver'
import { seedDemo } from '../../seed/demo'
import { startTestPayload, stopTestPayload } from '../helpers/payload'
import { startSmtpSink, type SmtpSink } from '../helpers/smtpSink'
import { DIGEST_TASK } from '../../kernel/jobs'

let payload: Payload
let sink: SmtpSink

beforeAll(async () => {
  sink = await startSmtpSink()
  payload = await startTestPayload({ smtpUrl: sink.url })
  await seedDemo(payload)
  await backgroundMailSettled()
})

afterAll(async () => {
  if (payload) await stopTestPayload(payload)
  await sink?.close()
})

test('the demo seed (submissions, reviews, applications) sends no work e-mail and queues no digest', async () => {
  // The seed did go through the events that notify when people cause them.
  const { totalDocs: applications } = await payload.count({ collection: 'applications', overrideAccess: true })
  const { totalDocs: returned } = await payload.count({ collection: 'programs', where: { reviewStatus: { equals: 'changes-requested' } }, overrideAccess: true })
  expect(applications).toBeGreaterThan(0)
  expect(returned).toBeGreaterThan(0)
  await sink.settled()
  expect(sink.messages.map((m) => `${m.envelopeTo.join(',')}: ${m.mail?.subject}`)).toEqual([])
  const { totalDocs: digests } = await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: DIGEST_TASK } }, overrideAccess: true })
  expect(digests).toBe(0)
})
