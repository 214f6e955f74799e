import { describe, expect, test } from 'vitest'
import { compareIds, newestFirst, planSync, timeKey } from '../../members/operations/snapshotSync'

const at = (ms: number) => new Date(Date.UTC(2026, 11, 7, 9, 0, 0, ms)).toISOString()

describe('timeKey', () => {
  test('one ISO instant whatever the adapter gave: stored text, a Date, MongoDB’s JSON', () => {
    expect(timeKey('2026-12-07T09:00:00.123Z')).toBe('2026-12-07T09:00:00.123Z')
    expect(timeKey(new Date('2026-12-07T09:00:00.123Z'))).toBe('2026-12-07T09:00:00.123Z')
    expect(timeKey('2026-12-07T18:00:00.123+09:00')).toBe('2026-12-07T09:00:00.123Z')
    expect(timeKey(null)).toBe('')
    expect(timeKey(undefined)).toBe('')
  })
})

describe('planSync', () => {
  const entries = [{ id: 1, updatedAt: at(1) }, { id: 2, updatedAt: at(2) }, { id: 3, updatedAt: at(3) }]

  test('nothing to do when the database holds the same instants', () => {
    expect(planSync(entries, [at(3), at(1), at(2)])).toEqual({ stale: [], readSince: null })
  })

  test('a saved document: its old instant is gone (stale), its new one is read', () => {
    expect(planSync(entries, [at(1), at(3), at(9)])).toEqual({ stale: [2], readSince: at(9) })
  })

  test('new documents: read from the earliest instant the snapshot lacks, also one older than the newest known', () => {
    // A save that committed late carries an instant older than ones already seen: still found.
    expect(planSync(entries, [at(1), at(2), at(3), at(7), at(0)])).toEqual({ stale: [], readSince: at(0) })
  })

  test('a deleted document, or one that left the set: stale', () => {
    expect(planSync(entries, [at(1), at(3)])).toEqual({ stale: [2], readSince: null })
  })

  test('instants compare as instants: a Date or an offset form matches the stored text', () => {
    expect(planSync(entries, [new Date(at(1)), at(2), '2026-12-07T18:00:00.003+09:00'])).toEqual({ stale: [], readSince: null })
  })

  test('an empty snapshot reads every document from the earliest instant', () => {
    expect(planSync([], [at(5), at(4)])).toEqual({ stale: [], readSince: at(4) })
  })

  test('a document without updatedAt cannot be found by a range: the caller reads the whole set', () => {
    expect(planSync(entries, [at(1), at(2), at(3), null]).readSince).toBe('')
  })

  test('two documents saved in the same millisecond count as one instant (the count check catches a deletion)', () => {
    const twins = [{ id: 1, updatedAt: at(1) }, { id: 2, updatedAt: at(1) }]
    expect(planSync(twins, [at(1)])).toEqual({ stale: [], readSince: null })
  })
})

describe('the order handed on', () => {
  test('ids in the adapter’s order: numbers by value (10 after 9), ObjectId strings by their text', () => {
    expect([10, 9, 100].sort(compareIds)).toEqual([9, 10, 100])
    expect(['65a0000000000000000000b2', '65a0000000000000000000a1'].sort(compareIds)).toEqual(['65a0000000000000000000a1', '65a0000000000000000000b2'])
  })

  test('newest registration first, then the id ascending among programs registered at the same instant', () => {
    const programs = [
      { id: 12, createdAt: at(1) },
      { id: 3, createdAt: at(5) },
      { id: 11, createdAt: at(1) },
      { id: 2, createdAt: at(9) },
    ]
    expect([...programs].sort(newestFirst).map((p) => p.id)).toEqual([2, 3, 11, 12])
  })
})
