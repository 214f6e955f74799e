import { describe, expect, test } from 'vitest'
import { fieldsFromJson } from '../../newsletter/subscribe/readFields'
import { normalizeEmail, parsePreferences, parseSignUp } from '../../newsletter/subscribe/validate'

const signUp = (fields: Record<string, string[]>) => parseSignUp(fields)

describe('e-mail addresses', () => {
  test.each([
    ['kim@example.kr', 'kim@example.kr'],
    ['  Kim.Sangsaeng+news@Example.CO.KR  ', 'Kim.Sangsaeng+news@example.co.kr'],
    ['o\'brien@sub.domain.example.com', 'o\'brien@sub.domain.example.com'],
    ['a_b-c@ex--ample.org', 'a_b-c@ex--ample.org'],
  ])('%j is taken as %j (trimmed, domain lower-cased, local part kept)', (raw, normalized) => {
    expect(normalizeEmail(raw)).toBe(normalized)
  })

  test.each([
    ['header injection (CRLF + Bcc)', 'a@b.c\r\nBcc: x@y'],
    ['a bare LF', 'a@example.kr\nBcc: x@y.kr'],
    ['a trailing tab (a control character, even where trimming would hide it)', 'a@example.kr\t'],
    ['a NUL byte', 'a\u0000@example.kr'],
    ['a line separator', 'a@example.kr\u2028'],
    ['two @', 'a@b@example.kr'],
    ['no @', 'example.kr'],
    ['nothing before @', '@example.kr'],
    ['a space inside', 'kim sang@example.kr'],
    ['a space in the domain', 'kim@exa mple.kr'],
    ['no top-level domain', 'kim@localhost'],
    ['two dots in a row', 'kim..lee@example.kr'],
    ['a quoted local part', '"kim"@example.kr'],
    ['Hangul in the address', '김상생@example.kr'],
    ['over 254 characters', `${'a'.repeat(60)}@${'b'.repeat(190)}.com`],
    ['a local part over 64 characters', `${'a'.repeat(65)}@example.kr`],
    ['empty', ''],
    ['only spaces', '   '],
  ])('refuses %s', (_why, raw) => {
    expect(normalizeEmail(raw)).toBeNull()
    expect(signUp({ email: [raw] })).toEqual({ ok: false, problem: 'emailInvalid' })
  })

  test('254 characters is still an address; 255 is not', () => {
    const at254 = `${'a'.repeat(64)}@${'b'.repeat(185)}.com`
    expect(at254.length).toBe(254)
    expect(normalizeEmail(at254)).toBe(at254)
    expect(normalizeEmail(`${'a'.repeat(64)}@${'b'.repeat(186)}.com`)).toBeNull()
  })
})

describe('a sign-up', () => {
  test('with a Korean name and interests, in the lists\' order, each once', () => {
    expect(signUp({ email: ['kim@example.kr'], name: ['  김상생 '], supportFields: ['hr', 'finance', 'hr'], regions: ['jeju', 'seoul'] })).toEqual({
      ok: true,
      value: { email: 'kim@example.kr', name: '김상생', interests: { supportFields: ['finance', 'hr'], regions: ['seoul', 'jeju'] } },
    })
  })
  test('a name of exactly 50 Korean characters is taken, 51 are not', () => {
    expect(signUp({ email: ['a@example.kr'], name: ['가'.repeat(50)] })).toMatchObject({ ok: true })
    expect(signUp({ email: ['a@example.kr'], name: ['가'.repeat(51)] })).toEqual({ ok: false, problem: 'nameInvalid' })
  })
  test('no name and no interests: left undefined, so stored values are kept', () => {
    expect(signUp({ email: ['a@example.kr'] })).toEqual({ ok: true, value: { email: 'a@example.kr', name: undefined, interests: undefined } })
    expect(signUp({ email: ['a@example.kr'], name: ['  '] })).toMatchObject({ ok: true, value: { name: null } })
  })
  test.each([
    ['a name with CR/LF', { name: ['김상생\r\nBcc: x@y.kr'] }, 'nameInvalid'],
    ['a name with a tab', { name: ['김\t상생'] }, 'nameInvalid'],
    ['two names', { name: ['김', '이'] }, 'nameInvalid'],
    ['an unknown support field', { supportFields: ['finance', 'lottery'] }, 'interestsInvalid'],
    ['an unknown region', { regions: ['tokyo'] }, 'interestsInvalid'],
    ['a label instead of a code', { supportFields: ['금융지원'] }, 'interestsInvalid'],
    ['a prototype key', { regions: ['__proto__'] }, 'interestsInvalid'],
    ['a control character in a field we ignore', { consent: ['yes\r\n'] }, 'inputInvalid'],
  ])('refuses %s', (_why, extra, problem) => {
    expect(signUp({ email: ['a@example.kr'], ...extra })).toEqual({ ok: false, problem })
  })
  test('two addresses in one form is refused', () => {
    expect(signUp({ email: ['a@example.kr', 'b@example.kr'] })).toEqual({ ok: false, problem: 'emailInvalid' })
  })
})

describe('JSON bodies', () => {
  test('become the same fields as a form post', () => {
    const fields = fieldsFromJson({ email: 'a@example.kr', name: '이누리', interests: { supportFields: ['market'], regions: ['busan'] } })
    expect(fields).toEqual({ ok: true, value: { email: ['a@example.kr'], name: ['이누리'], supportFields: ['market'], regions: ['busan'] } })
  })
  test.each([
    ['an array for the address', { email: ['a@example.kr'] }, 'emailInvalid'],
    ['a number for the name', { email: 'a@example.kr', name: 7 }, 'nameInvalid'],
    ['a string for the support fields', { email: 'a@example.kr', interests: { supportFields: 'finance' } }, 'interestsInvalid'],
    ['numbers among the regions', { email: 'a@example.kr', interests: { regions: ['seoul', 1] } }, 'interestsInvalid'],
    ['not an object', ['a@example.kr'], 'emailInvalid'],
  ])('refuses %s', (_why, body, problem) => {
    expect(fieldsFromJson(body)).toEqual({ ok: false, problem })
  })
})

describe('preferences', () => {
  test('no ticked box: interests undefined (the endpoint clears them for a form post)', () => {
    expect(parsePreferences({ name: ['박상생'] })).toEqual({ ok: true, value: { name: '박상생', interests: undefined } })
  })
  test('an unknown value is refused', () => {
    expect(parsePreferences({ supportFields: ['finance', 'crypto'] })).toEqual({ ok: false, problem: 'interestsInvalid' })
  })
})
