/**
 * 기업등록 + 회원가입 in one post (/join/company/), without JavaScript: the company and its first
 * member are stored in one transaction or not at all; 중복확인 answers by re-rendering the form;
 * every refusal is a 400 with a Korean message next to its field, the form refilled (never the
 * password) and nothing stored.
 */
import { describe, expect, test } from 'vitest'
import { formatBizRegNo } from '../../kernel/rules/bizRegNo'
import { msg } from '../../kernel/i18n/messages'
import { countAll } from '../helpers/expectations'
import { bizRegNo } from '../helpers/fixtures'
import { fieldError, PageSession, signedIn } from '../helpers/pageSession'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload({ world: true, pages: true })

const visitor = () => new PageSession(suite.server.url)
const SECRET = 'very-secret-pw-42'

/** A complete 기업등록 form; `serial` picks an unused valid number. */
function companyForm(serial: number, overrides: Record<string, string> = {}): Record<string, string> {
  const [a, b, c] = formatBizRegNo(bizRegNo(serial)).split('-')
  return {
    bizRegNo1: a, bizRegNo2: b, bizRegNo3: c,
    companyName: `주식회사 새싹${serial}`, ceoName: '김대표',
    postcode: '34126', line1: '대전광역시 유성구 대학로 99', line2: '3층',
    homepage: `https://saessak${serial}.example.kr`, category: 'sme', industry: 'J', industryDetail: '응용 소프트웨어 개발 및 공급업',
    partnerCompany1: String(suite.world.companies.b), partnerTier1: 'tier2',
    name: '이새싹', email: `founder${serial}@test.kr`, password: SECRET, passwordConfirm: SECRET, consent: 'yes',
    ...overrides,
  }
}

const counts = async () => ({ companies: await countAll(suite.payload, 'companies'), users: await countAll(suite.payload, 'users') })

