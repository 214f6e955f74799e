/**
 * Pagefind splits its word index into chunks of sorted words and fetches only the chunks a
 * query needs. For a query word that falls inside one chunk's range it fetches that chunk alone
 * (1.6.0, pagefind_web request_indexes), even when words beginning with the query word go on
 * in the next chunks: 중소기업 then misses every program whose word sorts after the boundary
 * (중소기업의, 중소기업이…), and which programs it misses depends on what was searched before.
 * These functions read the chunk ranges from the index's metadata file so that the browser can
 * load every chunk that may hold a word beginning with the query word before it searches.
 */
import { pagefindForm } from './korean'

/** One chunk of the word index: its first and last words, cut short by Pagefind. */
export type IndexChunk = { from: string; to: string }

const SIGNATURE = 'pagefind_dcd'

/**
 * The chunks of the index at `bundleUrl` (the /pagefind/ folder), read from its metadata file:
 * pagefind-entry.json names it, and it is gzip over `pagefind_dcd` and CBOR, an array of the
 * generator version, the pages, then the chunks as [from, to, file] (pagefind_web metadata.rs).
 * Pagefind has fetched the same file already, so the browser answers from its cache.
 */
export async function loadIndexChunks(bundleUrl: string, language = 'ko'): Promise<IndexChunk[]> {
  // Revalidated, as Pagefind fetches it: a stale entry would name the metadata of an older build.
  const entry = (await (await fetch(new URL('pagefind-entry.json', bundleUrl), { cache: 'no-cache' })).json()) as { languages: Record<string, { hash: string }> }
  const index = entry.languages[language] ?? Object.values(entry.languages)[0]
  if (!index) return []
  const bytes = new Uint8Array(await (await fetch(new URL(`pagefind.${index.hash}.pf_meta`, bundleUrl))).arrayBuffer())
  // gzip, unless a server already undid it on the way (Pagefind accepts both too).
  if (new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) === SIGNATURE) return parseIndexChunks(bytes)
  const unzipped = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')))
  return parseIndexChunks(new Uint8Array(await unzipped.arrayBuffer()))
}

/** The chunk ranges of a decompressed metadata file. */
export function parseIndexChunks(bytes: Uint8Array): IndexChunk[] {
  const text = new TextDecoder()
  if (text.decode(bytes.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new Error('Pagefind metadata without its signature')
  let at = SIGNATURE.length
  const head = (): [major: number, value: number] => {
    const first = bytes[at++]!
    const info = first & 31
    let value = info
    if (info === 24) value = bytes[at++]!
    else if (info === 25) value = (bytes[at++]! << 8) | bytes[at++]!
    else if (info === 26) value = ((bytes[at++]! << 24) | (bytes[at++]! << 16) | (bytes[at++]! << 8) | bytes[at++]!) >>> 0
    else if (info > 26) throw new Error(`Pagefind metadata: unexpected CBOR length ${info}`)
    return [first >> 5, value]
  }
  const expect = (major: number): number => {
    const [found, value] = head()
    if (found !== major) throw new Error(`Pagefind metadata: CBOR type ${found} where ${major} was expected`)
    return value
  }
  const string = (): string => {
    const length = expect(3)
    at += length
    return text.decode(bytes.subarray(at - length, at))
  }
  /** Steps over one item of any kind this format uses (numbers, strings, arrays, maps). */
  const skip = (): void => {
    const [major, value] = head()
    if (major === 2 || major === 3) at += value
    else if (major === 4) for (let i = 0; i < value; i++) skip()
    else if (major === 5) for (let i = 0; i < value * 2; i++) skip()
    else if (major > 1) throw new Error(`Pagefind metadata: unexpected CBOR type ${major}`)
  }
  expect(4) // the whole
  skip() // generator version
  skip() // the pages
  const count = expect(4)
  const chunks: IndexChunk[] = []
  for (let i = 0; i < count; i++) {
    const fields = expect(4)
    chunks.push({ from: string(), to: string() })
    for (let field = 2; field < fields; field++) skip() // the file, and anything a later version adds
  }
  return chunks
}

/**
 * The chunks that may hold a word beginning with the term (a term in indexForm): Pagefind's own
 * test for "loose" matches, which compares both ends of a chunk with the term cut to the same
 * length. Each chunk's first word, searched for, makes Pagefind load exactly that chunk.
 */
export function chunksFor(chunks: readonly IndexChunk[], term: string): IndexChunk[] {
  const wanted = pagefindForm(term.toLowerCase())
  const length = [...wanted].length
  const start = (text: string, count: number) => [...text].slice(0, count).join('')
  return chunks.filter((chunk) => {
    const fromLength = Math.min(length, [...chunk.from].length)
    const toLength = Math.min(length, [...chunk.to].length)
    return start(wanted, fromLength) >= start(chunk.from, fromLength) && start(wanted, toLength) <= start(chunk.to, toLength)
  })
}
