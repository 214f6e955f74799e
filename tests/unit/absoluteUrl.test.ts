import { describe, expect, test } from 'vitest'
import { absoluteUrl } from '../../kernel/web/urls'

describe('absoluteUrl', () => {
  test.each([
    ['https://winwin.example.kr', '/programs/p1/', 'https://winwin.example.kr/programs/p1/'],
    ['https://winwin.example.kr/', '/programs/p1/', 'https://winwin.example.kr/programs/p1/'],
    ['https://winwin.example.kr//', 'programs/p1/', 'https://winwin.example.kr/programs/p1/'],
    ['https://example.kr/sangsaeng/', '/programs/p1/', 'https://example.kr/sangsaeng/programs/p1/'],
    ['http://localhost:8080', '/', 'http://localhost:8080/'],
  ])('%s + %s', (siteUrl, path, expected) => {
    expect(absoluteUrl(siteUrl, path)).toBe(expected)
  })

  test('rejects a site URL that is not absolute http(s)', () => {
    expect(() => absoluteUrl('/relative', '/programs/p1/')).toThrow()
    expect(() => absoluteUrl('ftp://example.kr', '/programs/p1/')).toThrow(RangeError)
  })
})
