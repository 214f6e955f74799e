import { describe, expect, test } from 'vitest'
import { checkWebAddress, homepageOf, MAX_WEB_ADDRESS_LENGTH, safeWebAddress } from '../../kernel/rules/webAddress'

describe('one rule for every stored web address', () => {
  test.each([
    ['https://www.kwater.or.kr/winwin', 'https://www.kwater.or.kr/winwin'],
    ['  http://example.kr  ', 'http://example.kr'],
    ['HTTPS://EXAMPLE.KR/경로?q=상생', 'HTTPS://EXAMPLE.KR/경로?q=상생'],
    ['http://localhost:3000/x', 'http://localhost:3000/x'],
  ])('%s is kept as %s (as typed, trimmed)', (input, href) => {
    expect(checkWebAddress(input)).toEqual({ ok: true, value: href })
  })

  test.each([
    ['javascript:alert(document.cookie)', 'scheme'],
    ['JaVaScRiPt:alert(1)', 'scheme'],
    ['data:text/html,<script>alert(1)</script>', 'scheme'],
    ['vbscript:msgbox(1)', 'scheme'],
    ['ftp://files.example.kr', 'scheme'],
    ['https://bank.example.kr@evil.example/', 'credentials'],
    ['https://user:pass@example.kr/', 'credentials'],
    ['https://:@evil.example/', 'credentials'],
    ['https://@evil.example/', 'credentials'],
    ['//evil.example/', 'format'],
    ['/programs/1/', 'format'],
    ['www.example.kr', 'format'],
    ['https://', 'format'],
    ['https://intranet/', 'format'],
    ['https://exa mple.kr/', 'format'],
    ['https://example.kr/\u0000x', 'format'],
    ['https://example.kr/\u202Egnp.exe', 'format'],
    [`https://example.kr/${'a'.repeat(MAX_WEB_ADDRESS_LENGTH)}`, 'length'],
  ])('%s is refused (%s)', (input, reason) => {
    expect(checkWebAddress(input)).toEqual({ ok: false, reason })
    expect(safeWebAddress(input)).toBeNull()
  })

  test('nothing stored, nothing linked', () => {
    expect(safeWebAddress(null)).toBeNull()
    expect(safeWebAddress('   ')).toBeNull()
  })
})

describe('홈페이지: a web address, or the contact e-mail as mailto:', () => {
  test('a web address', () => {
    expect(homepageOf('https://nuri.example.kr')).toEqual({ kind: 'url', href: 'https://nuri.example.kr' })
  })
  test('a contact e-mail', () => {
    expect(homepageOf('contact@hanbit.example.kr')).toEqual({ kind: 'email', address: 'contact@hanbit.example.kr', href: 'mailto:contact@hanbit.example.kr' })
  })
  test.each(['javascript:alert(1)@x.kr', 'javascript://x@y.kr/%0aalert(1)', 'a@b', 'a b@c.kr', 'mailto:a@b.kr', '"<script>"@x.kr', 'not a link'])('%s is neither', (input) => {
    expect(homepageOf(input)).toBeNull()
  })
})
