/**
 * The smallest Lexical editor state Payload's richText fields accept: a root with
 * headings and paragraphs of plain text. Enough for demo content without an editor.
 */
type TextNode = { type: 'text'; text: string; format: number; detail: 0; mode: 'normal'; style: ''; version: 1 }
type BlockNode = {
  type: 'paragraph' | 'heading'
  tag?: 'h3'
  children: TextNode[]
  direction: 'ltr'
  format: ''
  indent: 0
  version: 1
  textFormat?: number
  textStyle?: string
}

export type RichText = {
  root: { type: 'root'; children: BlockNode[]; direction: 'ltr'; format: ''; indent: 0; version: 1 }
}

const text = (value: string, bold = false): TextNode => ({
  type: 'text', text: value, format: bold ? 1 : 0, detail: 0, mode: 'normal', style: '', version: 1,
})

const paragraph = (value: string): BlockNode => ({
  type: 'paragraph', children: value ? [text(value)] : [], direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, textStyle: '',
})

const heading = (value: string): BlockNode => ({
  type: 'heading', tag: 'h3', children: [text(value)], direction: 'ltr', format: '', indent: 0, version: 1,
})

/**
 * Lines become paragraphs; a line starting with "## " becomes a small heading.
 * Example: richText(['## 지원내용', '□ 지원대상: …', '□ 신청기간: …'])
 */
export function richText(lines: string[]): RichText {
  return {
    root: {
      type: 'root',
      children: lines.map((line) => (line.startsWith('## ') ? heading(line.slice(3)) : paragraph(line))),
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    },
  }
}
