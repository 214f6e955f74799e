import { parse, type HTMLElement } from 'node-html-parser'

/**
 * A visitor of the server-rendered pages (startPageServer): keeps Payload's session cookie across
 * requests like a browser, never follows redirects (tests look at them), posts forms urlencoded.
 */
export type PageResponse = { status: number; location: string | null; html: string; doc: HTMLElement; setCookies: string[] }

export type FormPairs = [string, string][] | Record<string, string>

export class PageSession {
  cookie = ''

  constructor(private readonly baseUrl: string) {}

  private async send(path: string, init: RequestInit): Promise<PageResponse> {
    const headers = new Headers(init.headers)
    if (this.cookie) headers.set('cookie', this.cookie)
    const res = await fetch(`${this.baseUrl}${path}`, { ...init, headers, redirect: 'manual' })
    const setCookies = res.headers.getSetCookie()
    for (const line of setCookies) {
      const [pair] = line.split(';')
      const [name, value] = pair.split('=')
      if (name.trim() !== 'payload-token') continue
      const expires = /expires=([^;]+)/i.exec(line)?.[1]
      const expired = value === '' || (expires !== undefined && Date.parse(expires) <= Date.now())
      this.cookie = expired ? '' : pair.trim()
    }
    const html = await res.text()
    return { status: res.status, location: res.headers.get('location'), html, doc: parse(html), setCookies }
  }

  get(path: string): Promise<PageResponse> {
    return this.send(path, { method: 'GET' })
  }

  /** Posts as a browser does from one of the site's own pages: with its Origin (unless `headers` says otherwise). */
  post(path: string, form: FormPairs = [], headers: Record<string, string> = {}): Promise<PageResponse> {
    const body = new URLSearchParams(Array.isArray(form) ? form : Object.entries(form))
    return this.send(path, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', origin: this.origin, ...headers } })
  }

  /** The Origin a browser sends with this site's own form posts. */
  get origin(): string {
    return new URL(this.baseUrl).origin
  }

  /** JSON from /api with this session's cookie. */
  async api(path: string): Promise<{ status: number; body: any }> {
    const res = await fetch(`${this.baseUrl}${path}`, { headers: this.cookie ? { cookie: this.cookie } : {} })
    return { status: res.status, body: await res.json().catch(() => null) }
  }
}

/** Signs a session in through /login/ and returns it. */
export async function signedIn(baseUrl: string, email: string, password: string): Promise<PageSession> {
  const session = new PageSession(baseUrl)
  const res = await session.post('/login/', { email, password })
  if (res.status !== 303 || !session.cookie) throw new Error(`could not sign in as ${email}: ${res.status}`)
  return session
}

/** The message shown next to a form field (`#f-<field>-error`), without its hidden "오류: " prefix. */
export const fieldError = (res: PageResponse, field: string): string | null =>
  res.doc.querySelector(`#f-${field}-error`)?.text.replace(/^오류: /, '') ?? null
