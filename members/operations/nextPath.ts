/**
 * Where to go after signing in: only a path on this site. `?next=` comes from the address bar,
 * so anything that could leave the site (//evil.example, /\evil.example, https://…, javascript:)
 * falls back to the member area.
 */

import { MY_PATH } from '../../kernel/web/urls'

const BASE = 'http://local.invalid'

export function safeNextPath(value: unknown, fallback: string = MY_PATH): string {
  if (typeof value !== 'string' || value.length > 2000) return fallback
  // Browsers treat a backslash as a slash and drop tabs and newlines: refuse them outright.
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return fallback
  let url: URL
  try {
    url = new URL(value, BASE)
  } catch {
    return fallback
  }
  if (url.origin !== BASE) return fallback
  const path = `${url.pathname}${url.search}${url.hash}`
  return path.startsWith('//') ? fallback : path
}
