import { describe, expect, test } from 'vitest'
import {
  addDays,
  dayToStoredInstant,
  isRealCalendarDay,
  kstDate,
  kstToday,
  parseCalendarDay,
  TIME_ZONE,
} from '../../kernel/rules/dates'

// Every expectation below is a Seoul (UTC+9, no daylight saving) calendar day worked out by hand.

describe('kstDate', () => {
  test('the fixed-offset day is the time-zone database day, for every hour from 1988 to 2100 and around the last DST', () => {
    const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' })
    const hour = 60 * 60 * 1000
    const checked: string[] = []
    // Every 7 hours and 13 minutes over 112 years hits every hour of the day and both sides of midnight.
    for (let t = Date.UTC(1988, 0, 1); t < Date.UTC(2100, 0, 1); t += 7 * hour + 13 * 60 * 1000) {
      if (kstDate(t) !== zone.format(t)) checked.push(new Date(t).toISOString())
    }
    // The minutes around Seoul midnight on many days, where an off-by-one would show.
    for (let day = Date.UTC(1989, 0, 1, 15); day < Date.UTC(2060, 0, 1); day += 97 * 24 * hour) {
      for (const offset of [-1, 0, 1]) if (kstDate(day + offset) !== zone.format(day + offset)) checked.push(new Date(day + offset).toISOString())
    }
    expect(checked).toEqual([])
  })

  test('uses Asia/Seoul', () => {
    expect(TIME_ZONE).toBe('Asia/Seoul')
  })

  test.each([
    ['2026-03-31T14:59:59Z', '2026-03-31'], // 23:59:59 in Seoul
    ['2026-03-31T15:00:00Z', '2026-04-01'], // 00:00:00 in Seoul
    ['2026-03-31T15:00:00.000Z', '2026-04-01'],
    ['2026-04-01T00:00:00+09:00', '2026-04-01'],
    ['2026-04-01T23:59:59+09:00', '2026-04-01'],
    ['2026-04-01T20:00:00-05:00', '2026-04-02'], // 2026-04-02T01:00Z = 10:00 in Seoul
    ['2025-12-31T15:00:00Z', '2026-01-01'], // new year arrives in Seoul first
    ['2025-12-31T14:59:59.999Z', '2025-12-31'],
    ['2024-02-28T15:00:00Z', '2024-02-29'],
  ])('%s → %s', (instant, day) => {
    expect(kstDate(instant)).toBe(day)
    expect(kstDate(new Date(instant))).toBe(day)
  })

  test.each([
    [0, '1970-01-01'], // 09:00 in Seoul
    [15 * 3600 * 1000 - 1, '1970-01-01'], // 23:59:59.999 in Seoul
    [15 * 3600 * 1000, '1970-01-02'], // midnight in Seoul
  ])('epoch milliseconds %d → %s', (ms, day) => {
    expect(kstDate(ms)).toBe(day)
  })

  test.each(['not a date', '2026-04-01T25:00:00Z', ''])('throws RangeError for invalid instant %j', (bad) => {
    expect(() => kstDate(bad)).toThrow(RangeError)
  })

  test('throws for an invalid Date object', () => {
    expect(() => kstDate(new Date('nope'))).toThrow(RangeError)
  })
})

