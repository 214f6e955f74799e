/**
 * Company membership that is earned (issue 12, docs/SPEC.md "Company membership"): the takeover
 * of an existing SME refused at every step while its real member keeps working; a pending
 * member's rights; the 기업 담당자's confirmation through the e-mail link (GET shows, POST
 * decides) and on /my/; a platform admin's 승인 for a company without a 담당자; the transfer of
 * the role; anonymous company reads limited to what the public site and 기업검색 need. Driven
 * through Payload's REST handlers and the real Express member pages, every e-mail caught by a
 * real SMTP server.
 */
import { graphqlRoutes } from '../../cms/api/routes'
import { beforeAll, describe, expect, test } from 'vitest'
import { membershipAnswerSubject, membershipRequestSubject } from '../../notifications/membershipMessages'
import { backgroundMailSettled } from '../../notifications/deliver'
import { notQueryable } from '../../collections/Companies/hooks/searchPublicFieldsOnly'
import { HANGUL } from '../helpers/expectations'
import { bizRegNo, confirmedMember, PASSWORD, recruitingProgram } from '../helpers/fixtures'
import { PageSession, signedIn } from '../helpers/pageSession'
import { testConfig } from '../helpers/payload'
import { rawRequest } from '../helpers/rawRest'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload({ smtp: true, world: true, pages: true })
const siteUrl = () => String((suite.payload.config.custom as { siteUrl: string }).siteUrl)

const userByEmail = async (email: string) =>
  (await suite.payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, limit: 1 })).docs[0]
const storedCompany = (id: number) => suite.payload.findByID({ collection: 'companies', id, depth: 0 })

/** The last message to `address` with `subject`, once background sends are done. */
async function lastMail(address: string, subject: string) {
  await backgroundMailSettled()
  await suite.sink.settled()
  return suite.sink.to(address).filter((m) => m.mail.subject === subject).at(-1)?.mail
}
/** An anonymous GraphQL query through the route handler the Next app mounts. */
async function graphql(query: string) {
  const request = new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
  const response = await graphqlRoutes(testConfig()).POST(request)
  return response.json()
}
const linksIn = (html: unknown) => [...String(html).matchAll(/href="([^"]+)"/g)].map((m) => m[1])

const PRIVATE_FIELDS = ['bizRegNo', 'ceoName', 'address', 'manager']

/** None of the private fields, and no 주거래기업 rows (Payload answers a hidden array as []). */
function expectNothingPrivate(doc: Record<string, unknown>) {
  for (const field of PRIVATE_FIELDS) expect(doc).not.toHaveProperty(field)
  expect(doc.mainPartners ?? []).toEqual([])
}

