import { expect, test } from 'vitest'
import { evidenceNotOwned } from '../../kernel/rules/evidence'

const owners: Record<string, number | null> = { 1: 10, 2: 20, 3: null }
const ownerOf = (id: string | number) => owners[String(id)]

test.each([
  ['own files', [1], [], 10, []],
  ['another company\'s file', [1, 2], [], 10, [2]],
  ['a file of nobody\'s company (a platform admin\'s upload)', [3], [], 10, [3]],
  ['an unknown file', [99], [], 10, [99]],
  ['a file already on the record stays', [2], [2], 10, []],
  ['ids as strings (MongoDB) against numbers', ['1'], [], 10, []],
  ['a promotion without a company', [1], [], null, [1]],
] as const)('%s', (_name, requested, kept, company, expected) => {
  expect(evidenceNotOwned([...requested], [...kept], ownerOf, company)).toEqual(expected)
})
