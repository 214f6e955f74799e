/**
 * Escaping for newsletter output. On top of HTML escaping (kernel/web/html.ts), nothing an
 * editor typed may ever contain the personalisation tokens' `%%` marker: personalise() swaps
 * tokens by plain string search, so a `%%UNSUBSCRIBE_URL%%` typed into an intro would otherwise
 * become a live unsubscribe link. HTML text gets `%` as `&#37;` (renders the same); plain text
 * gets a zero-width space between two `%`; URLs get every stray `%` encoded as `%25`.
 */
import { escapeHtml, html, raw, SafeHtml } from '../../kernel/web/html'

export { raw, SafeHtml }

type Value = SafeHtml | string | number | boolean | null | undefined | Value[]

function neutralise(value: Value): Value {
  if (typeof value === 'string') return raw(escapeHtml(value).replace(/%/g, '&#37;'))
  if (Array.isArray(value)) return value.map(neutralise)
  return value
}

/** html`` from the site, with the `%` guard applied to every interpolated string. */
export function mail(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  return html(strings, ...values.map(neutralise))
}

/**
 * An absolute http(s) URL, normalised so that it cannot hold `%%` (a valid percent-encoding
 * is always `%` + two hex digits). Throws on anything else: e-mails are read outside the
 * site, so a relative or javascript: link is a bug, not something to send.
 */
export function mailUrl(url: string): string {
  const parsed = new URL(url)
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`소식지 링크는 http(s) 주소여야 합니다: ${url}`)
  return parsed.href.replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
}

/** A URL ready to sit inside a double-quoted HTML attribute. */
export const href = (url: string): SafeHtml => raw(escapeHtml(mailUrl(url)))

/** Editor text for the plain-text part: no markup to escape, only the token marker to break. */
export const plain = (text: string): string => text.replace(/%(?=%)/g, '%\u200b')
