import { describe, expect, it } from 'vitest'
import { PASSWORD } from '../helpers/fixtures'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload({ world: true, pages: true })

describe('the test page server (server/server.ts around Payload REST, no Next build)', () => {
  it('logs in through /api with a JSON body and sets the HTTP-only session cookie', async () => {
    const res = await fetch(`${suite.server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: suite.world.users.member!.email, password: PASSWORD }),
    })
    expect(res.status).toBe(200)
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
    expect(cookie).toMatch(/HttpOnly/i)
    const me = await fetch(`${suite.server.url}/api/users/me`, { headers: { cookie: cookie!.split(';')[0] } })
    expect((await me.json()).user.email).toBe(suite.world.users.member!.email)
  })

  it('answers the health check and a 404 for unknown pages', async () => {
    expect((await fetch(`${suite.server.url}/healthz`)).status).toBe(200)
    expect((await fetch(`${suite.server.url}/no-such-page/`)).status).toBe(404)
  })
})
