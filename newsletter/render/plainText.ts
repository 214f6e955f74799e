/**
 * The plain-text part of every newsletter e-mail, written from the same data as the HTML
 * (not by stripping it), so a text-only reader gets headings, lists and every link as a URL.
 * Lines wrap at word boundaries; Hangul and other wide characters count as two columns, as
 * they take two cells in the monospaced fonts text mail is often shown in. URLs are never
 * broken: a URL longer than a line stays whole on its own line.
 */
import { MASTHEAD_NAME, SENDER_DESCRIPTION, SENDER_NAME } from './frame'

export const TEXT_WIDTH = 72

const isWide = (cp: number): boolean =>
  (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6)

export function displayWidth(text: string): number {
  let width = 0
  for (const ch of text) width += isWide(ch.codePointAt(0)!) ? 2 : 1
  return width
}

/** Wraps one paragraph; `indent` prefixes the continuation lines (for list items). */
export function wrap(paragraph: string, opts: { width?: number; indent?: string; first?: string } = {}): string[] {
  const width = opts.width ?? TEXT_WIDTH
  const first = opts.first ?? ''
  const indent = opts.indent ?? ''
  const lines: string[] = []
  let line = first
  let prefixOnly = true
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const candidate = prefixOnly ? line + word : `${line} ${word}`
    if (!prefixOnly && displayWidth(candidate) > width) {
      lines.push(line)
      line = indent + word
    } else {
      line = candidate
    }
    prefixOnly = false
  }
  if (!prefixOnly) lines.push(line)
  return lines
}

/** Editor text with line breaks: each line wrapped on its own, blank lines kept as breaks. */
export function wrapText(text: string, opts: { width?: number } = {}): string[] {
  return text.split(/\r?\n/).flatMap((line) => (line.trim() ? wrap(line, opts) : ['']))
}

export const heading = (title: string): string[] => [title, '='.repeat(Math.min(TEXT_WIDTH, displayWidth(title)))]
export const subheading = (title: string): string[] => [title, '-'.repeat(Math.min(TEXT_WIDTH, displayWidth(title)))]

/**
 * The text twin of frame.ts: masthead, body blocks separated by a blank line, footer lines,
 * and the sender's identity. Blocks are arrays of lines; empty blocks are skipped.
 */
export function textFrame(parts: { siteUrl: string; issueLabel?: string; brand?: string; blocks: string[][]; footer: string[][] }): string {
  const rule = '-'.repeat(TEXT_WIDTH)
  const masthead = [`${parts.brand ?? MASTHEAD_NAME}${parts.issueLabel ? ` · ${parts.issueLabel}` : ''}`]
  const identity = [`${SENDER_NAME} · ${SENDER_DESCRIPTION}`, `${parts.siteUrl}/`]
  const sections = [masthead, ...parts.blocks.filter((b) => b.length), [rule], ...parts.footer.filter((b) => b.length), identity]
  return sections.map((lines) => lines.join('\n')).join('\n\n') + '\n'
}
