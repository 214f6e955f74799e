import type { SanitizedConfig } from 'payload'
import { restRoutes } from '../../cms/api/routes'

/**
 * Payload's REST API through the real Next.js route handlers, without a server: the handlers
 * `app/(payload)/api/[...slug]/route.ts` exports (cms/api/routes.ts), called with a Request and
 * the route params Next would pass (as Payload's own test suite does in test/helpers/NextRESTClient.ts).
 */
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export type RestResponse<T = any> = { status: number; body: T; headers: Headers }

export class RestClient {
  constructor(
    private readonly config: Promise<SanitizedConfig>,
    private readonly token?: string,
  ) {}

  /** The same client, sending `Authorization: JWT <token>`. */
  as(token: string | undefined): RestClient {
    return new RestClient(this.config, token)
  }

  /** `path` is what follows /api, with an optional query string: `/programs?depth=0`. */
  async request<T = any>(method: Method, path: string, body?: unknown): Promise<RestResponse<T>> {
    const url = new URL(`http://localhost:3000/api${path}`)
    const headers = new Headers()
    if (this.token) headers.set('Authorization', `JWT ${this.token}`)
    if (body !== undefined) headers.set('Content-Type', 'application/json')
    const request = new Request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean).map(decodeURIComponent)
    const response = await restRoutes(this.config)[method](request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers }
  }

  get<T = any>(path: string) { return this.request<T>('GET', path) }
  post<T = any>(path: string, body?: unknown) { return this.request<T>('POST', path, body ?? {}) }
  patch<T = any>(path: string, body: unknown) { return this.request<T>('PATCH', path, body) }
  delete<T = any>(path: string) { return this.request<T>('DELETE', path) }

  /** POST /api/users/login; returns the token. */
  async login(email: string, password: string): Promise<string> {
    const { status, body } = await this.post<{ token?: string }>('/users/login', { email, password })
    if (status !== 200 || !body.token) throw new Error(`login as ${email} failed: ${status} ${JSON.stringify(body)}`)
    return body.token
  }
}
