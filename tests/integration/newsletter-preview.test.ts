import { describe, expect, test } from 'vitest'
import { HANGUL } from '../helpers/expectations'
import { useTestPayload } from '../helpers/suite'

/** GET /api/newsletters/:id/preview through Payload's real REST handlers. */

const suite = useTestPayload({ world: true, logins: ['editor', 'platformAdmin', 'member', 'adminA'] })

const title = () => `${suite.world.months.thisMonth} 상생누리 소식`
const preview = (query = '', id: string | number = suite.world.newsletters.draft) => `/newsletters/${id}/preview${query}`
const messageOf = (body: { errors?: { message: string }[] }) => body.errors?.[0]?.message ?? ''

describe('GET /api/newsletters/:id/preview', () => {
  test('an editor gets the e-mail edition as Korean HTML with the issue title and sample links', async () => {
    const { status, headers, body } = await suite.api.as(suite.tokens.editor).get<string>(preview('?variant=email'))
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(headers.get('cache-control')).toBe('no-store')
    expect(headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(body).toContain(title())
    expect(body).toMatch(/<html[^>]*\blang="ko"/)
    // Personalised with stand-ins: no token left unreplaced, no subscriber's signed link.
    expect(body).not.toMatch(/%%[A-Z_]+%%/)
    expect(body).not.toContain('token=')
  })

  test('without a variant it is the e-mail edition; the web edition renders too', async () => {
    const plain = await suite.api.as(suite.tokens.editor).get<string>(preview())
    expect(plain.status).toBe(200)
    expect(plain.body).toContain(title())
    const web = await suite.api.as(suite.tokens.platformAdmin).get<string>(preview('?variant=web'))
    expect(web.status).toBe(200)
    expect(web.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(web.body).toContain(title())
  })

  test('?part=text is the plain-text part', async () => {
    const { status, headers, body } = await suite.api.as(suite.tokens.editor).get<string>(preview('?variant=email&part=text'))
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(body).toContain(title())
    expect(body).not.toMatch(/<\/?(html|body|table|div)\b/i)
    expect(body).not.toMatch(/%%[A-Z_]+%%/)
  })

  test('a platform admin may preview a sent issue', async () => {
    const { status, body } = await suite.api.as(suite.tokens.platformAdmin).get<string>(preview('', suite.world.newsletters.sent))
    expect(status).toBe(200)
    expect(body).toContain(`${suite.world.months.lastMonth} 상생누리 소식`)
  })

  test('anonymous visitors get 401, members and company admins 403, with Korean messages', async () => {
    const anonymous = await suite.api.get(preview())
    expect(anonymous.status).toBe(401)
    expect(messageOf(anonymous.body)).toMatch(HANGUL)
    for (const role of ['member', 'adminA'] as const) {
      const res = await suite.api.as(suite.tokens[role]).get(preview())
      expect(res.status, role).toBe(403)
      expect(messageOf(res.body)).toMatch(HANGUL)
    }
    // Even for a sent issue, whose web edition is public.
    expect((await suite.api.as(suite.tokens.member).get(preview('', suite.world.newsletters.sent))).status).toBe(403)
  })

  test('an unknown or malformed id is 404, never 500', async () => {
    for (const id of [987654, 'abc', '1.5', '-1', '99999999999999999999']) {
      const res = await suite.api.as(suite.tokens.editor).get(preview('', id))
      expect(res.status, String(id)).toBe(404)
      expect(messageOf(res.body)).toMatch(HANGUL)
    }
  })

  test('an unknown variant or part is 400 with a Korean message', async () => {
    for (const query of ['?variant=sms', '?part=pdf', '?variant[]=email']) {
      const res = await suite.api.as(suite.tokens.editor).get(preview(query))
      expect(res.status, query).toBe(400)
      expect(messageOf(res.body)).toMatch(HANGUL)
    }
  })
})