describe('taking over an existing SME is refused at every step; its real member is unaffected', () => {
  const email = 'intruder@evil.example'
  let token = ''
  let intruderId: number

  test('naming the company at sign-up: 403 on 소속 기업, in Korean, no account stored', async () => {
    const res = await suite.api.post('/users', { email, password: PASSWORD, name: '침입자', company: suite.world.companies.sme })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).toMatch(/승인/)
    expect(await userByEmail(email)).toBeUndefined()
  })

  test('asking to join is allowed, and opens nothing: no private field, no edit, no company', async () => {
    const res = await suite.api.post('/users', { email, password: PASSWORD, name: '침입자', pendingCompany: suite.world.companies.sme })
    expect(res.status).toBe(201)
    intruderId = res.body.doc.id
    token = await suite.api.login(email, PASSWORD)
    const read = await suite.api.as(token).get(`/companies/${suite.world.companies.sme}?depth=0`)
    expect(read.status).toBe(200)
    expect(read.body.name).toBe('누리테크')
    expectNothingPrivate(read.body)

    const before = await storedCompany(suite.world.companies.sme)
    const edit = await suite.api.as(token).patch(`/companies/${suite.world.companies.sme}`, { name: '탈취됨', ceoName: '침입자', homepage: 'https://evil.example' })
    expect([403, 404]).toContain(edit.status)
    expect(await storedCompany(suite.world.companies.sme)).toMatchObject({ name: before.name, ceoName: before.ceoName, homepage: before.homepage })

    const attach = await suite.api.as(token).patch(`/users/${intruderId}`, { company: suite.world.companies.sme })
    expect(attach.status).toBe(403)
    expect((await userByEmail(email)).company ?? null).toBeNull()
  })

  test('cannot apply in the company\'s name (Korean 403), sees none of its applications', async () => {
    const program = suite.world.programs.b.approved
    const applied = await suite.api.as(token).post('/applications', { program, answers: '신청합니다.', applicantPhone: '010-1234-5678' })
    expect(applied.status).toBe(403)
    expect(JSON.stringify(applied.body)).toContain('소속 승인을 기다리는 중입니다')
    expect((await suite.api.as(token).get('/applications?depth=0')).body.totalDocs).toBe(0)
  })

  test('the real member still applies, then reads and withdraws its own application', async () => {
    const memberToken = await suite.api.login(suite.world.users.member.email, PASSWORD)
    const program = await recruitingProgram(suite.payload, suite.world)
    const applied = await suite.api.as(memberToken).post('/applications', { program: program.id, answers: '우리 회사가 신청합니다.', applicantPhone: '010-1234-5678' })
    expect(applied.status).toBe(201)
    const own = await suite.api.as(memberToken).get(`/applications/${applied.body.doc.id}?depth=0`)
    expect(own.status).toBe(200)
    const withdrawn = await suite.api.as(memberToken).patch(`/applications/${applied.body.doc.id}`, { status: 'withdrawn' })
    expect(withdrawn.status).toBe(200)
  })

  test('the 기업 담당자 is told by e-mail; the link opens a page with 승인 / 거절 and changes nothing by itself', async () => {
    const mail = await lastMail(suite.world.users.member.email, membershipRequestSubject('누리테크'))
    expect(mail?.text).toContain('침입자')
    const link = linksIn(mail?.html).find((href) => href.includes('/my/members/'))!
    expect(link).toBe(`${siteUrl()}/my/members/${intruderId}/`)
    const path = new URL(link).pathname

    expect((await new PageSession(suite.server.url).get(path)).location).toMatch(/^\/login\/\?next=/)
    const manager = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const page = await manager.get(path)
    expect(page.status).toBe(200)
    expect(page.doc.querySelector('h1')?.text).toBe('소속 승인 요청')
    expect(page.doc.querySelector('.facts')?.text).toContain(email)
    expect(page.doc.querySelectorAll('button[name="decision"]').map((b) => b.getAttribute('value'))).toEqual(['confirm', 'decline'])
    expect((await userByEmail(email)).pendingCompany).toBe(suite.world.companies.sme)
  })

  test('someone who may not decide it gets the same 404 as for no request, on GET and POST; nothing changes', async () => {
    const otherManager = await signedIn(suite.server.url, suite.world.users.member2.email, PASSWORD)
    for (const res of [await otherManager.get(`/my/members/${intruderId}/`), await otherManager.post(`/my/members/${intruderId}/`, { decision: 'confirm' })]) {
      expect(res.status).toBe(404)
      expect(res.doc.querySelector('#refusal-message')?.text).toMatch(HANGUL)
    }
    const intruder = await signedIn(suite.server.url, email, PASSWORD)
    expect((await intruder.post(`/my/members/${intruderId}/`, { decision: 'confirm' })).status).toBe(404)
    expect((await userByEmail(email)).company ?? null).toBeNull()
  })

  test('the 담당자\'s own session, posted from another site (foreign Origin) or with a made-up decision: refused, still pending', async () => {
    const manager = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    expect((await manager.post(`/my/members/${intruderId}/`, { decision: 'confirm' }, { origin: 'https://evil.example' })).status).toBe(403)
    const madeUp = await manager.post(`/my/members/${intruderId}/`, { decision: 'x'.repeat(10_000) })
    expect(madeUp.status).toBe(400)
    expect(madeUp.doc.querySelector('#refusal-message')?.text).toMatch(HANGUL)
    expect((await userByEmail(email)).pendingCompany).toBe(suite.world.companies.sme)
  })

  test('the 담당자 declines: the request is gone, the person is told, the company unchanged', async () => {
    const manager = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const res = await manager.post(`/my/members/${intruderId}/`, { decision: 'decline' })
    expect(res.location).toBe('/my/?membership=declined')
    expect((await manager.get('/my/?membership=declined')).doc.querySelector('[role="status"]')?.text).toContain('거절했습니다')
    const after = await userByEmail(email)
    expect({ company: after.company ?? null, pendingCompany: after.pendingCompany ?? null }).toEqual({ company: null, pendingCompany: null })
    expect((await lastMail(email, membershipAnswerSubject('누리테크', false)))?.text).toContain('거절')
  })
})

