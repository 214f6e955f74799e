/**
 * A tagged template for pages rendered in TypeScript: every interpolated value is HTML-escaped
 * unless it is marked `raw(...)` (HTML already made safe, such as Payload's rich-text output).
 * Arrays are joined, and null, undefined and false render as nothing, so conditionals read
 * naturally: html`${cond && html`<p>…</p>`}`.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c])

export const raw = (trusted: string): SafeHtml => new SafeHtml(trusted)

type Value = SafeHtml | string | number | boolean | null | undefined | Value[]

function render(value: Value): string {
  if (value == null || value === false || value === true) return ''
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  return escapeHtml(String(value))
}

export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0]
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]
  return new SafeHtml(out)
}
