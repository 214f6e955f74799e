/**
 * Issue 13's attack requests against the real Express app (server/server.ts) around Payload, with
 * the REST handlers the Next app mounts (cms/api/routes.ts): requests from other sites, bodies and
 * queries that used to be 500s, unbounded lists and GraphQL, text without limits. Each answers a
 * Korean 4xx, stores nothing, and the server keeps answering; same-origin use keeps working.
 */
import net from 'node:net'
import { describe, expect, test } from 'vitest'
import { graphqlRoutes } from '../../cms/api/routes'
import { PASSWORD } from '../helpers/fixtures'
import { signedIn, type PageSession } from '../helpers/pageSession'
import { testConfig } from '../helpers/payload'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload({ world: true, pages: true })

const EVIL = 'https://evil.example'

type Answer = { status: number; body: any; text: string }
async function call(path: string, init: RequestInit & { session?: PageSession; origin?: string | null } = {}): Promise<Answer> {
  const headers = new Headers(init.headers)
  if (init.session?.cookie) headers.set('cookie', init.session.cookie)
  const origin = init.origin === undefined ? suite.server.url : init.origin
  if (origin) headers.set('origin', origin)
  const res = await fetch(`${suite.server.url}${path}`, { ...init, headers, redirect: 'manual' })
  const text = await res.text()
  let body: any = null
  try {
    body = JSON.parse(text)
  } catch {
    body = null
  }
  return { status: res.status, body, text }
}
const post = (path: string, data: unknown, extra: { session?: PageSession; origin?: string | null; method?: string; contentType?: string } = {}) =>
  call(path, { method: extra.method ?? 'POST', headers: { 'content-type': extra.contentType ?? 'application/json' }, body: typeof data === 'string' ? data : JSON.stringify(data), session: extra.session, origin: extra.origin })
const message = (answer: Answer) => String(answer.body?.errors?.[0]?.message ?? '')
const count = async (collection: 'users' | 'programs' | 'card-news' | 'newsletter-deliveries') => (await suite.payload.count({ collection, overrideAccess: true })).totalDocs
/** Sends raw request bytes and returns what the server answers (a request head without its body). */
async function headOnly(head: string): Promise<string> {
  const { port } = new URL(suite.server.url)
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(head))
    let received = ''
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8')
      if (/\r\n\r\n[\s\S]*\}\]\}/.test(received)) socket.destroy()
    })
    socket.on('close', () => resolve(received))
    socket.on('error', reject)
    socket.setTimeout(10_000, () => socket.destroy())
  })
}
const alive = async () => expect((await fetch(`${suite.server.url}/healthz`)).status).toBe(200)

