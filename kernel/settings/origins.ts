/** Origins as configuration names them (SITE_URL, ALLOWED_ORIGINS); used by server/security/crossSite.ts. */

/** `scheme://host[:port]` of a URL, lower-cased as browsers send it; null when it is not http(s). */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null
  } catch {
    return null
  }
}

/**
 * ALLOWED_ORIGINS: more origins (comma- or space-separated) whose pages may call the API with a
 * signed-in user's cookie, e.g. the address people type on a LAN. Each must be a bare http(s)
 * origin; anything else stops the start with the reason.
 */
export function parseAllowedOrigins(raw: string | undefined): string[] {
  const entries = (raw ?? '').split(/[\s,]+/).filter(Boolean)
  return entries.map((entry) => {
    const origin = originOf(entry)
    if (!origin || origin !== entry.replace(/\/$/, '').toLowerCase()) {
      throw new Error(`ALLOWED_ORIGINS: "${entry}" is not an origin such as https://winwinnuri.kr (scheme, host and port only). 허용 출처는 https://주소[:포트] 형식으로 적어 주세요.`)
    }
    return origin
  })
}
