/**
 * How the subscriber endpoints answer. Their pages carry a personal token in the address, so
 * none is cached or indexed, and none leaks its address to the next site as a Referer.
 */
export const PRIVATE_HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
}

/** The static pages of the public site that answers lead to (site/src/newsletter/). */
export const CHECK_EMAIL_PATH = '/newsletter/check-email/'
export const THANKS_PATH = '/newsletter/thanks/'

export function htmlPage(page: string, status: number): Response {
  return new Response(page, { status, headers: { ...PRIVATE_HEADERS, 'Content-Type': 'text/html; charset=utf-8' } })
}

export function jsonAnswer(body: unknown, status: number): Response {
  return Response.json(body, { status, headers: PRIVATE_HEADERS })
}

/**
 * 303 See Other to a page of our own site. The Location is a path, resolved by the browser
 * against the address it used, so the redirect works whatever host or SITE_URL is configured.
 */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { ...PRIVATE_HEADERS, Location: path } })
}
