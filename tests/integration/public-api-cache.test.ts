/**
 * The anonymous read cache of the real Express app (server/publicCache.ts, issue 15): a visitor's
 * public list is answered from it, a signed-in user (JWT or session cookie) never is and never
 * fills it, and a committed change to anything such an answer shows — through REST or by the
 * server's own code — empties it at once, while unrelated writes (a subscriber) leave it.
 */
import { describe, expect, test } from 'vitest'
import { CACHE_HEADER } from '../../server/publicCache'
import { replayCommittedWrite } from '../../server/committedWrites'
import { PASSWORD } from '../helpers/fixtures'
import { signedIn } from '../helpers/pageSession'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload({ world: true, pages: true, logins: ['adminB', 'editor', 'member'] })

type Answer = { status: number; cache: string | null; body: any; text: string }
async function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${suite.server.url}${path}`, { headers })
  const text = await res.text()
  let body: any = null
  try {
    body = JSON.parse(text)
  } catch {
    body = null
  }
  return { status: res.status, cache: res.headers.get(CACHE_HEADER), body, text }
}
const jwt = (token: string) => ({ authorization: `JWT ${token}` })
const ids = (answer: Answer) => (answer.body?.docs ?? []).map((doc: { id: number }) => doc.id)

describe('who is answered from the cache', () => {
  test("a visitor's second identical read is a hit with the same answer; a company admin with a JWT or a session cookie gets its own drafts and never a cached answer", async () => {
    const list = '/api/programs?limit=100&depth=0&sort=id'
    const { programs } = suite.world
    // Signed in first: a sign-in writes the account (its session), which can empty the cache.
    const session = await signedIn(suite.server.url, suite.world.users.adminB.email, PASSWORD)
    const first = await get(list)
    expect(first.status).toBe(200)
    expect(first.cache).toBe('miss')
    expect(ids(first)).toContain(programs.b.approved)
    expect(ids(first)).not.toContain(programs.b.draft)
    const second = await get(list)
    expect(second.cache).toBe('hit')
    expect(second.text).toBe(first.text)

    // Company B's admin reads its own company's drafts: through Payload, every time.
    for (let i = 0; i < 2; i++) {
      const byToken = await get(list, jwt(suite.tokens.adminB))
      expect(byToken.status).toBe(200)
      expect(byToken.cache).toBeNull()
      expect(ids(byToken)).toContain(programs.b.draft)
    }
    const byCookie = await get(list, { cookie: session.cookie })
    expect(byCookie.cache).toBeNull()
    expect(ids(byCookie)).toContain(programs.b.draft)

    // … and what they were answered never reaches a visitor.
    const third = await get(list)
    expect(third.cache).toBe('hit')
    expect(ids(third)).not.toContain(programs.b.draft)
    expect(third.text).toBe(first.text)
  })

  test('any cookie or Authorization header, even one that signs nobody in, goes past the cache', async () => {
    const path = '/api/programs?limit=5&depth=0'
    await get(path)
    expect((await get(path)).cache).toBe('hit')
    expect((await get(path, { cookie: 'payload-lng=ko' })).cache).toBeNull()
    expect((await get(path, { authorization: 'JWT not-a-token' })).cache).toBeNull()
    expect((await get(path, { authorization: 'JWT not-a-token' })).status).toBe(200)
  })

  test("an editor's unpublished card news stays the editor's: the visitor's cached list never has it", async () => {
    const { cardNews } = suite.world
    const path = '/api/card-news?depth=0&limit=100'
    const visitor = await get(path)
    expect(ids(visitor)).toContain(cardNews.published)
    expect(ids(visitor)).not.toContain(cardNews.unpublished)
    const editor = await get(path, jwt(suite.tokens.editor))
    expect(editor.cache).toBeNull()
    expect(ids(editor)).toContain(cardNews.unpublished)
    const again = await get(path)
    expect(again.cache).toBe('hit')
    expect(ids(again)).not.toContain(cardNews.unpublished)
  })

  test('custom endpoints, other collections and refusals are never cached', async () => {
    const recommended = await get('/api/programs/recommended')
    expect(recommended.status).toBe(401)
    expect(recommended.cache).toBeNull()
    // A member's recommendations are theirs alone.
    expect((await get('/api/programs/recommended', jwt(suite.tokens.member))).cache).toBeNull()
    const subscribers = await get('/api/subscribers')
    expect(subscribers.cache).toBeNull()
    expect((await get('/api/users')).cache).toBeNull()
    // A refusal is not kept: a draft read by id is 404 (or 403) for a visitor each time, through Payload.
    const draft = `/api/programs/${suite.world.programs.b.draft}?depth=0`
    const refused = await get(draft)
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(refused.cache).toBe('miss')
    expect((await get(draft)).cache).toBe('miss')
  })
})

describe('through the real server: encodings and headers', () => {
  test('every Accept-Encoding gets the same JSON from one entry, compressed for it', async () => {
    const path = '/api/programs?limit=50&depth=1'
    const first = await get(path)
    expect(first.status).toBe(200)
    for (const encoding of ['br', 'gzip', 'deflate', 'identity', 'x-bogus', 'gzip;q=0, br;q=0']) {
      // fetch decodes br, gzip and deflate itself: the text must be the same JSON whatever was sent.
      const res = await fetch(`${suite.server.url}${path}`, { headers: { 'accept-encoding': encoding } })
      expect(res.headers.get(CACHE_HEADER)).toBe('hit')
      expect(res.headers.get('content-type')).toMatch(/application\/json/)
      expect(await res.text()).toBe(first.text)
    }
  })

  test('headers a visitor can send (Accept-Language, Origin, X-Forwarded-For) never change what the next visitor reads', async () => {
    const path = '/api/card-news?depth=0&limit=3'
    const first = await get(path)
    const variants: Record<string, string>[] = [{ 'accept-language': 'en' }, { 'x-forwarded-for': '203.0.113.9' }, { 'x-payload-http-method-override': 'DELETE' }, { accept: 'text/html' }]
    for (const headers of variants) {
      const answer = await get(path, headers)
      expect(answer.status).toBe(200)
      expect(answer.text).toBe(first.text)
    }
    // Another Origin is an entry of its own (CORS headers depend on it); the visitor's is untouched.
    await get(path, { origin: 'https://evil.example' })
    const next = await fetch(`${suite.server.url}${path}`)
    expect(next.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
    expect(await next.text()).toBe(first.text)
  })
})

describe('what empties it', () => {
  test("a REST save empties it at once: the visitor's next read has the new title", async () => {
    const id = suite.world.cardNews.published
    const path = `/api/card-news/${id}?depth=0`
    await get(path)
    expect((await get(path)).cache).toBe('hit')
    const saved = await fetch(`${suite.server.url}/api/card-news/${id}`, {
      method: 'PATCH',
      headers: { ...jwt(suite.tokens.editor), 'content-type': 'application/json' },
      body: JSON.stringify({ title: '한국상생공사 상생협력 협약식 (수정)' }),
    })
    expect(saved.status).toBe(200)
    const after = await get(path)
    expect(after.cache).toBe('miss')
    expect(after.body.title).toBe('한국상생공사 상생협력 협약식 (수정)')
  })

  test("a change the server's own code makes to a linked collection (the company a program shows at depth 1) empties it too", async () => {
    const { programs, companies } = suite.world
    const path = `/api/programs/${programs.b.approved}?depth=1`
    const before = await get(path)
    expect(before.body.company.id).toBe(companies.b)
    expect((await get(path)).cache).toBe('hit')
    await suite.payload.update({ collection: 'companies', id: companies.b, data: { name: '한빛전자 주식회사' }, overrideAccess: true, context: { skipSiteRebuild: true } })
    const after = await get(path)
    expect(after.cache).toBe('miss')
    expect(after.body.company.name).toBe('한빛전자 주식회사')
  })

  test("a program's change, then an immediate read: the visitor's list and the program by id have it at once", async () => {
    const { programs } = suite.world
    const id = programs.b.approved
    const list = '/api/programs?limit=100&depth=0&sort=id'
    const byId = `/api/programs/${id}?depth=0`
    for (const path of [list, byId]) {
      await get(path)
      expect((await get(path)).cache).toBe('hit')
    }
    const title = `${(await get(byId)).body.title} 수정`
    await suite.payload.update({ collection: 'programs', id, data: { title } as never, overrideAccess: true, context: { trustedWrite: true, skipSiteRebuild: true, skipNotifications: true } })
    const listed = await get(list)
    expect(listed.body.docs.find((doc: { id: number }) => doc.id === id)?.title).toBe(title)
    expect((await get(byId)).body.title).toBe(title)
  })

  test('a deletion empties it: the deleted card news is gone from the next read', async () => {
    const created = await suite.payload.create({ collection: 'card-news', data: { title: '삭제될 카드뉴스', category: 'activity', status: 'published', cards: [{ image: suite.world.media.image, alt: '사진' }] } as never, overrideAccess: true, context: { trustedWrite: true, skipSiteRebuild: true } })
    const path = '/api/card-news?depth=0&limit=100'
    expect(ids(await get(path))).toContain(created.id)
    expect((await get(path)).cache).toBe('hit')
    await suite.payload.delete({ collection: 'card-news', id: created.id, overrideAccess: true, context: { trustedWrite: true, skipSiteRebuild: true } })
    const after = await get(path)
    expect(after.cache).toBe('miss')
    expect(ids(after)).not.toContain(created.id)
  })

  test('signing in, or failing to, writes only the account, which no visitor reads: it leaves the cache', async () => {
    const path = '/api/programs?limit=7&depth=1'
    await get(path)
    expect((await get(path)).cache).toBe('hit')
    const login = (password: string) =>
      fetch(`${suite.server.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: suite.world.users.member.email, password }) })
    expect((await login('wrong-password-1234')).status).toBe(401)
    expect((await login(PASSWORD)).status).toBe(200)
    expect((await get(path)).cache).toBe('hit')
  })

  test("a write the jobs thread commits, reported to the web thread (server/jobsThread.ts 'wrote'), empties it the same way; one to subscribers leaves it", async () => {
    const path = '/api/companies?depth=0&limit=5'
    await get(path)
    expect((await get(path)).cache).toBe('hit')
    replayCommittedWrite(suite.payload, 'subscribers', false)
    expect((await get(path)).cache).toBe('hit')
    replayCommittedWrite(suite.payload, 'companies', false)
    expect((await get(path)).cache).toBe('miss')
    expect((await get(path)).cache).toBe('hit')
    // A deletion of an account (no visitor reads accounts, but one can disappear from an answer).
    replayCommittedWrite(suite.payload, 'users', true)
    expect((await get(path)).cache).toBe('miss')
  })

  test('a write that no public answer shows (a subscriber) leaves it', async () => {
    const path = '/api/partner-guides?depth=0'
    await get(path)
    expect((await get(path)).cache).toBe('hit')
    await suite.payload.create({ collection: 'subscribers', data: { email: 'cache-reader@example.kr', status: 'pending' } })
    expect((await get(path)).cache).toBe('hit')
  })
})
