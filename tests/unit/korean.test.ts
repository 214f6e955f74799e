import { describe, expect, test } from 'vitest'
import { holdsWordStartingWith, indexForm, indexTerms, innerSuffixes, pagefindForm, queryTerms, stripParticle } from '../../site/search/korean'

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

describe('reading words', () => {
  test('a word ends at anything that is not a letter or digit, and the parts of one written without a space are joined too; Latin is lowercased', () => {
    // 서울, abc and r are left out: each begins a longer term (서울에서, abc기업2026년, rd).
    expect(indexTerms('「서울」에서, ABC-기업·2026년 (R&D)!').words).toEqual(['2026년', 'abc기업2026년', 'd', 'rd', '기업', '서울에서', '에서'])
  })

  test('ㆍ, the Hangul letter Korean text uses as a middle dot, separates too', () => {
    expect(indexTerms('발주처ㆍ바이어').words).toEqual(['바이어', '발주처바이어'])
  })

  test('decomposed Hangul (text pasted from macOS) is composed first', () => {
    const decomposed = '서울에서'.normalize('NFD')
    expect(decomposed).not.toBe('서울에서')
    expect(indexTerms(decomposed).words).toEqual(['서울에서'])
    expect(queryTerms(decomposed)).toEqual(['서울'])
  })
})

describe('innerSuffixes', () => {
  test.each([
    ['협력중소기업', ['력중소기업', '중소기업', '소기업', '기업']],
    ['한국수력원자력', ['국수력원자력', '수력원자력', '력원자력', '원자력', '자력']],
    ['기업', []], // a one-syllable suffix would match nearly everything
    ['교', []],
    ['esg경영', ['경영']], // only suffixes that start at a Hangul syllable
    ['2026년도', ['년도']],
    ['kotra', []],
    ['', []],
  ])('%s → %j', (word, suffixes) => {
    expect(innerSuffixes(word)).toEqual(suffixes)
  })
})

describe('indexTerms', () => {
  test('words, the parts and the joined form of words joined by punctuation, and inner suffixes of stems', () => {
    expect(indexTerms('현지 발주처·바이어 상담 협력중소기업이')).toEqual({
      words: ['바이어', '발주처바이어', '상담', '현지', '협력중소기업이'],
      inner: ['기업', '력중소기업', '소기업', '이어', '주처', '중소기업'],
    })
  })

  test('a word that begins another word adds nothing and is left out; so is the stem a particle leaves', () => {
    expect(indexTerms('서울 서울에서 서울은 1:1 R&D').words).toEqual(['11', 'd', 'rd', '서울에서', '서울은'])
  })

  test('an inner term that begins a word, or another inner term, is left out', () => {
    const { words, inner } = indexTerms('중소기업 협력중소기업 대중소기업')
    expect(words).toEqual(['대중소기업', '중소기업', '협력중소기업'])
    expect(inner).toEqual(['기업', '력중소기업', '소기업']) // not 중소기업, a word here
  })

  test('inner terms come from the word without its particle or formal verb ending', () => {
    expect(indexTerms('실무교육을 공동운영합니다 지원합니다').inner).toEqual(['교육', '동운영', '무교육', '운영'])
  })

  test('splits a Latin word where its case changes, as Pagefind does (eBay → bay)', () => {
    expect(indexTerms('eBay LinkedIn KOTRA').words).toEqual(['bay', 'ebay', 'in', 'kotra', 'linkedin'])
  })

  test('is empty for text without words', () => {
    expect(indexTerms(' — · ! ')).toEqual({ words: [], inner: [] })
  })
})

