/**
 * /my/profile/: a member edits its name, 관심 분야 and 신규 프로그램 알림, and — for an SME or
 * mid-sized company — its 주거래기업, address and homepage. Saved as the member with access
 * checks on and in one transaction: a refusal leaves everything as it was, and a member of a
 * 대기업 cannot rewrite that company through this form.
 */
import { describe, expect, test } from 'vitest'
import { as, PASSWORD, signUpData, confirmedMember } from '../helpers/fixtures'
import { fieldError, signedIn } from '../helpers/pageSession'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload({ world: true, pages: true })

const company = (id: number) => suite.payload.findByID({ collection: 'companies', id, depth: 0, overrideAccess: true })
const user = (id: number) => suite.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })

/** The form with some single-valued fields replaced (or added). */
function withValues(form: [string, string][], changes: Record<string, string>): [string, string][] {
  const replaced = form.map(([name, value]): [string, string] => [name, name in changes ? changes[name] : value])
  return [...replaced, ...Object.entries(changes).filter(([name]) => !form.some(([n]) => n === name))]
}

function profileForm(overrides: [string, string][] = []): [string, string][] {
  return [
    ['name', '누리테크 박과장'], ['supportFields', 'technology'], ['supportFields', 'market'], ['regions', 'daejeon'], ['alerts', 'yes'],
    ['companySection', '1'], ['postcode', '34126'], ['line1', '대전광역시 유성구 대학로 1'], ['line2', ''], ['homepage', 'https://nuri-new.example.kr'],
    ['partnerCompany1', String(suite.world.companies.b)], ['partnerTier1', 'tier2'], ['partnerCompany2', String(suite.world.companies.a)], ['partnerTier2', 'tier1'],
    ...overrides,
  ]
}

describe('/my/profile/', () => {
  test('shows what is stored: the member’s 주거래기업 row, the company fields of an SME', async () => {
    const page = await (await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)).get('/my/profile/')
    expect(page.status).toBe(200)
    expect(page.doc.querySelector('#f-name')?.getAttribute('value')).toBe(suite.world.users.member.name)
    expect(page.doc.querySelector('#f-partnerCompany1 option[selected]')?.getAttribute('value')).toBe(String(suite.world.companies.b))
    expect(page.doc.querySelector('#f-partnerTier1 option[selected]')?.getAttribute('value')).toBe('tier1')
    expect(page.doc.querySelector('#f-homepage')?.getAttribute('value')).toBe('https://nuri.example.kr')
    expect(page.doc.querySelector('input[name="alerts"]')?.hasAttribute('checked')).toBe(false)
  })

  test('saves name, interests, alerts, address, homepage and 주거래기업 together', async () => {
    const session = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const res = await session.post('/my/profile/', profileForm())
    expect(res.status, res.doc.querySelector('.error-summary')?.text).toBe(303)
    expect(res.location).toBe('/my/profile/?saved=1')
    expect(await user(suite.world.users.member.id)).toMatchObject({
      name: '누리테크 박과장',
      interests: { supportFields: ['technology', 'market'], regions: ['daejeon'] },
      programAlerts: { enabled: true },
    })
    const saved = await company(suite.world.companies.sme)
    expect(saved).toMatchObject({ homepage: 'https://nuri-new.example.kr', address: { postcode: '34126', line1: '대전광역시 유성구 대학로 1' } })
    expect(saved.mainPartners).toMatchObject([{ company: suite.world.companies.b, tier: 'tier2' }, { company: suite.world.companies.a, tier: 'tier1' }])
    const page = await session.get('/my/profile/?saved=1')
    expect(page.html).toContain('회원정보를 저장했습니다')
    expect(page.doc.querySelector('input[name="supportFields"][value="market"]')?.hasAttribute('checked')).toBe(true)
  })

  test('unticking the alerts checkbox turns alerts off', async () => {
    const session = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const form = profileForm().filter(([name]) => name !== 'alerts')
    expect((await session.post('/my/profile/', form)).status).toBe(303)
    expect((await user(suite.world.users.member.id)).programAlerts?.enabled).toBe(false)
  })

  test.each([
    ['homepage', () => ({ homepage: 'nuri' }), 'homepage', /홈페이지 주소/],
    ['postcode', () => ({ postcode: '12' }), 'postcode', /5자리/],
    ['name', () => ({ name: '' }), 'name', /이름/],
    ['a partner not on the list', () => ({ partnerCompany3: String(suite.world.companies.sme2) }), 'partners', /주거래기업은 목록의/],
  ] as const)('a bad %s: 400 next to the field, nothing saved', async (_, changes, field, message) => {
    const before = { user: await user(suite.world.users.member.id), company: await company(suite.world.companies.sme) }
    const session = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const res = await session.post('/my/profile/', withValues(profileForm(), { name: '바뀐 이름', ...changes() }))
    expect(res.status).toBe(400)
    expect(fieldError(res, field)).toMatch(message)
    expect(await user(suite.world.users.member.id)).toMatchObject({ name: before.user.name, interests: before.user.interests })
    expect(await company(suite.world.companies.sme)).toMatchObject({ homepage: before.company.homepage, address: before.company.address })
  })

  test('transaction: the company saves, then the user update is refused — the company change is rolled back', async () => {
    const before = await company(suite.world.companies.sme)
    const session = await signedIn(suite.server.url, suite.world.users.member.email, PASSWORD)
    const res = await session.post('/my/profile/', withValues(profileForm([['supportFields', 'not-a-field']]), { homepage: 'https://rolled-back.example.kr' }))
    expect(res.status).toBe(400)
    expect(fieldError(res, 'supportFields')).toMatch(/[가-힣]/)
    expect((await company(suite.world.companies.sme)).homepage).toBe(before.homepage)
  })

  test('a member of a 대기업 gets no company fields, and a crafted post cannot change that company', async () => {
    await confirmedMember(suite.payload, 'hanbit.staff@test.kr', '한빛 직원', suite.world.companies.b)
    const session = await signedIn(suite.server.url, 'hanbit.staff@test.kr', PASSWORD)
    const page = await session.get('/my/profile/')
    expect(page.doc.querySelector('input[name="companySection"]')).toBeNull()
    expect(page.doc.querySelector('#f-homepage')).toBeNull()
    const before = await company(suite.world.companies.b)
    const res = await session.post('/my/profile/', withValues(profileForm().filter(([name]) => !name.startsWith('partner')), { name: '바뀐 한빛 직원' }))
    expect(res.status).toBe(400)
    expect(res.doc.querySelector('.error-summary')?.text).toMatch(/권한/)
    const after = await company(suite.world.companies.b)
    expect({ homepage: after.homepage, address: after.address }).toEqual({ homepage: before.homepage, address: before.address })
    const { docs: [staff] } = await suite.payload.find({ collection: 'users', where: { email: { equals: 'hanbit.staff@test.kr' } }, depth: 0 })
    expect(staff.name).toBe('한빛 직원')
  })
})
