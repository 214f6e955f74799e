import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

type LexicalState = Parameters<typeof convertLexicalToHTML>[0]['data']

/**
 * Lexical rich text as HTML for a static page. Payload's converter escapes text and passes
 * link URLs through sanitizeUrl, so the result may be output unescaped in a template.
 */
export function richTextToHtml(value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  return convertLexicalToHTML({ data: value as LexicalState, disableContainer: true, disableTextAlign: true, disableIndent: true })
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** The words of rich-text HTML; block and line breaks become spaces so words never fuse. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
    })
    .replace(/\s+/g, ' ')
    .trim()
}
