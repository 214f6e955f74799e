/**
 * Korean glues particles (조사) onto the word before them: 서울에서, 서울은, 교육을. Pagefind splits
 * on whitespace only, so without help the index holds 서울은 and a query for 서울에서 looks for a
 * word no page contains. These functions cut one trailing particle off so the index can carry the
 * bare stem beside the original word, and a typed query can be reduced to that stem.
 *
 * The rule, chosen to err towards keeping a word whole:
 * - only a word whose stem ends in a Hangul syllable or a Latin letter is cut (KOTRA와 → kotra,
 *   but 500만 and 10만 stay: after a digit 만 is "ten thousand", not "only");
 * - a multi-syllable particle (에서, 으로, 까지…) must leave at least one character (집에서 → 집);
 * - a single-syllable particle (은, 이, 도…) must leave at least two, because so many one-syllable
 *   nouns plus a syllable are themselves nouns (나이, 차도, 고기, 회의);
 * - a few common nouns that merely end in a particle-like syllable are never cut (세미나, 전문가,
 *   판로, 성과, 제도…), including inside compounds (해외판로, 기술세미나).
 * A wrong cut at index time is harmless because the original word is indexed too; at query time
 * it only widens the search, since the stem is always a prefix of the typed word.
 */

/** Longest first, so 에서는 wins over 에서 and 는. */
const MULTI_SYLLABLE_PARTICLES = [
  '으로부터',
  '에서부터',
  '에서는',
  '에서도',
  '에서의',
  '에서만',
  '으로는',
  '으로도',
  '으로서',
  '으로써',
  '으로의',
  '에게서',
  '에게는',
  '에게도',
  '한테서',
  '이라는',
  '이라고',
  '이라도',
  '이라면',
  '이라서',
  '이지만',
  '까지는',
  '까지도',
  '부터는',
  '에서',
  '에게',
  '한테',
  '으로',
  '께서',
  '까지',
  '부터',
  '마다',
  '조차',
  '처럼',
  '보다',
  '만큼',
  '밖에',
  '이나',
  '이랑',
  '이며',
  '이란',
  '이고',
  '이다',
  '하고',
  '라는',
  '라고',
  '라도',
  '에는',
  '에도',
  '에만',
  '와는',
  '과는',
  '와의',
  '과의',
  '로는',
  '로도',
  '로서',
  '로써',
  '로의',
].sort((a, b) => b.length - a.length)

const SINGLE_SYLLABLE_PARTICLES = new Set(['은', '는', '이', '가', '을', '를', '의', '에', '도', '로', '와', '과', '만', '나', '랑', '께'])

/** Nouns (and compounds ending in them) whose last syllable only looks like a particle. */
const NOUNS_ENDING_LIKE_A_PARTICLE = [
  '세미나',
  '코로나',
  '전문가',
  '기업가',
  '창업가',
  '사업가',
  '투자가',
  '평가',
  '참가',
  '추가',
  '증가',
  '국가',
  '단가',
  '원가',
  '허가',
  '인가',
  '판로',
  '경로',
  '진로',
  '통로',
  '성과',
  '결과',
  '효과',
  '학과',
  '통과',
  '초과',
  '부과',
  '제도',
  '한도',
  '정도',
  '지도',
  '용도',
  '속도',
  '연도',
  '년도',
  '회의',
  '협의',
  '정의',
  '강의',
  '문의',
  '논의',
  '합의',
  '동의',
  '건의',
  '어린이',
  '천만',
  '백만',
]

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/
const STEM_END = /[\uAC00-\uD7A3a-zA-Z]$/
/** Letters (Hangul syllables are letters), combining marks and digits; everything else separates. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu

/** Removes one trailing particle from a word, or returns the word unchanged (see the rule above). */
export function stripParticle(word: string): string {
  if (!HANGUL_SYLLABLE.test(word.at(-1) ?? '')) return word
  if (NOUNS_ENDING_LIKE_A_PARTICLE.some((noun) => word.endsWith(noun))) return word
  for (const particle of MULTI_SYLLABLE_PARTICLES) {
    if (word.endsWith(particle)) {
      const stem = word.slice(0, -particle.length)
      if (stem.length >= 1 && STEM_END.test(stem)) return stem
    }
  }
  const last = word.slice(-1)
  if (SINGLE_SYLLABLE_PARTICLES.has(last)) {
    const stem = word.slice(0, -1)
    if (stem.length >= 2 && STEM_END.test(stem)) return stem
  }
  return word
}

/** The words of a text as Pagefind will see them: NFC, Latin lowercased, punctuation dropped. */
export function tokenize(text: string): string[] {
  return (text.normalize('NFC').match(WORD) ?? []).map((word) => word.toLowerCase())
}

/** Every word of the text and, where it differs, its stem — each once, in order of appearance. */
export function koreanSearchTerms(text: string): string[] {
  const terms = new Set<string>()
  for (const token of tokenize(text)) {
    terms.add(token)
    terms.add(stripParticle(token))
  }
  return [...terms]
}

/** A query as typed, with each word cut to its stem: '서울에서  교육을' → '서울 교육'. */
export function normalizeQuery(query: string): string {
  return query
    .normalize('NFC')
    .replace(WORD, (word) => stripParticle(word))
    .replace(/\s+/g, ' ')
    .trim()
}
