/**
 * Our origins: as configuration names them (SITE_URL, ALLOWED_ORIGINS) and, outside production,
 * this machine on any port. Payload's `csrf` and `cors` (cms/config/createConfig.ts) and the
 * cross-site guard (server/security/crossSite.ts) read the same list.
 */
import os from 'node:os'

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

/** This machine's addresses, as a browser writes them in an origin's host. */
function ownHosts(): Set<string> {
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]'])
  for (const addresses of Object.values(os.networkInterfaces())) {
    for (const { address, family } of addresses ?? []) {
      if (family === 'IPv4') hosts.add(address)
      else if (!address.startsWith('fe80:')) hosts.add(`[${address}]`)
    }
  }
  return hosts
}

/**
 * The origins whose requests are ours. An array (Payload's `csrf` and `cors` take one) whose
 * `includes`/`indexOf` also answer for the rule "this machine, any port" outside production,
 * which no fixed list can spell.
 */
export class OriginAllowlist extends Array<string> {
  private localHosts: Set<string> | null = null

  static fromOrigins(origins: Iterable<string>, options: { anyLocalPort: boolean }): OriginAllowlist {
    const list = new OriginAllowlist()
    for (const origin of new Set(origins)) list.push(origin)
    list.localHosts = options.anyLocalPort ? ownHosts() : null
    return list
  }

  /** Keeps `map`/`filter` results plain arrays (Array's species would call our constructor). */
  static get [Symbol.species]() {
    return Array
  }

  allows(origin: string | null | undefined): boolean {
    if (!origin || origin === 'null') return false
    if (super.includes(origin)) return true
    if (!this.localHosts) return false
    try {
      const url = new URL(origin)
      return url.protocol === 'http:' && this.localHosts.has(url.hostname) && url.origin === origin
    } catch {
      return false
    }
  }

  override includes(origin: string): boolean {
    return this.allows(origin)
  }

  override indexOf(origin: string): number {
    return this.allows(origin) ? Math.max(0, super.indexOf(origin)) : -1
  }
}

/** Our origins for this environment (docs/SPEC.md "Requests from other sites"). */
export function originAllowlist({ siteUrl, allowedOrigins, production }: { siteUrl: string; allowedOrigins: string[]; production: boolean }): OriginAllowlist {
  const site = originOf(siteUrl)
  return OriginAllowlist.fromOrigins([...(site ? [site] : []), ...allowedOrigins], { anyLocalPort: !production })
}
