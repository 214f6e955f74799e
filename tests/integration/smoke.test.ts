import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startTestPayload, stopTestPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => { payload = await startTestPayload() })
afterAll(async () => { await stopTestPayload(payload) })

test('boots', async () => {
  const { totalDocs } = await payload.count({ collection: 'programs' })
  expect(totalDocs).toBe(0)
})
