import { expect, test } from 'vitest'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload()

test('boots', async () => {
  const { totalDocs } = await suite.payload.count({ collection: 'programs' })
  expect(totalDocs).toBe(0)
})