describe('기업등록 and sign-up in one post (/join/company/)', () => {
  test('the form: three boxes with 중복확인, only 중소기업/중견기업, 대기업·공공기관 as 주거래기업', async () => {
    const res = await visitor().get('/join/company/')
    expect(res.status).toBe(200)
    expect(res.doc.querySelectorAll('#f-category option').map((o) => o.getAttribute('value'))).toEqual(['midsize', 'sme'])
    expect(res.doc.querySelector('button[formaction="/join/company/check"]')?.text).toBe('중복확인')
    const partners = res.doc.querySelectorAll('#f-partnerCompany1 option').map((o) => o.text)
    expect(partners).toEqual(expect.arrayContaining(['한빛전자 (대기업)', '한국상생공사 (공공기관)']))
    expect(partners.join()).not.toContain('다온소프트')
    expect(res.doc.querySelectorAll('select[name^="partnerCompany"]')).toHaveLength(5)
  })

  test('creates the company and its first member, signed in; /my/ recommends by the new company', async () => {
    const before = await counts()
    const session = visitor()
    const res = await session.post('/join/company/', companyForm(101))
    expect(res.status, res.doc.querySelector('.error-summary')?.text).toBe(303)
    expect(res.location).toBe('/my/?welcome=1')
    expect(await counts()).toEqual({ companies: before.companies + 1, users: before.users + 1 })
    const { docs: [company] } = await suite.payload.find({ collection: 'companies', where: { bizRegNo: { equals: bizRegNo(101) } }, depth: 0 })
    expect(company).toMatchObject({ name: '주식회사 새싹101', category: 'sme', industry: 'J', address: { postcode: '34126', line1: '대전광역시 유성구 대학로 99', line2: '3층' } })
    expect(company.mainPartners).toMatchObject([{ company: suite.world.companies.b, tier: 'tier2' }])
    const { docs: [user] } = await suite.payload.find({ collection: 'users', where: { email: { equals: 'founder101@test.kr' } }, depth: 0 })
    expect(user).toMatchObject({ role: 'member', company: company.id })
    const my = await session.get('/my/')
    expect(my.status).toBe(200)
    expect(my.html).toContain('주식회사 새싹101')
    expect(my.doc.querySelectorAll('#recommended .program-card').length).toBeGreaterThan(0)
  })

  test.each([
    ['bad checksum', { bizRegNo3: '00000' }, 'bizRegNo', msg(null, 'bizRegNoChecksum')],
    ['bad format', { bizRegNo1: '12a' }, 'bizRegNo', msg(null, 'bizRegNoFormat')],
    ['homepage neither URL nor e-mail', { homepage: 'saessak' }, 'homepage', msg(null, 'homepageInvalid')],
    ['postcode not five digits', { postcode: '1234' }, 'postcode', '우편번호는 숫자 5자리입니다.'],
    ['대기업 chosen as 기업분류', { category: 'large' }, 'category', msg(null, 'largeCompanyByAdmin')],
    ['no company name', { companyName: '' }, 'companyName', '기업명을 입력해 주세요.'],
    ['no CEO', { ceoName: '' }, 'ceoName', '대표자명을 입력해 주세요.'],
    ['no address', { line1: '' }, 'line1', '기업주소를 입력해 주세요.'],
    ['no industry', { industry: '' }, 'industry', '업종을 선택해 주세요.'],
    ['password mismatch', { passwordConfirm: 'something-else-1' }, 'passwordConfirm', /비밀번호 확인/],
    ['password too short', { password: 'short', passwordConfirm: 'short' }, 'password', /10자 이상/],
    ['no consent', { consent: '' }, 'consent', /동의/],
  ] as const)('%s: 400, Korean message next to the field, form refilled, nothing stored', async (_, change, field, message) => {
    const before = await counts()
    const form = companyForm(102, change)
    const res = await visitor().post('/join/company/', form)
    expect(res.status).toBe(400)
    expect(fieldError(res, field)).toEqual(typeof message === 'string' ? message : expect.stringMatching(message))
    expect(res.doc.querySelector('.error-summary')).toBeTruthy()
    if (field !== 'companyName') expect(res.doc.querySelector('#f-companyName')?.getAttribute('value')).toBe(form.companyName)
    expect(res.doc.querySelector('#f-email')?.getAttribute('value')).toBe(form.email)
    expect(res.html).not.toContain(form.password)
    expect(await counts()).toEqual(before)
  })

  test('six 주거래기업: refused by the collection (maximum five), nothing stored', async () => {
    const before = await counts()
    const six = Object.fromEntries([1, 2, 3, 4, 5, 6].flatMap((n) => [[`partnerCompany${n}`, String(n % 2 ? suite.world.companies.a : suite.world.companies.b)], [`partnerTier${n}`, 'tier1']]))
    const res = await visitor().post('/join/company/', companyForm(103, six))
    expect(res.status).toBe(400)
    expect(fieldError(res, 'partners')).toMatch(/5/)
    expect(await counts()).toEqual(before)
  })

  test.each([
    ['an SME', () => String(suite.world.companies.sme2)],
    ['an unknown id', () => '999999'],
    ['not an id', () => 'abc'],
  ])('주거래기업 that is %s: refused in Korean, nothing stored', async (_, partner) => {
    const before = await counts()
    const res = await visitor().post('/join/company/', companyForm(108, { partnerCompany1: partner() }))
    expect(res.status).toBe(400)
    expect(fieldError(res, 'partners')).toMatch(/주거래기업은 목록의/)
    expect(await counts()).toEqual(before)
  })

  test('a number already registered: points back to 기업검색, nothing stored', async () => {
    const before = await counts()
    const [a, b, c] = formatBizRegNo(bizRegNo(2)).split('-')
    const res = await visitor().post('/join/company/', companyForm(104, { bizRegNo1: a, bizRegNo2: b, bizRegNo3: c }))
    expect(res.status).toBe(400)
    expect(fieldError(res, 'bizRegNo')).toBe(msg(null, 'bizRegNoDuplicate'))
    expect(fieldError(res, 'bizRegNo')).toContain('기업검색')
    expect(res.doc.querySelector(`a[href="/join/?q=${bizRegNo(2)}"]`)).toBeTruthy()
    expect(await counts()).toEqual(before)
  })

  test('transaction: the company fails after the account was created, so the account is rolled back too', async () => {
    // The account is created first (a company needs a signed-in creator), then the company,
    // whose checksum fails: the users count proves the account did not survive.
    const before = await counts()
    const res = await visitor().post('/join/company/', companyForm(105, { bizRegNo3: '00000', email: 'rolled.back@test.kr' }))
    expect(res.status).toBe(400)
    expect(await counts()).toEqual(before)
    expect((await suite.payload.find({ collection: 'users', where: { email: { equals: 'rolled.back@test.kr' } } })).totalDocs).toBe(0)
  })

  test('transaction: an account the users collection refuses (e-mail taken) leaves no company behind', async () => {
    const before = await counts()
    const res = await visitor().post('/join/company/', companyForm(106, { email: 'member2@test.kr' }))
    expect(res.status).toBe(400)
    expect(fieldError(res, 'email')).toMatch(/이미 등록된/)
    expect(await counts()).toEqual(before)
    expect((await suite.payload.find({ collection: 'companies', where: { bizRegNo: { equals: bizRegNo(106) } } })).totalDocs).toBe(0)
  })
})

