import type { SanitizedConfig } from 'payload'
import { restRoutes } from '../../cms/api/routes'

/**
 * One request through the real REST route handlers (cms/api/routes.ts, as tests/helpers/rest.ts does), with
 * any headers and body: form posts, multipart, one-click unsubscribe. `path` is the part after
 * the origin, /api included, as it appears in a link: `/api/subscribers/confirm?token=…`.
 */
export type RawResponse = { status: number; headers: Headers; text: string; json: () => any }

export async function rawRequest(
  config: Promise<SanitizedConfig>,
  method: 'GET' | 'POST',
  path: string,
  init: { headers?: Record<string, string>; body?: BodyInit } = {},
): Promise<RawResponse> {
  const url = new URL(path, 'http://localhost:3000')
  const request = new Request(url, { method, headers: init.headers, body: init.body })
  const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean).map(decodeURIComponent)
  const response = await restRoutes(config)[method](request, { params: Promise.resolve({ slug }) })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) }
}

/** application/x-www-form-urlencoded from pairs, repeating a name for several values. */
export function formBody(pairs: [string, string][]): URLSearchParams {
  const body = new URLSearchParams()
  for (const [name, value] of pairs) body.append(name, value)
  return body
}
