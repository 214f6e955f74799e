import { ko } from '@payloadcms/translations/languages/ko'
import { describe, expect, test } from 'vitest'
import { payloadKo } from '../../kernel/i18n/payloadKo'

/** Payload's Korean as the admin uses it: its own strings with ours laid over them. */
const merged: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries(ko.translations as unknown as Record<string, Record<string, string>>).map(([group, strings]) => [
    group,
    { ...strings, ...((payloadKo as Record<string, Record<string, string>>)[group] ?? {}) },
  ]),
)
const all = Object.entries(merged).flatMap(([group, strings]) => Object.entries(strings).map(([key, text]) => [`${group}:${key}`, text] as const))

/** A placeholder (or markup around one) directly followed by a particle whose form depends on it. */
const PARTICLE_AFTER_PLACEHOLDER = /\}\}(?:<\/\d>)?(?:이|가|을|를|은|는|과|와|으로|로)(?=[\s.,?!]|$)/
const WRITTEN_BOTH_WAYS = /\((?:이|가|을|를|은|는|과|와|으)\)/

describe("Payload's Korean strings as the admin shows them", () => {
  test('no particle follows a {{placeholder}} and none is written both ways, 이(가)', () => {
    const wrong = all.filter(([, text]) => PARTICLE_AFTER_PLACEHOLDER.test(text) || WRITTEN_BOTH_WAYS.test(text)).map(([key, text]) => `${key}: ${text}`)
    expect(wrong).toEqual([])
  })

  test('every override is a key Payload has, with the same placeholders and markup', () => {
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\w+\}\}|<\/?\d>/g)].map((m) => m[0]))].sort()
    for (const [group, strings] of Object.entries(payloadKo)) {
      for (const [key, text] of Object.entries(strings)) {
        const original = (ko.translations as unknown as Record<string, Record<string, string>>)[group]?.[key]
        expect(original, `${group}:${key}`).toBeTypeOf('string')
        expect(placeholders(text), `${group}:${key}`).toEqual(placeholders(original!))
      }
    }
  })

  test('the toast after creating a 사업 reads 사업 항목이 생성되었습니다, and the admin does not call itself Payload', () => {
    expect(merged.general.successfullyCreated.replace('{{label}}', '사업')).toBe('사업 항목이 생성되었습니다.')
    expect(merged.general.payloadSettings).not.toContain('Payload')
  })
})