describe('queryTerms', () => {
  test.each([
    ['서울에서', ['서울']],
    ['서울은', ['서울']],
    ['  서울에서   교육을  ', ['서울', '교육']],
    ['부산으로 가는 지원도', ['부산', '가는', '지원']],
    ['스마트공장', ['스마트공장']],
    ['ESG를', ['esg']],
    ['"서울에서"', ['서울']],
    ['발주처·바이어를', ['발주처바이어']], // as the index joins them
    ['발주처ㆍ바이어', ['발주처바이어']],
    ['R&D', ['rd']],
    ['3,000만원', ['3000만원']],
    ['서울 서울에서', ['서울']],
    ['', []],
    ['   ', []],
    ['— !', []],
  ])('%j → %j', (query, terms) => {
    expect(queryTerms(query)).toEqual(terms)
  })
})

describe('indexForm', () => {
  test('writes each Hangul syllable as the CJK ideograph at its offset, and moves real ideographs of that range away', () => {
    expect(indexForm('가')).toBe('一')
    expect(indexForm('힣')).toBe(String.fromCharCode(0x4e00 + 0xd7a3 - 0xac00))
    expect(indexForm('esg경영 2026년')).toMatch(/^esg\p{Script=Han}{2} 2026\p{Script=Han}$/u)
    expect(indexForm('中小企業')).not.toMatch(/[\u4E00-\u7BA3]/) // 中 sits where a syllable would
    expect(new Set(['中', indexForm('中'), '곭', indexForm('곭')]).size).toBe(4)
  })

  test('maps every syllable and every ideograph of the moved range, alone and among other text, as its definition says', () => {
    const definition = (char: string) => {
      const code = char.charCodeAt(0)
      if (code >= 0xac00 && code <= 0xd7a3) return String.fromCharCode(code - 0xac00 + 0x4e00)
      if (code >= 0x4e00 && code <= 0x7ba3) return String.fromCodePoint(code - 0x4e00 + 0x20000)
      return char
    }
    const chars: string[] = []
    for (let code = 0x4dff; code <= 0x7ba4; code++) chars.push(String.fromCharCode(code))
    for (let code = 0xabff; code <= 0xd7a4; code++) chars.push(String.fromCharCode(code))
    for (const char of chars) expect(indexForm(char)).toBe(definition(char))
    const mixed = `a${chars.slice(0, 500).join('')}-𠀀 é${chars.slice(-500).join('')}z`
    expect(indexForm(mixed)).toBe([...mixed].map((char) => (char.length === 1 ? definition(char) : char)).join(''))
    expect(indexForm('plain ascii 2026')).toBe('plain ascii 2026')
    expect(indexForm('')).toBe('')
  })

  test('keeps a syllable from matching a syllable it begins jamo by jamo, as Pagefind compares decomposed text', () => {
    // Pagefind compares decomposed Hangul: 기수 is a prefix of 기술, 차 of 참가.
    expect(pagefindForm('기술').startsWith(pagefindForm('기수'))).toBe(true)
    expect(pagefindForm(indexForm('기술')).startsWith(pagefindForm(indexForm('기수')))).toBe(false)
    expect(pagefindForm(indexForm('참가')).startsWith(pagefindForm(indexForm('차')))).toBe(false)
    for (const [word, prefix] of [['기술지원', '기술'], ['기술지원', '기술지'], ['차량', '차'], ['협력중소기업', '협력중']]) {
      expect(pagefindForm(indexForm(word)).startsWith(pagefindForm(indexForm(prefix))), `${prefix} → ${word}`).toBe(true)
    }
  })

  test('leaves nothing for Pagefind to decompose', () => {
    const term = indexForm('협력중소기업 café')
    expect(term.normalize('NFD').replace('e\u0301', 'é')).toBe(term)
  })
})

describe('holdsWordStartingWith', () => {
  const result = { content: ['교육', '협력중소기업이', 'esg', 'café'].map(indexForm).join(' ') }

  test.each([
    ['교육', true],
    ['교', true],
    ['협력중소', true],
    ['esg', true],
    ['cafe', true], // as Pagefind matches across diacritics
    ['교육센터', false], // what Pagefind's fallback to 교육 would have found
    ['교유', false],
    ['중소기업', false],
  ])('%s → %s', (term, holds) => {
    expect(holdsWordStartingWith(result, term)).toBe(holds)
  })
})
