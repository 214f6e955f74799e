/**
 * How Korean text becomes search terms, on both sides of the search: the index (indexPrograms.ts)
 * and the query typed on /programs/ (site/client/search.ts, through ranking.ts). Pagefind matches
 * a query word against the *beginning* of indexed words only, and splits on whitespace only;
 * Korean glues particles onto words (서울에서, 교육을) and writes compounds as one word
 * (협력중소기업, 한국수력원자력). So:
 * - a query word loses one trailing particle (서울에서 → 서울), and finds 서울은 and 서울에서 by
 *   prefix — the index needs no stems;
 * - the index carries every word, the parts of words joined by punctuation (발주처·바이어 →
 *   발주처, 바이어) and their joined form (발주처바이어, what a typed 발주처·바이어 becomes), and,
 *   as *inner* terms, the suffixes of each word from its second syllable on (협력중소기업 →
 *   력중소기업, 중소기업, 소기업, 기업), so a query word found inside a word matches it by prefix;
 * - a term that begins another term of the same program adds nothing (a query that matches the
 *   short one matches the long one) and is left out, and so is an inner term that is a word;
 * - every term is stored and asked for in indexForm, where a Hangul syllable cannot match the
 *   beginning of another one.
 *
 * The particle rule, chosen to err towards keeping a word whole:
 * - only a word whose stem ends in a Hangul syllable or a Latin letter is cut (KOTRA와 → kotra,
 *   but 500만 and 10만 stay: after a digit 만 is "ten thousand", not "only");
 * - a multi-syllable particle (에서, 으로, 까지…) must leave at least one character (집에서 → 집);
 * - a single-syllable particle (은, 이, 도…) must leave at least two, because so many one-syllable
 *   nouns plus a syllable are themselves nouns (나이, 차도, 고기, 회의);
 * - a few common nouns that merely end in a particle-like syllable are never cut (세미나, 전문가,
 *   판로, 성과, 제도…), including inside compounds (해외판로, 기술세미나).
 * A wrong cut only widens a query, since the stem is always a prefix of the typed word.
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

/** The last syllables of all particles. */
const PARTICLE_ENDINGS = new Set([...MULTI_SYLLABLE_PARTICLES, ...SINGLE_SYLLABLE_PARTICLES].map((particle) => particle.at(-1)!))

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/
const STEM_END = /[\uAC00-\uD7A3a-zA-Z]$/
/** Letters (Hangul syllables are letters), combining marks and digits; everything else separates. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu
/** ㆍ (U+318D) is a Hangul letter, but Korean text often uses it as its middle dot (발주처ㆍ바이어). */
const HANGUL_DOT = /\u318D/g
/** Where a Latin word changes case inside: eBay, LinkedIn, WKWebView (Pagefind splits those too). */
const CASE_CHANGE = /[a-z][A-Z]|[A-Z]{2}[a-z]/
const CASE_PARTS = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[^A-Za-z]+/g
/** The shortest inner term: one of one syllable would serve only one-syllable queries, and flood them. */
const MIN_INNER_LENGTH = 2