describe('a confirmed request', () => {
  test('on /my/ the 담당자 sees who asked and confirms there; the new member can then read and apply', async () => {
    const visitor = new PageSession(suite.server.url)
    const signUp = await visitor.post('/join/account/', { company: String(suite.world.companies.sme), name: '누리 신입', email: 'nuri.new@test.kr', password: PASSWORD, passwordConfirm: PASSWORD, consent: 'yes' })
    expect(signUp.location).toBe('/my/?welcome=1')
    const waiting = await visitor.get('/my/')
    expect(waiting.doc.querySelector('#membership-pending')?.text).toContain('누리테크 소속 승인을 기다리고 있습니다')
    expect(waiting.doc.querySelector('#recommended')).toBeTruthy()
    expect(waiting.doc.querySelector('#recommended a[href$="/apply/"]')).toBeNull()
    const applyPage = await visitor.get(`/programs/${suite.world.programs.b.approved}/apply/`)
    expect(applyPage.status).toBe(403)
    expect(applyPage.html).toContain('소속 승인을 기다리는 중입니다')

    const manager = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const my = await manager.get('/my/')
    const section = my.doc.querySelector('#membership')!
    expect(section.querySelector('h2')?.text).toBe('소속 승인 요청 1건')
    expect(section.text).toContain('nuri.new@test.kr')
    const newcomer = await userByEmail('nuri.new@test.kr')
    expect(section.querySelector('form')?.getAttribute('action')).toBe(`/my/members/${newcomer.id}/`)
    expect((await manager.post(`/my/members/${newcomer.id}/`, { decision: 'confirm' })).location).toBe('/my/?membership=confirmed')

    expect((await userByEmail('nuri.new@test.kr')).company).toBe(suite.world.companies.sme)
    expect((await lastMail('nuri.new@test.kr', membershipAnswerSubject('누리테크', true)))?.text).toContain('승인되었습니다')
    const token = await suite.api.login('nuri.new@test.kr', PASSWORD)
    expect((await suite.api.as(token).get(`/companies/${suite.world.companies.sme}?depth=0`)).body.bizRegNo).toBe(bizRegNo(4))
    expect((await visitor.get('/my/')).doc.querySelector('#membership-pending')).toBeNull()
  })

  test('a confirmed member who is not the 담당자 edits the homepage but not what says who the company is', async () => {
    const colleague = await confirmedMember(suite.payload, 'nuri.colleague@test.kr', '누리 동료', suite.world.companies.sme)
    const token = await suite.api.login(colleague.email, PASSWORD)
    const renamed = await suite.api.as(token).patch(`/companies/${suite.world.companies.sme}`, { name: '누리테크 (개명)' })
    expect(renamed.status).toBe(403)
    expect(renamed.body.errors[0].data.errors[0]).toMatchObject({ path: 'name', message: expect.stringContaining('기업 담당자만') })
    expect((await storedCompany(suite.world.companies.sme)).name).toBe('누리테크')
    expect((await suite.api.as(token).patch(`/companies/${suite.world.companies.sme}`, { homepage: 'https://nuri2.example.kr' })).status).toBe(200)
    const managerToken = await suite.api.login(suite.world.users.member.email, PASSWORD)
    expect((await suite.api.as(managerToken).patch(`/companies/${suite.world.companies.sme}`, { ceoName: '새대표' })).status).toBe(200)
  })
})

