import { describe, expect, test } from 'vitest'
import { msg } from '../../kernel/i18n/messages'
import { particleFor, withParticle } from '../../kernel/i18n/particles'

describe('withParticle: the particle follows the final consonant (받침)', () => {
  test.each([
    ['한빛정밀', '이/가', '한빛정밀이'],
    ['두산중공업', '이/가', '두산중공업이'],
    ['사업', '이/가', '사업이'],
    ['프로그램', '이/가', '프로그램이'],
    ['기업', '을/를', '기업을'],
    ['회사', '을/를', '회사를'],
    ['한국수자원공사', '은/는', '한국수자원공사는'],
    ['수자원공사', '와/과', '수자원공사와'],
    ['서울', '으로/로', '서울로'], // ㄹ 받침 takes 로
    ['부산', '으로/로', '부산으로'],
    ['세움', '이나/나', '세움이나'],
    ['  데이터랩  ', '이/가', '데이터랩이'],
  ] as const)('%s + %s → %s', (word, particle, expected) => {
    expect(withParticle(word, particle)).toBe(expected)
  })

  test('a trailing number is read in Korean: 2026 → 이천이십육 → 이, 2 → 이 → 가', () => {
    expect(withParticle('2026', '이/가')).toBe('2026이')
    expect(withParticle('제2', '이/가')).toBe('제2가')
    expect(withParticle('2026년 3', '을/를')).toBe('2026년 3을')
  })

  test('Latin letters are read by es-hangul without 받침; an empty word stays empty', () => {
    expect(withParticle('LG', '이/가')).toBe('LG가')
    expect(withParticle('', '이/가')).toBe('')
  })

  test('particleFor gives only the particle, for a word wrapped in markup', () => {
    expect(particleFor('한빛정밀', '이/가')).toBe('이')
    expect(particleFor('(주)누리테크', '을/를')).toBe('를')
  })
})

describe('msg(): {{name|이/가}} attaches the right particle in Korean and nothing in English', () => {
  test.each([
    ['한빛정밀', '한빛정밀은'],
    ['누리테크', '누리테크는'],
  ])('%s', (company, expected) => {
    expect(msg(null, 'mainPartnerNotLargeOrPublic', { company })).toContain(expected)
    expect(msg(null, 'mainPartnerNotLargeOrPublic', { company })).not.toMatch(/\((이|가)\)/)
    expect(msg({ i18n: { language: 'en' } }, 'mainPartnerNotLargeOrPublic', { company })).toMatch(new RegExp(`^${company} is`))
  })
})
