/**
 * The texts a search result card shows (its Pagefind metadata) in a form Pagefind finds no words
 * in. Pagefind (1.5 and later) searches every metadata field as well as the content; ours is for
 * display only — the content already holds every word, in the form queries are made in — and at
 * 11,140 programs indexing it cost the Pagefind process about 120 MiB more at its peak and more
 * index to download. Each UTF-16 unit moves to Supplementary Private Use Area-A, which is
 * neither letter nor digit, so Pagefind's word reader keeps nothing of it; the card moves it back.
 */
const BASE = 0xf0000

export function concealWords(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) out += String.fromCodePoint(BASE + text.charCodeAt(i))
  return out
}

/** Undoes concealWords; text that was never concealed comes back as it was. */
export function revealWords(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0)!
    out += code >= BASE && code < BASE + 0x10000 ? String.fromCharCode(code - BASE) : char
  }
  return out
}
