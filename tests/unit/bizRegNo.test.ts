import { describe, expect, test } from 'vitest'
import {
  bizRegNoCheckDigit,
  checkBizRegNo,
  completeBizRegNo,
  formatBizRegNo,
  normalizeBizRegNo,
} from '../../kernel/rules/bizRegNo'

/**
 * An independent reading of the SPEC formula, used only to cross-check generated numbers:
 * weights 1,3,7,1,3,7,1,3,5 on the first nine digits, plus floor(9th × 5 / 10);
 * check digit = (10 − sum mod 10) mod 10.
 */
function specCheckDigit(firstNine: string): number {
  const d = firstNine.split('').map((c) => c.charCodeAt(0) - 48)
  const sum =
    d[0] * 1 + d[1] * 3 + d[2] * 7 + d[3] * 1 + d[4] * 3 + d[5] * 7 + d[6] * 1 + d[7] * 3 + d[8] * 5 +
    Math.floor((d[8] * 5) / 10)
  return (10 - (sum % 10)) % 10
}

describe('normalizeBizRegNo', () => {
  test.each([
    ['124-81-00998', '1248100998'],
    ['1248100998', '1248100998'],
    [' 124 81 00998 ', '1248100998'],
    ['124 - 81 - 00998', '1248100998'],
    ['124.81.00998', '1248100998'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeBizRegNo(input)).toBe(expected)
  })

  test('treats null/undefined as empty', () => {
    expect(normalizeBizRegNo(null as unknown as string)).toBe('')
    expect(normalizeBizRegNo(undefined as unknown as string)).toBe('')
  })
})

describe('bizRegNoCheckDigit (hand-computed)', () => {
  test.each([
    // 1·1+2·3+4·7+8·1+1·3+0·7+0·1+9·3+9·5 = 118, + floor(45/10)=4 → 122 → (10−2) mod 10 = 8
    ['124810099', 8],
    // 2+6+0+8+3+42+2+15+5 = 83, + floor(5/10)=0 → 83 → 7   (220-81-62517)
    ['220816251', 7],
    // 1+6+21+4+15+42+7+24+45 = 165, + 4 → 169 → 1
    ['123456789', 1],
    // 31, + 0 → 9
    ['111111111', 9],
    // 9·31 = 279, + 4 → 283 → 7
    ['999999999', 7],
    ['000000000', 0],
    ['100000000', 9],
    ['000000010', 7],
  ])('%s → %d', (firstNine, digit) => {
    expect(bizRegNoCheckDigit(firstNine)).toBe(digit)
  })

  // The ninth digit d contributes 5d + floor(5d/10): this table pins the floor term.
  test.each([
    [0, 0], // 0
    [1, 5], // 5
    [2, 9], // 10 + 1 = 11
    [3, 4], // 15 + 1 = 16
    [4, 8], // 20 + 2 = 22
    [5, 3], // 25 + 2 = 27
    [6, 7], // 30 + 3 = 33
    [7, 2], // 35 + 3 = 38
    [8, 6], // 40 + 4 = 44
    [9, 1], // 45 + 4 = 49
  ])('00000000%d → %d', (ninth, digit) => {
    expect(bizRegNoCheckDigit(`00000000${ninth}`)).toBe(digit)
  })

  test.each(['12345678', '1234567890', '12345678a', '', '124-81-009'])('throws RangeError for %j', (bad) => {
    expect(() => bizRegNoCheckDigit(bad)).toThrow(RangeError)
  })
})

describe('checkBizRegNo', () => {
  test.each([
    ['124-81-00998', '1248100998'], // Samsung Electronics
    ['1248100998', '1248100998'],
    [' 124 81 00998 ', '1248100998'],
    ['124 - 81 - 00998', '1248100998'],
    ['220-81-62517', '2208162517'], // NAVER
    ['123-45-67891', '1234567891'],
    ['000-00-00000', '0000000000'],
  ])('accepts %j as %s', (input, value) => {
    expect(checkBizRegNo(input)).toEqual({ ok: true, value })
  })

  test.each(['0', '1', '2', '3', '4', '5', '6', '7', '9'])('124-81-0099%s (changed last digit) fails the checksum', (last) => {
    expect(checkBizRegNo(`124-81-0099${last}`)).toEqual({ ok: false, reason: 'checksum' })
  })

  test.each([
    ['a changed middle digit', '124-81-00898'],
    ['two swapped digits', '214-81-00998'],
    ['a changed first digit', '224-81-00998'],
    ['NAVER with a wrong last digit', '220-81-62518'],
  ])('%s fails the checksum (%s)', (_label, input) => {
    expect(checkBizRegNo(input)).toEqual({ ok: false, reason: 'checksum' })
  })

  test.each([
    ['nine digits', '124-81-0099'],
    ['eleven digits', '124-81-009980'],
    ['empty', ''],
    ['only dashes', '---'],
    ['letters', 'abc-de-fghij'],
    ['a full-width digit (not an ASCII digit)', '124-81-0099８'],
  ])('%s fails with format (%j)', (_label, input) => {
    expect(checkBizRegNo(input)).toEqual({ ok: false, reason: 'format' })
  })
})

describe('formatBizRegNo', () => {
  test.each([
    ['1248100998', '124-81-00998'],
    ['124-81-00998', '124-81-00998'],
    ['124 81 00998', '124-81-00998'],
    ['2208162517', '220-81-62517'],
    ['0000000000', '000-00-00000'],
  ])('%j → %s', (input, shown) => {
    expect(formatBizRegNo(input)).toBe(shown)
  })

  test.each(['12345', '12345678901', ''])('leaves a value without 10 digits as it is (%j)', (input) => {
    expect(formatBizRegNo(input)).toBe(input)
  })
})

describe('completeBizRegNo', () => {
  test.each([
    ['124810099', '1248100998'],
    ['220816251', '2208162517'],
    ['123456789', '1234567891'],
    ['000000002', '0000000029'],
    ['999999999', '9999999997'],
  ])('%s → %s', (firstNine, full) => {
    expect(completeBizRegNo(firstNine)).toBe(full)
  })

  test('throws for a prefix that is not nine digits', () => {
    expect(() => completeBizRegNo('12345')).toThrow(RangeError)
  })

  // Deterministic pseudo-random prefixes (a small LCG), plus every ninth digit on a few stems.
  const prefixes: string[] = []
  let seed = 20260401
  for (let i = 0; i < 500; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648
    prefixes.push(String(seed % 1_000_000_000).padStart(9, '0'))
  }
  for (const stem of ['12481009', '22081625', '10586001', '00000000', '99999999']) {
    for (let d = 0; d <= 9; d++) prefixes.push(`${stem}${d}`)
  }

  test(`produces numbers checkBizRegNo accepts, with the SPEC check digit (${prefixes.length} prefixes)`, () => {
    for (const firstNine of prefixes) {
      const full = completeBizRegNo(firstNine)
      expect(full).toBe(`${firstNine}${specCheckDigit(firstNine)}`)
      expect(checkBizRegNo(full)).toEqual({ ok: true, value: full })
      expect(checkBizRegNo(formatBizRegNo(full))).toEqual({ ok: true, value: full })
    }
  })

  test('exactly one last digit is valid for each prefix', () => {
    for (const firstNine of prefixes.slice(0, 100)) {
      const valid = [...'0123456789'].filter((d) => checkBizRegNo(`${firstNine}${d}`).ok)
      expect(valid).toEqual([String(specCheckDigit(firstNine))])
    }
  })
})