describe('a company without a 담당자, and the platform admin', () => {
  let companyId: number
  let userId: number

  beforeAll(async () => {
    companyId = (await suite.payload.create({
      collection: 'companies', context: { trustedWrite: true },
      data: { bizRegNo: bizRegNo(77), name: '빈집테크', ceoName: '대표', address: { line1: '부산' }, homepage: 'https://empty.example.kr', category: 'sme', industry: 'C' },
    })).id
    userId = (await suite.api.post('/users', { email: 'first@empty.example', password: PASSWORD, name: '첫 회원', pendingCompany: companyId })).body.doc.id
  })

  test('the request goes to the platform admins, linking to the account in the admin', async () => {
    const mail = await lastMail(suite.world.users.platformAdmin.email, membershipRequestSubject('빈집테크'))
    expect(linksIn(mail?.html)).toContain(`${siteUrl()}/admin/collections/users/${userId}`)
  })

  test.each([
    ['anonymous', undefined, { decision: 'confirm' }, 401],
    ['another company\'s 담당자 (told there is no such request)', 'member2', { decision: 'confirm' }, 404],
    ['a company admin (told there is no such request)', 'adminB', { decision: 'confirm' }, 404],
    ['a platform admin with a made-up decision', 'platformAdmin', { decision: 'toString' }, 400],
  ] as const)('POST /api/users/:id/membership as %s: %i in Korean, nothing changes', async (_who, role, body, status) => {
    const token = role ? await suite.api.login(suite.world.users[role].email, PASSWORD) : undefined
    const res = await suite.api.as(token).post(`/users/${userId}/membership`, body)
    expect(res.status).toBe(status)
    expect(res.body.errors[0].message).toMatch(HANGUL)
    expect((await suite.payload.findByID({ collection: 'users', id: userId, depth: 0 })).pendingCompany).toBe(companyId)
  })

  test('text/plain and form bodies are 415; an unknown or malformed id is 404', async () => {
    const token = await suite.api.login(suite.world.users.platformAdmin.email, PASSWORD)
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await rawRequest(testConfig(), 'POST', `/api/users/${userId}/membership`, { headers: { authorization: `JWT ${token}`, 'content-type': contentType }, body: contentType === 'text/plain' ? '{"decision":"confirm"}' : 'decision=confirm' })
      expect(res.status).toBe(415)
      expect(res.json().errors[0].message).toMatch(HANGUL)
    }
    expect((await suite.api.as(token).post('/users/999999/membership', { decision: 'confirm' })).status).toBe(404)
    expect((await suite.api.as(token).post('/users/not-an-id/membership', { decision: 'confirm' })).status).toBe(404)
    expect((await suite.payload.findByID({ collection: 'users', id: userId, depth: 0 })).pendingCompany).toBe(companyId)
  })

  test('the platform admin confirms: the first member becomes the company\'s 담당자', async () => {
    const token = await suite.api.login(suite.world.users.platformAdmin.email, PASSWORD)
    const res = await suite.api.as(token).post(`/users/${userId}/membership`, { decision: 'confirm' })
    expect(res.status).toBe(200)
    expect(res.body.message).toBe('첫 회원 님을 빈집테크 소속으로 승인했습니다.')
    expect((await suite.payload.findByID({ collection: 'users', id: userId, depth: 0 })).company).toBe(companyId)
    expect((await storedCompany(companyId)).manager).toBe(userId)
  })

  test('only a platform admin hands the 담당자 role over, and only to a confirmed member of the company', async () => {
    const second = await confirmedMember(suite.payload, 'second@empty.example', '두번째', companyId)
    const managerToken = await suite.api.login('first@empty.example', PASSWORD)
    const bySelf = await suite.api.as(managerToken).patch(`/companies/${companyId}`, { manager: second.id })
    expect(bySelf.status).toBe(403)
    expect(bySelf.body.errors[0].data.errors[0].message).toContain('상생누리 관리자만')
    const adminToken = await suite.api.login(suite.world.users.platformAdmin.email, PASSWORD)
    const outsider = await suite.api.as(adminToken).patch(`/companies/${companyId}`, { manager: suite.world.users.member2.id })
    expect(outsider.status).toBe(400)
    expect((await storedCompany(companyId)).manager).toBe(userId)
    expect((await suite.api.as(adminToken).patch(`/companies/${companyId}`, { manager: second.id })).status).toBe(200)
    expect((await storedCompany(companyId)).manager).toBe(second.id)
  })
})