/** Removes one trailing particle from a word, or returns the word unchanged (see the rule above). */
export function stripParticle(word: string): string {
  // Most words end in a syllable no particle ends in.
  if (!PARTICLE_ENDINGS.has(word.at(-1) ?? '')) return word
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

/**
 * The suffixes of a word that start at a Hangul syllable after its first character and are at
 * least two characters long: 협력중소기업 → 력중소기업, 중소기업, 소기업, 기업. A query word of two
 * syllables or more that occurs inside the word is a prefix of one of them. A one-syllable query
 * (업) matches inside a word only where a longer suffix begins with it (협력업체 → 업체); those
 * results come after the ones with a word that begins with it (ranking.ts).
 */
export function innerSuffixes(word: string): string[] {
  const chars = [...word]
  const suffixes: string[] = []
  for (let i = 1; i <= chars.length - MIN_INNER_LENGTH; i++) {
    if (HANGUL_SYLLABLE.test(chars[i]!)) suffixes.push(chars.slice(i).join(''))
  }
  return suffixes
}

/** What a text is found by: its words (exact and prefix matches) and its inner terms. */
export type IndexTerms = { words: string[]; inner: string[] }

/**
 * The search terms of a text, each once, sorted (see the top of this file): every word and,
 * where punctuation joins words without a space, the joined form; the inner suffixes of every
 * word; minus any word that is a prefix of another word and any inner term that is a prefix of
 * any term (or is a word itself).
 */
export function indexTerms(text: string): IndexTerms {
  const words = new Set<string>()
  const inner = new Set<string>()
  const seen = new Set<string>()
  for (const chunk of clean(text).split(/\s+/)) {
    // Texts repeat their words; each is worked out once.
    if (seen.has(chunk)) continue
    seen.add(chunk)
    const parts = chunk.match(WORD)
    if (!parts) continue
    if (parts.length > 1) words.add(parts.join('').toLowerCase())
    for (const part of parts) {
      if (parts.length > 1 && seen.has(part)) continue
      seen.add(part)
      const word = part.toLowerCase()
      words.add(word)
      for (const suffix of wordSuffixes(word)) inner.add(suffix)
      if (CASE_CHANGE.test(part)) for (const piece of part.match(CASE_PARTS) ?? []) words.add(piece.toLowerCase())
    }
  }
  // Sorted, the terms that begin with a term follow it directly.
  const all = [...new Set([...words, ...inner])].sort()
  const kept: IndexTerms = { words: [], inner: [] }
  all.forEach((term, i) => {
    const extended = all[i + 1]?.startsWith(term) ?? false
    if (!words.has(term)) {
      if (!extended) kept.inner.push(term)
      return
    }
    for (let j = i + 1; extended && j < all.length && all[j]!.startsWith(term); j++) if (words.has(all[j]!)) return
    kept.words.push(term)
  })
  return kept
}

/**
 * Formal verb endings, the way program texts end their sentences (지원합니다, 돕습니다, 제출해
 * 주세요). A word's inner terms come from it without its particle or such an ending, so they hold
 * the nouns inside it and not the endings (지원합니다 → none; 공동운영합니다 → 동운영, 운영).
 */
const PREDICATE_ENDINGS = ['합니다', '됩니다', '습니다', '입니다', '하세요', '니다', '세요']

/** The part of a word that inner terms are taken from: no particle, no formal verb ending. */
function innerBase(word: string): string {
  const stem = stripParticle(word)
  const ending = PREDICATE_ENDINGS.find((candidate) => stem.endsWith(candidate) && stem.length > candidate.length)
  return ending ? stem.slice(0, -ending.length) : stem
}

/** innerSuffixes of a word's innerBase, remembered: a corpus uses the same words again and again. */
const suffixCache = new Map<string, string[]>()
function wordSuffixes(word: string): string[] {
  let suffixes = suffixCache.get(word)
  if (!suffixes) {
    if (suffixCache.size >= 100_000) suffixCache.clear()
    suffixes = innerSuffixes(innerBase(word))
    suffixCache.set(word, suffixes)
  }
  return suffixes
}

/**
 * A query as the index is searched: each whitespace-separated word reduced the way the index
 * reduces text (NFC, lowercase, letters and digits only: R&D → rd, 발주처·바이어 → 발주처바이어)
 * and cut to its stem, each once: '서울에서  교육을' → ['서울', '교육'].
 */
export function queryTerms(query: string): string[] {
  const terms: string[] = []
  for (const chunk of clean(query).split(/\s+/)) {
    const parts = chunk.match(WORD)
    if (!parts) continue
    const term = stripParticle(parts.join('')).toLowerCase()
    if (!terms.includes(term)) terms.push(term)
  }
  return terms
}

/**
 * Whether a result's indexed content (our terms in indexForm, space-separated) holds a word that
 * begins with the term, as Pagefind compares them. Pagefind, finding no word that begins with a
 * query word, falls back to the longest indexed word that begins the query word (교육센터 →
 * 교육); this tells the two apart on any one result. The metadata holds no words
 * (pagefindRecord in indexPrograms.ts), so the content is all there is to check.
 */
export function holdsWordStartingWith(result: { content: string }, term: string): boolean {
  const wanted = pagefindForm(indexForm(term))
  return result.content.split(/\s+/).some((word) => pagefindForm(word).startsWith(wanted))
}

/** NFC (text pasted from macOS comes decomposed), with ㆍ read as the separator it stands for. */
function clean(text: string): string {
  return text.normalize('NFC').replace(HANGUL_DOT, '·')
}

/** As Pagefind compares words: decomposed, without diacritics (café → cafe). */
export function pagefindForm(word: string): string {
  return word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '')
}

/**
 * A term as the index holds it and Pagefind is asked for it: each Hangul syllable replaced by the
 * CJK ideograph at the same offset (가 → 一), and the ideographs of that range moved out of the
 * way (to CJK Extension B), so no two texts meet by accident. Pagefind (1.5 and later) indexes
 * every word it can decompose under its decomposed form and keeps the original beside it: a
 * Korean word was stored twice, in jamo, and a query matched inside a syllable (기수 found
 * 기술, 차 found 참가). An ideograph does not decompose: a syllable stays one letter, stored once,
 * and matches only itself. Pagefind never shows the indexed text; the cards show the metadata.
 */
export function indexForm(term: string): string {
  // One pass over the UTF-16 units (a build asks this of every term of every program): the
  // syllables' range moves by a fixed offset within the BMP, the ideographs' range to a surrogate pair.
  let units: number[] | null = null
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i)
    const syllable = code >= 0xac00 && code <= 0xd7a3
    const ideograph = code >= 0x4e00 && code <= 0x7ba3
    if (!units) {
      if (!syllable && !ideograph) continue
      units = []
      for (let j = 0; j < i; j++) units.push(term.charCodeAt(j))
    }
    if (syllable) units.push(code - 0xac00 + 0x4e00)
    else if (ideograph) {
      const astral = code - 0x4e00 + 0x20000 - 0x10000
      units.push(0xd800 + (astral >> 10), 0xdc00 + (astral & 0x3ff))
    } else units.push(code)
  }
  return units ? String.fromCharCode(...units) : term
}