describe('requests from other sites', () => {
  test('a foreign Origin with the session cookie is refused for its reason, and nothing changes; our own Origin works', async () => {
    const member = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const id = suite.world.users.member.id
    const foreign = await post(`/api/users/${id}`, { name: '가로챈 이름' }, { session: member, origin: EVIL, method: 'PATCH' })
    expect(foreign.status).toBe(403)
    expect(message(foreign)).toBe('다른 사이트에서 보낸 요청은 처리하지 않습니다. 상생누리 화면에서 다시 시도해 주세요.')
    const noOrigin = await post(`/api/users/${id}`, { name: '가로챈 이름' }, { session: member, origin: null, method: 'PATCH' })
    expect(noOrigin.status).toBe(403)
    expect(message(noOrigin)).toContain('Origin')
    expect((await suite.payload.findByID({ collection: 'users', id, overrideAccess: true })).name).toBe(suite.world.users.member.name)
    const ours = await post(`/api/users/${id}`, { name: '누리테크 담당자' }, { session: member, method: 'PATCH' })
    expect(ours.status).toBe(200)
  })

  test("Payload itself ignores a foreign Origin's cookie (its csrf list is ours), while a link from elsewhere keeps the session", async () => {
    const member = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    expect((await call('/api/users/me', { session: member, origin: EVIL })).body.user).toBeNull()
    expect((await call('/api/users/me', { session: member, origin: null, headers: { 'sec-fetch-site': 'cross-site', referer: 'https://mail.example/' } })).body.user.email).toBe(suite.world.users.member.email)
    expect((await call('/api/users/me', { session: member })).body.user.email).toBe(suite.world.users.member.email)
  })

  test('the review endpoint takes JSON only: text/plain (no preflight from another site) is 415 and reviews nothing', async () => {
    const admin = await signedIn(suite.server.url, suite.world.users.platformAdmin.email, PASSWORD)
    const id = suite.world.programs.b.submitted
    const plain = await post(`/api/programs/${id}/review`, { decision: 'approve' }, { session: admin, contentType: 'text/plain' })
    expect(plain.status).toBe(415)
    const form = await post(`/api/programs/${id}/review`, 'decision=approve', { session: admin, contentType: 'application/x-www-form-urlencoded' })
    expect(form.status).toBe(415)
    expect((await suite.payload.findByID({ collection: 'programs', id, overrideAccess: true })).reviewStatus).toBe('submitted')
  })

  test('a newsletter send: a form field test= is 415 and an unknown JSON field 400 — neither starts the full send', async () => {
    const editor = await signedIn(suite.server.url, suite.world.users.editor.email, PASSWORD)
    const id = suite.world.newsletters.draft
    const before = await count('newsletter-deliveries')
    const form = await post(`/api/newsletters/${id}/send`, 'test=editor%40test.kr', { session: editor, contentType: 'application/x-www-form-urlencoded' })
    expect(form.status).toBe(415)
    const typo = await post(`/api/newsletters/${id}/send`, { tset: 'editor@test.kr' }, { session: editor })
    expect(typo.status).toBe(400)
    expect(message(typo)).toBe('이 요청에서 받지 않는 항목이 있습니다: tset')
    expect((await suite.payload.findByID({ collection: 'newsletters', id, overrideAccess: true })).status).toBe('draft')
    expect(await count('newsletter-deliveries')).toBe(before)
  })

  test('member form posts: a foreign Origin gets a Korean page; a form larger than the parser takes gets a Korean 413 page', async () => {
    const foreign = await call('/login/', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'email=a%40b.kr&password=x', origin: EVIL })
    expect(foreign.status).toBe(403)
    expect(foreign.text).toContain('다른 사이트에서 보낸 요청은 처리하지 않습니다')
    expect(foreign.text).toContain('<html lang="ko">')
    const huge = await call('/login/', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `email=${'a'.repeat(3_000_000)}` })
    expect(huge.status).toBe(413)
    expect(huge.text).toContain('보낸 내용이 너무 큽니다')
    expect(huge.text).not.toContain('Payload Too Large')
    await alive()
  })
})

describe('4xx, never 500', () => {
  test('bodies that are no object, wrong types, broken JSON: 400 in Korean, no account stored', async () => {
    const before = await count('users')
    for (const body of ['null', '"x"', '[]']) {
      const answer = await post('/api/users', body)
      expect(answer.status, body).toBe(400)
      expect(message(answer)).toBe('요청 본문은 JSON 객체({ … })여야 합니다.')
    }
    const types = await post('/api/users', { email: 5, password: ['a'], name: {} })
    expect(types.status).toBe(400)
    expect(types.body.errors[0].data.errors.map((e: { path: string }) => e.path).sort()).toEqual(['email', 'name', 'password'])
    expect(types.body.errors[0].data.errors[0].message).toBe('글자로 입력해 주세요.')
    expect((await post('/api/users', '{"email":')).status).toBe(400)
    expect(await count('users')).toBe(before)
  })

  test('query values that are none: 400 or 404 with a Korean message', async () => {
    const cases: [string, number, RegExp][] = [
      ['/api/programs?limit=1e309', 400, /limit 값은 0 이상/],
      ['/api/programs?page=1e309', 400, /page 값은 1 이상/],
      ['/api/programs?limit=-1', 400, /limit/],
      ['/api/programs?where[applyStart][greater_than]=notadate', 400, /검색 조건의 값이 올바르지 않습니다/],
      ['/api/programs?where[title][equals][0]=x', 400, /검색 조건의 값이 올바르지 않습니다/],
      ['/api/programs?where[company][equals]=abc', 400, /검색 조건의 값이 올바르지 않습니다/],
      ['/api/programs/notanid', 404, /찾을 수 없습니다/],
    ]
    for (const [path, status, text] of cases) {
      const answer = await call(path)
      expect(answer.status, path).toBe(status)
      expect(message(answer), path).toMatch(text)
    }
    await alive()
  })

  test('/api/<collection>/versions of a collection without versions is 404 for a signed-in user', async () => {
    const member = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    for (const slug of ['companies', 'users', 'applications']) {
      const answer = await call(`/api/${slug}/versions`, { session: member })
      expect(answer.status, slug).toBe(404)
    }
  })

  test('a card whose image does not exist: 400 on the field, nothing stored', async () => {
    const editor = await signedIn(suite.server.url, suite.world.users.editor.email, PASSWORD)
    const before = await count('card-news')
    const answer = await post('/api/card-news', { title: '없는 이미지 카드뉴스', category: 'activity', sourceCompany: suite.world.companies.a, cards: [{ image: 999999, alt: '설명' }] }, { session: editor })
    expect(answer.status).toBe(400)
    expect(await count('card-news')).toBe(before)
  })

  test('JSON over 1 MB is 413 before it is parsed (by the length it declares, nothing sent yet); text/plain to a collection is 415', async () => {
    const answer = await headOnly(`POST /api/users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n`)
    expect(answer).toMatch(/^HTTP\/1\.1 413 /)
    expect(answer).toContain('요청이 너무 큽니다. 이 주소는 1MB까지 받습니다.')
    expect((await post('/api/programs', '{"title":"x"}', { contentType: 'text/plain' })).status).toBe(415)
    await alive()
  })
})

