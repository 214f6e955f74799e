import { describe, expect, test } from 'vitest'
import { checkKoreanPhone, PHONE_MAX_CHARS } from '../../kernel/rules/phone'

describe('checkKoreanPhone', () => {
  test.each([
    ['010-1234-5678', '010-1234-5678'],
    ['01012345678', '010-1234-5678'],
    [' 010 1234 5678 ', '010-1234-5678'],
    ['010.1234.5678', '010-1234-5678'],
    ['+82 10-1234-5678', '010-1234-5678'],
    ['011-234-5678', '011-234-5678'],
    ['02-123-4567', '02-123-4567'],
    ['(02) 1234-5678', '02-1234-5678'],
    ['031-123-4567', '031-123-4567'],
    ['064-712-3456', '064-712-3456'],
    ['070-1234-5678', '070-1234-5678'],
    ['080-123-4567', '080-123-4567'],
    ['1588-1234', '1588-1234'],
  ])('%j is a Korean number, kept as %j', (input, value) => {
    expect(checkKoreanPhone(input)).toEqual({ ok: true, value })
  })

  test.each([null, undefined, '', '   '])('%j is empty', (input) => {
    expect(checkKoreanPhone(input)).toEqual({ ok: false, reason: 'empty' })
  })

  test.each([
    ['letters', '공일공-1234-5678'],
    ['letters mixed in', '010-1234-567a'],
    ['a word around it', 'tel:010-1234-5678'],
    ['too few digits', '010-123-456'],
    ['no area code', '123-4567'],
    ['an impossible area code', '02-012-3456'],
    ['a foreign number', '+1 650 253 0000'],
    ['a control character', '010-1234-5678\u0000'],
    ['a line break inside', '010-1234\n-5678'],
    ['an escape sequence', '\u001b[31m010-1234-5678'],
    ['two numbers', '010-1234-5678 02-123-4567'],
    ['too long', '0'.repeat(PHONE_MAX_CHARS + 1)],
    ['10,000 characters', '1'.repeat(10_000)],
    ['a number, not text', 1012345678],
    ['an object', { phone: '010-1234-5678' }],
  ])('%s is refused', (_what, input) => {
    expect(checkKoreanPhone(input)).toEqual({ ok: false, reason: 'invalid' })
  })
})
