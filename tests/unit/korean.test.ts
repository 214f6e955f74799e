import { describe, expect, test } from 'vitest'
import { koreanSearchTerms, normalizeQuery, stripParticle, tokenize } from '../../site/search/korean'

describe('stripParticle', () => {
  test.each([
    ['서울에서', '서울'],
    ['서울은', '서울'],
    ['서울에서는', '서울'],
    ['서울로', '서울'],
    ['교육을', '교육'],
    ['기업이', '기업'],
    ['기업에게', '기업'],
    ['기업과', '기업'],
    ['기업이나', '기업'],
    ['지원도', '지원'],
    ['지원을', '지원'],
    ['부산으로', '부산'],
    ['부산으로부터', '부산'],
    ['중소기업의', '중소기업'],
    ['협력사를', '협력사'],
    ['2026년까지', '2026년'],
    ['3월부터', '3월'],
    ['집에서', '집'],
    ['KOTRA와', 'KOTRA'],
    ['전문가를', '전문가'],
    ['국가가', '국가'],
    ['상생이라는', '상생'],
  ])('%s → %s', (word, stem) => {
    expect(stripParticle(word)).toBe(stem)
  })

  test.each([
    ['서울'],
    ['교육'],
    ['2026년'],
    ['ABC'],
    ['돈'], // one syllable, no particle
    ['도'], // a particle alone is a word, never cut to nothing
    ['에서'],
    ['이다'],
    ['나이'], // one syllable would be left
    ['회의'],
    ['세미나'],
    ['기술세미나'],
    ['전문가'],
    ['해외판로'],
    ['사업성과'],
    ['지원제도'],
    ['500만'], // ten thousand, not "only"
    ['R&D'],
    [''],
  ])('%s stays whole', (word) => {
    expect(stripParticle(word)).toBe(word)
  })
})

describe('tokenize', () => {
  test('splits on anything that is not a letter or digit and lowercases Latin', () => {
    expect(tokenize('「서울」에서, ABC-기업·2026년 (R&D)!')).toEqual(['서울', '에서', 'abc', '기업', '2026년', 'r', 'd'])
  })

  test('composes decomposed Hangul (text pasted from macOS) to the precomposed form', () => {
    const decomposed = '서울에서'.normalize('NFD')
    expect(decomposed).not.toBe('서울에서')
    expect(tokenize(decomposed)).toEqual(['서울에서'])
  })
})

describe('koreanSearchTerms', () => {
  test('gives each word and its stem when different', () => {
    expect(koreanSearchTerms('서울에서 교육을 받는 중소기업')).toEqual([
      '서울에서',
      '서울',
      '교육을',
      '교육',
      '받는', // 받 alone is too short to be sure 는 is a particle
      '중소기업',
    ])
  })

  test('lists every term once', () => {
    expect(koreanSearchTerms('서울 서울은 서울에서 서울')).toEqual(['서울', '서울은', '서울에서'])
  })

  test('keeps Latin words lowercased and numbers as they are', () => {
    expect(koreanSearchTerms('ESG 경영 2026년 3,000만원')).toEqual(['esg', '경영', '2026년', '3', '000만원'])
  })

  test('is empty for text without words', () => {
    expect(koreanSearchTerms(' — · ! ')).toEqual([])
  })
})

describe('normalizeQuery', () => {
  test.each([
    ['서울에서', '서울'],
    ['서울은', '서울'],
    ['  서울에서   교육을  ', '서울 교육'],
    ['부산으로 가는 지원도', '부산 가는 지원'],
    ['스마트공장', '스마트공장'],
    ['ESG를', 'ESG'],
    ['"서울에서"', '"서울"'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (query, normalized) => {
    expect(normalizeQuery(query)).toBe(normalized)
  })
})