describe('anonymous company reads', () => {
  test('REST: a 대기업 shows what the site shows; an SME only its name, 기업분류 and 업종', async () => {
    const { body } = await suite.api.get('/companies?limit=100&depth=0')
    const byId = new Map(body.docs.map((doc: { id: number }) => [doc.id, doc]))
    const large = byId.get(suite.world.companies.b) as Record<string, unknown>
    expect(large).toMatchObject({ name: '한빛전자', category: 'large', industry: 'C', homepage: 'https://b.example.kr', group: '한빛' })
    const sme = byId.get(suite.world.companies.sme) as Record<string, unknown>
    expect(sme).toMatchObject({ name: '누리테크', category: 'sme', industry: 'C' })
    for (const field of ['homepage', 'group', 'logo']) expect(sme).not.toHaveProperty(field)
    for (const doc of body.docs) expectNothingPrivate(doc)
  })

  test('the fields no outsider may search are exactly those with their own read access', () => {
    expect([...notQueryable(suite.payload.collections.companies.config.fields)].sort()).toEqual(['address', 'bizRegNo', 'ceoName', 'group', 'homepage', 'logo', 'mainPartners', 'manager'])
  })

  test('REST: a private field cannot be searched or sorted on to find out its value', async () => {
    for (const query of [`where[ceoName][equals]=${encodeURIComponent('대표자')}`, `where[bizRegNo][like]=1018`, 'where[address.line1][contains]=서울']) {
      const res = await suite.api.get(`/companies?${query}`)
      expect(res.status, query).toBeGreaterThanOrEqual(400)
      expect(res.status, query).toBeLessThan(500)
    }
  })

  test('the admin\'s search (기업명 · 사업자등록번호 · 기업집단 as one or) works by name for a company admin; a private alternative never changes the answer', async () => {
    const token = await suite.api.login(suite.world.users.adminB.email, PASSWORD)
    const search = (q: string) => suite.api.as(token).get(`/companies?depth=0&where[or][0][name][like]=${encodeURIComponent(q)}&where[or][1][bizRegNo][like]=${encodeURIComponent(q)}&where[or][2][group][like]=${encodeURIComponent(q)}`)
    const byName = await search('누리')
    expect(byName.status).toBe(200)
    expect(byName.body.docs.map((d: { name: string }) => d.name)).toEqual(['누리테크'])
    // The number of 누리테크 (bizRegNo(4)) and a number nobody has: the same empty answer.
    for (const q of [bizRegNo(4), bizRegNo(4).slice(0, 5), '0000000000']) expect((await search(q)).body.totalDocs).toBe(0)
    const onlyPrivate = await suite.api.get(`/companies?where[or][0][ceoName][equals]=${encodeURIComponent('대표자')}`)
    expect(onlyPrivate.status).toBe(200)
    expect(onlyPrivate.body.totalDocs).toBe(0)
    expect((await suite.api.get('/companies?where[or][0]=x&where[or][1][ceoName][equals]=y')).status).toBeLessThan(500)
    // A platform admin searches by number.
    const adminToken = await suite.api.login(suite.world.users.platformAdmin.email, PASSWORD)
    const byNumber = await suite.api.as(adminToken).get(`/companies?depth=0&where[or][0][name][like]=${bizRegNo(4)}&where[or][1][bizRegNo][like]=${bizRegNo(4)}`)
    expect(byNumber.body.docs.map((d: { name: string }) => d.name)).toEqual(['누리테크'])
  })

  test('GraphQL: the private fields come back empty', async () => {
    const res = await graphql('{ Companies(limit: 100) { docs { name ceoName bizRegNo homepage } } }')
    const docs = res.data.Companies.docs as { name: string; ceoName: string | null; bizRegNo: string | null; homepage: string | null }[]
    expect(docs.length).toBeGreaterThan(3)
    for (const doc of docs) expect({ ceoName: doc.ceoName, bizRegNo: doc.bizRegNo }).toEqual({ ceoName: null, bizRegNo: null })
    expect(docs.find((d) => d.name === '누리테크')?.homepage).toBeNull()
    expect(docs.find((d) => d.name === '한빛전자')?.homepage).toBe('https://b.example.kr')
  })

  test('a member reads its own company\'s private fields, not another SME\'s', async () => {
    const token = await suite.api.login(suite.world.users.member2.email, PASSWORD)
    expect((await suite.api.as(token).get(`/companies/${suite.world.companies.sme2}?depth=0`)).body.ceoName).toBe('대표자')
    expect((await suite.api.as(token).get(`/companies/${suite.world.companies.sme}?depth=0`)).body).not.toHaveProperty('ceoName')
  })
})