describe('중복확인 without JavaScript (/join/company/check)', () => {
  test.each([
    ['free', () => bizRegNo(107), /사용할 수 있는/],
    ['taken', () => bizRegNo(4), /이미 등록된/],
    ['bad checksum', () => `${bizRegNo(107).slice(0, 9)}${(Number(bizRegNo(107)[9]) + 1) % 10}`, /유효하지 않은/],
  ] as const)('%s number: the form comes back with the answer and what was typed; nothing stored', async (_, number, answer) => {
    const before = await counts()
    const [a, b, c] = formatBizRegNo(number()).split('-')
    const res = await visitor().post('/join/company/check', companyForm(107, { bizRegNo1: a, bizRegNo2: b, bizRegNo3: c }))
    expect(res.status).toBe(200)
    expect(res.doc.querySelector('#f-bizRegNo-answer')?.text).toMatch(answer)
    expect(res.doc.querySelector('#f-bizRegNo1')?.getAttribute('aria-describedby')).toContain('f-bizRegNo-answer')
    expect(res.doc.querySelector('#f-companyName')?.getAttribute('value')).toBe('주식회사 새싹107')
    expect(res.doc.querySelector('#f-bizRegNo3')?.getAttribute('value')).toBe(c)
    expect(res.html).not.toContain(SECRET)
    expect(await counts()).toEqual(before)
  })
})

describe('finishing sign-up: a signed-in member without a company registers it', () => {
  test('no account fields; the company is created and becomes the member’s', async () => {
    await suite.payload.create({ collection: 'users', data: { email: 'no.company.yet@test.kr', password: SECRET, name: '아직' } as never, overrideAccess: false })
    const session = await signedIn(suite.server.url, 'no.company.yet@test.kr', SECRET)
    const form = await session.get('/join/company/')
    expect(form.doc.querySelector('#f-password')).toBeNull()
    const { name: _n, email: _e, password: _p, passwordConfirm: _c, consent: _k, ...companyOnly } = companyForm(109)
    const res = await session.post('/join/company/', companyOnly)
    expect(res.status, res.doc.querySelector('.error-summary')?.text).toBe(303)
    const { docs: [company] } = await suite.payload.find({ collection: 'companies', where: { bizRegNo: { equals: bizRegNo(109) } }, depth: 0 })
    const { docs: [user] } = await suite.payload.find({ collection: 'users', where: { email: { equals: 'no.company.yet@test.kr' } }, depth: 0 })
    expect(user.company).toBe(company.id)
  })
})