describe("the attack pass's findings (tried against npm start)", () => {
  test("document locks are the admin editors' own: a member cannot lock another company's program; a lock names whoever takes it", async () => {
    const member = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const lock = { document: { relationTo: 'programs', value: suite.world.programs.b.approved }, user: { relationTo: 'users', value: suite.world.users.adminB.id } }
    expect((await post('/api/payload-locked-documents', lock, { session: member })).status).toBe(403)
    const adminA = await signedIn(suite.server.url, suite.world.users.adminA.email, PASSWORD)
    const taken = await post('/api/payload-locked-documents', lock, { session: adminA })
    expect(taken.status).toBe(201)
    const stored = await suite.payload.findByID({ collection: 'payload-locked-documents', id: taken.body.doc.id, depth: 0, overrideAccess: true })
    expect((stored.user as { value: unknown }).value).toBe(suite.world.users.adminA.id)
    await suite.payload.delete({ collection: 'payload-locked-documents', id: taken.body.doc.id, overrideAccess: true })
  })

  test('bodies Payload could not read: no body, another spelling of JSON, text/plain, a PATCH dressed as a read — a Korean 4xx, nothing written', async () => {
    const member = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const id = suite.world.users.member.id
    const versionsBefore = (await suite.payload.countVersions({ collection: 'programs', overrideAccess: true })).totalDocs
    const empty = await call(`/api/users/${id}`, { method: 'PATCH', session: member })
    expect(empty.status).toBe(400)
    expect(message(empty)).toBe('저장할 내용이 없습니다. 요청 본문에 JSON 객체를 보내 주세요.')
    expect((await post(`/api/users/${id}`, { name: 'x' }, { session: member, method: 'PATCH', contentType: 'APPLICATION/JSON' })).status).toBe(415)
    expect((await post(`/api/users/${id}`, { name: 'x' }, { session: member, method: 'PATCH', contentType: 'application/json ;charset=utf-8' })).status).toBe(415)
    expect((await post('/api/businesses', ' ', { session: member, contentType: 'text/plain' })).status).toBe(400)
    const adminB = await signedIn(suite.server.url, suite.world.users.adminB.email, PASSWORD)
    const dressed = await call(`/api/programs/${suite.world.programs.b.approved}`, { method: 'PATCH', session: adminB, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-http-method-override': 'GET' }, body: 'x=1' })
    expect(dressed.status).toBe(415)
    expect((await suite.payload.countVersions({ collection: 'programs', overrideAccess: true })).totalDocs).toBe(versionsBefore)
  })

  test("a multipart body's _payload passes the same checks as JSON: NUL, not an object, too deep", async () => {
    const adminB = await signedIn(suite.server.url, suite.world.users.adminB.email, PASSWORD)
    const multipart = (payloadField: string) => {
      const form = new FormData()
      form.append('_payload', payloadField)
      return call(`/api/programs/${suite.world.programs.b.approved}`, { method: 'PATCH', body: form, session: adminB })
    }
    const nul = await multipart(JSON.stringify({ notes: 'A\u0000B' }))
    expect(nul.status).toBe(400)
    expect(message(nul)).toBe('notes에 넣을 수 없는 제어 문자가 있습니다.')
    for (const bad of ['5', 'null', 'true']) expect((await multipart(bad)).status, bad).toBe(400)
    expect((await multipart(`${'{"a":'.repeat(200)}1${'}'.repeat(200)}`)).status).toBe(400)
    expect((await suite.payload.findByID({ collection: 'programs', id: suite.world.programs.b.approved, draft: true, overrideAccess: true })).notes ?? '').not.toContain('\u0000')
  })

  test('JSON nested 50,000 deep, GraphQL of 12,000 aliased fields: refused in Korean, the server answering', async () => {
    const deep = await post('/api/users', `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`)
    expect(deep.status).toBe(400)
    const query = `{ Programs(limit: 1) { docs { ${Array.from({ length: 12_000 }, (_, i) => `a${i}: title`).join(' ')} } } }`
    const graphql = await graphqlRoutes(testConfig()).POST(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }))
    expect(graphql.status).toBe(413)
    expect((await graphql.json()).errors[0].message).toBe('GraphQL 질의가 너무 깁니다 (최대 20,000자).')
    await alive()
  })

  test('where operators a text field has none of, a where of 20,000 conditions, a private field: Korean 400s', async () => {
    const within = await call('/api/programs?where[title][within]=a')
    expect(within.status).toBe(400)
    const huge = Array.from({ length: 20_000 }, (_, i) => `where[or][${i}][title][like]=z${i}`).join('&')
    const wide = await call('/api/programs', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'GET' }, body: huge })
    expect(wide.status).toBe(400)
    expect(message(wide)).toMatch(/[가-힣]/)
    const hidden = await call('/api/companies?where[ceoName][equals]=x')
    expect(hidden.status).toBe(400)
    expect(message(hidden)).toBe('검색하거나 정렬할 수 없는 항목입니다: ceoName')
    await alive()
  })

  test('a group set to null and one value for a multi-choice field: 400 on the field, nothing stored', async () => {
    const member = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const nulled = await post(`/api/users/${suite.world.users.member.id}`, { notifications: null }, { session: member, method: 'PATCH' })
    expect(nulled.status).toBe(400)
    expect(nulled.body.errors[0].data.errors[0]).toMatchObject({ path: 'notifications', message: expect.stringContaining('형식이 올바르지 않습니다') })
    const adminB = await signedIn(suite.server.url, suite.world.users.adminB.email, PASSWORD)
    const id = suite.world.programs.b.draft
    const regions = (await suite.payload.findByID({ collection: 'programs', id, overrideAccess: true })).regions
    const single = await post(`/api/programs/${id}`, { regions: 'nationwide' }, { session: adminB, method: 'PATCH' })
    expect(single.status).toBe(400)
    expect((await suite.payload.findByID({ collection: 'programs', id, overrideAccess: true })).regions).toEqual(regions)
  })

  test('custom endpoints: an id that names nothing is 404; submit takes no fields; Payload bookkeeping and verification routes are 404', async () => {
    const adminB = await signedIn(suite.server.url, suite.world.users.adminB.email, PASSWORD)
    expect((await post('/api/programs/abc/submit', {}, { session: adminB })).status).toBe(404)
    const admin = await signedIn(suite.server.url, suite.world.users.platformAdmin.email, PASSWORD)
    expect((await post('/api/programs/abc/review', { decision: 'approve' }, { session: admin })).status).toBe(404)
    const extra = await post(`/api/programs/${suite.world.programs.b.draft}/submit`, { evil: 1 }, { session: adminB })
    expect(extra.status).toBe(400)
    expect((await suite.payload.findByID({ collection: 'programs', id: suite.world.programs.b.draft, overrideAccess: true })).reviewStatus).toBe('draft')
    for (const path of ['/api/payload-migrations', '/api/payload-jobs']) expect((await call(path)).status, path).toBe(404)
    expect((await post('/api/users/verify/abc', {})).status).toBe(404)
  })

  test('200 emoji fit a 200-character line: counted as a person counts', async () => {
    const adminB = await signedIn(suite.server.url, suite.world.users.adminB.email, PASSWORD)
    const answer = await post(`/api/businesses/${suite.world.businesses.b}`, { name: '🤝'.repeat(200) }, { session: adminB, method: 'PATCH' })
    expect(answer.status).toBe(200)
    await post(`/api/businesses/${suite.world.businesses.b}`, { name: '한빛 동반성장 사업' }, { session: adminB, method: 'PATCH' })
  })
})