describe('kstToday', () => {
  test.each([
    ['2026-03-31T14:59:59Z', '2026-03-31'],
    ['2026-03-31T15:00:00Z', '2026-04-01'],
    ['2026-07-15T03:00:00Z', '2026-07-15'],
  ])('now = %s → %s', (now, day) => {
    expect(kstToday(new Date(now))).toBe(day)
  })

  test('defaults to the current instant', () => {
    const before = kstDate(Date.now())
    const today = kstToday()
    const after = kstDate(Date.now())
    expect([before, after]).toContain(today)
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('isRealCalendarDay', () => {
  test.each([
    [2026, 1, 1, true],
    [2026, 1, 31, true],
    [2026, 4, 30, true],
    [2026, 4, 31, false],
    [2026, 12, 31, true],
    [2026, 13, 1, false],
    [2026, 0, 10, false],
    [2026, 6, 0, false],
    [2026, 6, -1, false],
    [2018, 2, 28, true],
    [2018, 2, 31, false],
    [2024, 2, 29, true], // leap year
    [2023, 2, 29, false],
    [2000, 2, 29, true], // divisible by 400
    [1900, 2, 29, false], // divisible by 100, not 400
    [2100, 2, 29, false],
  ])('%d-%d-%d → %s', (y, m, d, real) => {
    expect(isRealCalendarDay(y, m, d)).toBe(real)
  })
})

describe('parseCalendarDay', () => {
  describe('plain YYYY-MM-DD', () => {
    test.each([
      ['2026-04-01', '2026-04-01'],
      ['2024-02-29', '2024-02-29'],
      ['2000-02-29', '2000-02-29'],
      ['2026-12-31', '2026-12-31'],
      ['  2026-04-01  ', '2026-04-01'], // surrounding whitespace is trimmed
    ])('accepts %j as %s', (input, day) => {
      expect(parseCalendarDay(input)).toEqual({ ok: true, day })
    })

    test.each([
      '2018-02-31', // the guide's own impossible date
      '2026-13-01',
      '2026-00-10',
      '2026-04-00',
      '2026-04-31',
      '2023-02-29',
      '1900-02-29',
      '2026-4-1',
      '26-04-01',
      '2026/04/01',
      '2026.04.01',
      '01-04-2026',
      'abc',
      '',
      '   ',
      '2026-04-01x',
      '2026-04-01 garbage',
    ])('rejects %j', (input) => {
      expect(parseCalendarDay(input)).toEqual({ ok: false })
    })
  })

  describe('ISO timestamps map to the Seoul day', () => {
    test.each([
      ['2026-03-31T14:59:59Z', '2026-03-31'],
      ['2026-03-31T15:00:00Z', '2026-04-01'],
      ['2026-03-31T15:00:00.000Z', '2026-04-01'],
      ['2026-04-01T00:00:00+09:00', '2026-04-01'],
      ['2026-04-01T23:59:59+09:00', '2026-04-01'],
      ['2026-04-01T12:00:00.000Z', '2026-04-01'], // 21:00 in Seoul
      ['2026-04-01T03:00:00.000Z', '2026-04-01'], // the stored form: noon in Seoul
      ['2026-04-01T20:00:00-05:00', '2026-04-02'], // 10:00 next day in Seoul
      ['2026-04-01T08:00:00-05:00', '2026-04-01'], // 22:00 same day in Seoul
      ['2025-12-31T15:00:00Z', '2026-01-01'],
    ])('%s → %s', (input, day) => {
      expect(parseCalendarDay(input)).toEqual({ ok: true, day })
    })

    test.each([
      '2018-02-31T00:00:00Z', // would silently roll over to 03-03 in JavaScript
      '2026-02-29T12:00:00+09:00',
      '2026-13-01T00:00:00Z',
      '2026-04-01T25:00:00Z',
      '2026-04-01Tnoon',
    ])('rejects %s', (input) => {
      expect(parseCalendarDay(input)).toEqual({ ok: false })
    })
  })

  describe('Date objects', () => {
    test.each([
      ['2026-03-31T14:59:59Z', '2026-03-31'],
      ['2026-03-31T15:00:00Z', '2026-04-01'],
    ])('new Date(%s) → %s', (iso, day) => {
      expect(parseCalendarDay(new Date(iso))).toEqual({ ok: true, day })
    })

    test('rejects an invalid Date', () => {
      expect(parseCalendarDay(new Date('nope'))).toEqual({ ok: false })
    })
  })

  test.each([
    ['a number', 20260401],
    ['epoch milliseconds', 1775000000000],
    ['null', null],
    ['undefined', undefined],
    ['an object', { day: '2026-04-01' }],
    ['an array', ['2026-04-01']],
    ['a boolean', true],
  ])('rejects %s', (_label, input) => {
    expect(parseCalendarDay(input)).toEqual({ ok: false })
  })
})

describe('dayToStoredInstant', () => {
  test.each([
    ['2026-04-01', '2026-04-01T03:00:00.000Z'],
    ['2026-01-01', '2026-01-01T03:00:00.000Z'],
    ['2024-02-29', '2024-02-29T03:00:00.000Z'],
    ['2025-12-31', '2025-12-31T03:00:00.000Z'],
  ])('%s is stored as noon in Seoul (%s)', (day, stored) => {
    expect(dayToStoredInstant(day)).toBe(stored)
  })

  test.each(['2026-04-01', '2026-01-01', '2025-12-31', '2024-02-29', '2026-03-31', '2030-06-15'])(
    '%s round-trips through kstDate and parseCalendarDay',
    (day) => {
      const stored = dayToStoredInstant(day)
      expect(kstDate(stored)).toBe(day)
      expect(parseCalendarDay(stored)).toEqual({ ok: true, day })
    },
  )
})

describe('addDays', () => {
  test.each([
    ['2026-04-10', 0, '2026-04-10'],
    ['2026-04-10', 1, '2026-04-11'],
    ['2026-04-10', -1, '2026-04-09'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-29', 7, '2026-04-05'],
    ['2026-04-30', 1, '2026-05-01'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2026-12-25', 10, '2027-01-04'],
  ])('%s %+d days → %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected)
  })
})
