/**
 * Per-recipient links in a rendered issue. An issue is rendered once per send with
 * placeholder tokens where each reader's unsubscribe and preferences links go; this swaps them
 * in, once per recipient (10,000 times for a large list), so it does no MJML work and no
 * regular-expression scan per call: each rendered text is split at its tokens once and the
 * pieces are joined around the links.
 *
 * The tokens are plain ASCII with no character that HTML escaping, MJML or CSS inlining
 * touches, and editor text can never contain them (escape.ts breaks every `%%` it renders).
 */
import { escapeHtml } from '../../kernel/web/html'

export const PLACEHOLDERS = { unsubscribeUrl: '%%UNSUBSCRIBE_URL%%', preferencesUrl: '%%PREFERENCES_URL%%' } as const

export type RecipientLinks = { unsubscribeUrl: string; preferencesUrl: string }
type Slot = keyof RecipientLinks

const TOKEN = new RegExp(Object.values(PLACEHOLDERS).join('|'), 'g')
const SLOT_OF = new Map<string, Slot>(Object.entries(PLACEHOLDERS).map(([slot, token]) => [token, slot as Slot]))

type Template = { pieces: string[]; slots: Slot[] }

function split(source: string): Template {
  const pieces: string[] = []
  const slots: Slot[] = []
  let last = 0
  for (const match of source.matchAll(TOKEN)) {
    pieces.push(source.slice(last, match.index))
    slots.push(SLOT_OF.get(match[0])!)
    last = match.index + match[0].length
  }
  pieces.push(source.slice(last))
  return { pieces, slots }
}

// The last few texts split (an issue's HTML and text part, maybe a test send's). Comparing a
// string with itself is a pointer check, so a hit costs nothing for the same frozen issue.
const recent: { source: string; template: Template }[] = []
const CACHE_SIZE = 4

function templateOf(source: string): Template {
  const hit = recent.find((entry) => entry.source === source)
  if (hit) return hit.template
  const template = split(source)
  recent.unshift({ source, template })
  recent.length = Math.min(recent.length, CACHE_SIZE)
  return template
}

function fill(template: Template, values: RecipientLinks): string {
  let out = template.pieces[0]
  for (let i = 0; i < template.slots.length; i++) out += values[template.slots[i]] + template.pieces[i + 1]
  return out
}

export function personalise(rendered: { html: string; text: string }, links: RecipientLinks): { html: string; text: string } {
  const inHtml = { unsubscribeUrl: escapeHtml(links.unsubscribeUrl), preferencesUrl: escapeHtml(links.preferencesUrl) }
  return { html: fill(templateOf(rendered.html), inHtml), text: fill(templateOf(rendered.text), links) }
}