describe('uploads', () => {
  const upload = (bytes: number, session: PageSession) => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: '큰 사진' }))
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'big.png')
    // Not kept alive: the server stops reading at the limit, so this connection cannot carry another request.
    return call('/api/media', { method: 'POST', body: form, session, headers: { connection: 'close' } })
  }

  test('a file over 20 MB is a Korean 413 (by the parser), a request over 21 MB before it is read; nothing stored', async () => {
    const editor = await signedIn(suite.server.url, suite.world.users.editor.email, PASSWORD)
    const before = (await suite.payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    const file = await upload(20 * 1024 * 1024 + 100_000, editor)
    expect(file.status).toBe(413)
    expect(message(file)).toBe('파일이 너무 큽니다. 파일 하나는 20MB까지 올릴 수 있습니다.')
    const request = await headOnly(`POST /api/media HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: ${30 * 1024 * 1024}\r\n\r\n`)
    expect(request).toMatch(/^HTTP\/1\.1 413 /)
    expect((await suite.payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(before)
    await alive()
  })
})

describe('bounded lists', () => {
  test('visitors get at most 100 rows, whatever they ask; staff keep 250', async () => {
    for (const query of ['limit=100000', 'limit=0', 'pagination=false']) {
      const answer = await call(`/api/programs?${query}&depth=0`)
      expect(answer.status, query).toBe(200)
      expect(answer.body.limit, query).toBe(100)
    }
    const admin = await signedIn(suite.server.url, suite.world.users.platformAdmin.email, PASSWORD)
    expect((await call('/api/programs?limit=250&depth=0', { session: admin })).body.limit).toBe(250)
  })

  test('GraphQL: the amplification is refused by its cost before it runs; no "Did you mean"; broken JSON is 400', async () => {
    const graphql = (body: string) => graphqlRoutes(testConfig()).POST(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body }))
    const aliases = Array.from({ length: 10 }, (_, i) => `a${i}: Programs(limit: 100000) { docs { title } }`).join(' ')
    const amplified = await (await graphql(JSON.stringify({ query: `{ ${aliases} }` }))).json()
    expect(amplified.data).toBeUndefined()
    expect(amplified.errors[0].message).toMatch(/^GraphQL 질의가 너무 큽니다 \(비용 \d+, 최대 5000\)/)
    const ordinary = await (await graphql(JSON.stringify({ query: '{ Programs(limit: 20) { docs { title } } }' }))).json()
    expect(ordinary.errors).toBeUndefined()
    expect(ordinary.data.Programs.docs.length).toBeGreaterThan(0)
    const hint = await (await graphql(JSON.stringify({ query: '{ Programs { docs { reviewNot } } }' }))).json()
    expect(hint.errors[0].message).toBe('Cannot query field "reviewNot" on type "Program".')
    const broken = await graphql('{"query":')
    expect(broken.status).toBe(400)
    expect((await broken.json()).errors[0].message).toBe('요청 본문이 올바른 JSON이 아닙니다.')
  })
})

