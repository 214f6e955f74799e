/**
 * How the /programs/ search turns typed terms into one Pagefind query and orders what it finds.
 * The browser (site/client/search.ts) and the unit tests run the same code against a Pagefind
 * instance, and the ordering works on whatever results that instance returns, merged indexes
 * included.
 *
 * Each term is first looked up on its own (TermMatch): whether any indexed word begins with it,
 * and which programs hold a word that begins with it ("whole": an exact or prefix match, scored
 * above 0) rather than only an inner term (scored 0, see indexPrograms.ts).
 */
import { holdsWordStartingWith, indexForm, queryTerms } from './korean'

export type TermMatch = {
  /** Some indexed word of some program begins with the term. */
  found: boolean
  /** The results (Pagefind ids) where a word begins with the term, not only an inner term. */
  whole: ReadonlySet<string>
}

export const NOT_FOUND: TermMatch = { found: false, whole: new Set() }

/** The part of Pagefind's search API this needs. */
export type ResultData = { content: string }
export type PagefindResult<Data extends ResultData = ResultData> = { id: string; score: number; data(): Promise<Data> }
type TermSearch = (term: string) => Promise<{ results: PagefindResult[] } | null>

/** One index to look terms up in: how to search it, and how to load the chunks a term needs first. */
export type LookupSource = { search: TermSearch; prepare?: (indexed: string) => Promise<void> }

/**
 * Looks each term up on its own, once (typing repeats them): whether any word begins with it —
 * checked on the first result, since Pagefind falls back to a shorter word when none does — and
 * which results hold it exactly or as a prefix (score above 0; inner terms have weight 0).
 * `prepare` gets the term as Pagefind is asked for it, to load its index chunks first
 * (indexChunks.ts).
 */
export function termLookup(search: TermSearch, prepare?: (indexed: string) => Promise<void>): (term: string) => Promise<TermMatch> {
  return termLookupAcross([{ search, prepare }])
}

/**
 * termLookup over several indexes searched as one (the main index and an incremental publish's
 * delta, siteSearch.ts): a term is found when any of them holds a word that begins with it, and
 * its whole matches are theirs together.
 */
export function termLookupAcross(sources: readonly LookupSource[]): (term: string) => Promise<TermMatch> {
  const cache = new Map<string, Promise<TermMatch>>()
  const lookUpIn = async ({ search, prepare }: LookupSource, term: string): Promise<TermMatch> => {
    const indexed = indexForm(term)
    await prepare?.(indexed)
    const found = await search(indexed)
    const first = found?.results[0]
    if (!found || !first || !holdsWordStartingWith(await first.data(), term)) return NOT_FOUND
    return { found: true, whole: new Set(found.results.filter((result) => result.score > 0).map((result) => result.id)) }
  }
  const lookUp = async (term: string): Promise<TermMatch> => {
    const matches = (await Promise.all(sources.map((source) => lookUpIn(source, term)))).filter((match) => match.found)
    if (matches.length <= 1) return matches[0] ?? NOT_FOUND
    return { found: true, whole: new Set(matches.flatMap((match) => [...match.whole])) }
  }
  return (term) => {
    let match = cache.get(term)
    if (!match) {
      match = lookUp(term)
      cache.set(term, match)
      match.catch(() => cache.delete(term))
    }
    return match
  }
}

/** What to ask Pagefind (null: no words, filters only) and how to order its results. */
export type SearchPlan = { term: string | null; rank<T extends { id: string }>(results: readonly T[]): T[] }

export const FILTERS_ONLY: SearchPlan = { term: null, rank: (results) => [...results] }

/** The plan for a typed query, or null when it cannot match anything (see planQuery). */
export async function planSearch(lookUp: (term: string) => Promise<TermMatch>, query: string): Promise<SearchPlan | null> {
  const terms = queryTerms(query)
  if (terms.length === 0) return FILTERS_ONLY
  const asked = [...terms, ...joinedPairs(terms)]
  const matches = new Map(await Promise.all(asked.map(async (term) => [term, await lookUp(term)] as const)))
  const units = planQuery(terms, matches)
  return units && { term: units.map(indexForm).join(' '), rank: (results) => rankResults(results, units, matches) }
}

/** The joined forms worth looking up for a spaced query: 기술 지원 → 기술지원. */
export function joinedPairs(terms: readonly string[]): string[] {
  return terms.slice(1).map((term, i) => terms[i] + term)
}

/**
 * The words to search for, or null when the query cannot match anything: the terms as typed,
 * except that a term no program holds is joined to its neighbour where the joined word exists
 * (연구 소 → 연구소). Pagefind, finding no word for a term, falls back to a shorter word that
 * begins it (교육센터 → 교육); a term left unfound therefore means no results at all.
 */
export function planQuery(terms: readonly string[], matches: ReadonlyMap<string, TermMatch>): string[] | null {
  const found = (term: string) => matches.get(term)?.found ?? false
  const units: string[] = []
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!
    const next = terms[i + 1]
    if (found(term) && (next === undefined || found(next))) {
      units.push(term)
    } else if (next !== undefined && found(term + next)) {
      units.push(term + next)
      i++
    } else if (found(term)) {
      units.push(term)
    } else {
      return null
    }
  }
  return units
}

/**
 * The results with every word matched exactly or as a prefix first, then those that matched
 * some word only inside a longer word; each group in the order Pagefind gave (the list order).
 * A pair of neighbouring words also counts as matched where their joined form begins a word
 * (기술 지원 in 기술지원).
 */
export function rankResults<T extends { id: string }>(results: readonly T[], units: readonly string[], matches: ReadonlyMap<string, TermMatch>): T[] {
  const wholeSets = units.map((unit, i) => {
    const sets = [matches.get(unit)?.whole]
    if (i > 0) sets.push(foundWhole(matches, units[i - 1]! + unit))
    if (i < units.length - 1) sets.push(foundWhole(matches, unit + units[i + 1]!))
    return sets.filter((set): set is ReadonlySet<string> => set !== undefined)
  })
  const first: T[] = []
  const rest: T[] = []
  for (const result of results) {
    const whole = wholeSets.every((sets) => sets.some((set) => set.has(result.id)))
    ;(whole ? first : rest).push(result)
  }
  return [...first, ...rest]
}

function foundWhole(matches: ReadonlyMap<string, TermMatch>, term: string): ReadonlySet<string> | undefined {
  const match = matches.get(term)
  return match?.found ? match.whole : undefined
}
