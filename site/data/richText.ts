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

/** The words of an HTML fragment, for search text and feed summaries. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/h\d|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*/g, '\n')
    .trim()
}