describe('lengths and characters', () => {
  test('a 10,000-character title, NUL and a right-to-left override are refused on the field; nothing stored', async () => {
    const admin = await signedIn(suite.server.url, suite.world.users.platformAdmin.email, PASSWORD)
    const id = suite.world.programs.b.approved
    const before = (await suite.payload.findByID({ collection: 'programs', id, overrideAccess: true })).title
    const long = await post(`/api/programs/${id}`, { title: `2027년 ${'가'.repeat(10_000)}` }, { session: admin, method: 'PATCH' })
    expect(long.status).toBe(400)
    expect(long.body.errors[0].data.errors[0]).toMatchObject({ path: 'title', message: expect.stringMatching(/^200자 이내로 입력해 주세요 \(현재 10006자\)\.$/) })
    const nul = await post(`/api/programs/${id}`, { title: '2027년 널\u0000뒤' }, { session: admin, method: 'PATCH' })
    expect(nul.status).toBe(400)
    expect(message(nul)).toBe('title에 넣을 수 없는 제어 문자가 있습니다.')
    const rlo = await post(`/api/companies/${suite.world.companies.sme}`, { name: '누리테크\u202e사기' }, { session: admin, method: 'PATCH' })
    expect(rlo.status).toBe(400)
    expect(rlo.body.errors[0].data.errors[0]).toMatchObject({ path: 'name', message: '기업명에 넣을 수 없는 제어 문자가 있습니다.' })
    expect((await suite.payload.findByID({ collection: 'programs', id, overrideAccess: true })).title).toBe(before)
  })

  test('free text keeps its line breaks', async () => {
    const admin = await signedIn(suite.server.url, suite.world.users.platformAdmin.email, PASSWORD)
    const answer = await post(`/api/businesses/${suite.world.businesses.b}`, { overview: '협력사 기술 지원\n둘째 줄\t탭' }, { session: admin, method: 'PATCH' })
    expect(answer.status).toBe(200)
  })
})
