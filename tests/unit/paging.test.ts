import { expect, test } from 'vitest'
import { pageOf, positiveInt } from '../../members/operations/paging'

const items = Array.from({ length: 45 }, (_, i) => i + 1)

test('a page of a ranked list, with the totals', () => {
  expect(pageOf(items, 1, 20)).toEqual({ docs: items.slice(0, 20), totalDocs: 45, page: 1, totalPages: 3, limit: 20 })
  expect(pageOf(items, 3, 20).docs).toEqual([41, 42, 43, 44, 45])
})

test('a page past either end is the nearest real page; an empty list is one empty page', () => {
  expect(pageOf(items, 9, 20).page).toBe(3)
  expect(pageOf(items, 0, 20).page).toBe(1)
  expect(pageOf([], 1, 20)).toEqual({ docs: [], totalDocs: 0, page: 1, totalPages: 1, limit: 20 })
})

test('query numbers: absent is undefined, anything but a whole number in range is null', () => {
  expect(positiveInt(undefined)).toBeUndefined()
  expect(positiveInt('')).toBeUndefined()
  expect(positiveInt('3')).toBe(3)
  expect(positiveInt('100', 100)).toBe(100)
  for (const bad of ['0', '-1', '1.5', 'abc', '101', ['1']]) expect(positiveInt(bad, 100), String(bad)).toBeNull()
})
