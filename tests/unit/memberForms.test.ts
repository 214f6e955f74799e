/** Plain functions behind sign-in, sign-up and the profile form. */
import { APIError, ValidationError } from 'payload'
import { describe, expect, test } from 'vitest'
import { bizRegNoQuery } from '../../members/operations/companies'
import { idFromForm } from '../../members/operations/ids'
import { safeNextPath } from '../../members/operations/nextPath'
import { formRefusal } from '../../members/operations/payloadErrors'
import { readProfile } from '../../members/operations/profile'
import {
  bizRegNoInput, checkAccount, checkCompanyRequired, checkPartners, companyData, readCompany, readPartners, splitBizRegNo,
} from '../../members/operations/signUpForm'

describe('safeNextPath', () => {
  test.each(['/my/', '/my/profile/?saved=1', '/programs/12/apply/#form', '/join/?q=%ED%95%9C'])('keeps the local path %s', (path) => {
    expect(safeNextPath(path)).toBe(path)
  })

  test.each([
    '//evil.example/', '///evil.example', 'https://evil.example/', 'http:evil.example', '/\\evil.example', '\\\\evil.example',
    'javascript:alert(1)', 'my/', '', '/\t/evil.example', '/\n/evil.example', ' /my/', undefined, 42, ['/my/'],
  ])('refuses %j: /my/', (value) => {
    expect(safeNextPath(value)).toBe('/my/')
  })

  test('the fallback can be chosen', () => {
    expect(safeNextPath('//x', '/')).toBe('/')
  })
})

describe('사업자등록번호 from the form', () => {
  test('three boxes join with dashes; one field wins when sent', () => {
    expect(bizRegNoInput({ bizRegNo1: '124', bizRegNo2: '81', bizRegNo3: '00998' })).toBe('124-81-00998')
    expect(bizRegNoInput({ bizRegNo: ' 1248100998 ', bizRegNo1: '999' })).toBe('1248100998')
    expect(bizRegNoInput({ bizRegNo1: '', bizRegNo2: '', bizRegNo3: '' })).toBe('')
    expect(bizRegNoInput({ bizRegNo1: '124', bizRegNo3: '00998' })).toBe('124--00998')
  })

  test('split back into the boxes for refilling', () => {
    expect(splitBizRegNo('1248100998')).toEqual(['124', '81', '00998'])
    expect(splitBizRegNo('124-81-00998')).toEqual(['124', '81', '00998'])
    expect(splitBizRegNo('12a-81-00998')).toEqual(['12a', '81', '00998'])
    expect(splitBizRegNo('garbage')).toEqual(['garbage', '', ''])
  })

  test('the search box takes a whole number, with or without dashes; part of one is no number search (numbers are private)', () => {
    expect(bizRegNoQuery('124-81-00998')).toBe('1248100998')
    expect(bizRegNoQuery('1248100998')).toBe('1248100998')
    expect(bizRegNoQuery('124')).toBeNull()
    expect(bizRegNoQuery('124-81-0099')).toBeNull()
    expect(bizRegNoQuery('한빛 124')).toBeNull()
  })
})

describe('주거래기업 rows', () => {
  test('rows with a company, in row order, every numbered row (the collection limits the count)', () => {
    const body = { partnerCompany2: '7', partnerTier2: 'tier3', partnerCompany1: '5', partnerCompany3: '', partnerTier3: 'tier2', partnerCompany10: '9', partnerTier10: 'tier1' }
    expect(readPartners(body)).toEqual([{ company: '5', tier: 'tier1' }, { company: '7', tier: 'tier3' }, { company: '9', tier: 'tier1' }])
  })

  test('only listed companies and known tiers', () => {
    const allowed = new Set(['5', '7'])
    expect(checkPartners([{ company: '5', tier: 'tier2' }], allowed)).toEqual({})
    expect(checkPartners([{ company: '8', tier: 'tier1' }], allowed).partners).toMatch(/목록/)
    expect(checkPartners([{ company: '5', tier: 'tier9' }], allowed).partners).toMatch(/업체구분/)
  })

  test('ids become numbers only for a numeric-id database', () => {
    expect(idFromForm({ db: { defaultIDType: 'number' } } as never, '12')).toBe(12)
    expect(idFromForm({ db: { defaultIDType: 'number' } } as never, 'abc')).toBe('abc')
    expect(idFromForm({ db: { defaultIDType: 'text' } } as never, '12')).toBe('12')
    const data = companyData(readCompany({ partnerCompany1: '3', partnerTier1: 'tier2' }), Number)
    expect(data.mainPartners).toEqual([{ company: 3, tier: 'tier2' }])
  })
})

describe('account checks', () => {
  const good = { name: '김회원', email: 'kim@example.kr', password: 'long-enough-1', passwordConfirm: 'long-enough-1', consent: true }

  test('a complete account passes', () => {
    expect(checkAccount(good)).toEqual({})
  })

  test('each problem next to its field, all at once', () => {
    const errors = checkAccount({ name: '', email: 'kim@', password: 'short', passwordConfirm: 'shorter', consent: false })
    expect(Object.keys(errors).sort()).toEqual(['consent', 'email', 'name', 'password', 'passwordConfirm'])
    expect(errors.password).toContain('10자 이상')
  })

  test('ten characters are enough, nine are not', () => {
    expect(checkAccount({ ...good, password: '123456789', passwordConfirm: '123456789' }).password).toBeDefined()
    expect(checkAccount({ ...good, password: '1234567890', passwordConfirm: '1234567890' }).password).toBeUndefined()
  })
})

describe('company required fields', () => {
  test('every empty required field has its own message; optional ones do not', () => {
    const errors = checkCompanyRequired(readCompany({}))
    expect(Object.keys(errors).sort()).toEqual(['bizRegNo', 'category', 'ceoName', 'companyName', 'homepage', 'industry', 'line1'])
  })

  test('empty optional fields are stored as nothing', () => {
    const data = companyData(readCompany({ postcode: '', line2: '  ', industryDetail: '' }))
    expect(data.address).toEqual({ postcode: null, line1: '', line2: null })
    expect(data.industryDetail).toBeNull()
  })
})

describe('profile form', () => {
  test('the company section is read only when the post carries it', () => {
    expect(readProfile({ name: 'a' }).company).toBeUndefined()
    expect(readProfile({ name: 'a', companySection: '1', homepage: 'https://x.kr' }).company).toMatchObject({ homepage: 'https://x.kr', mainPartners: [] })
    expect(readProfile({ partnerCompany1: '3' }).company?.mainPartners).toEqual([{ company: '3', tier: 'tier1' }])
  })

  test('checkboxes: absent means off and none chosen', () => {
    expect(readProfile({ name: 'a' })).toMatchObject({ alerts: false, supportFields: [], regions: [] })
    expect(readProfile({ name: 'a', alerts: 'yes', regions: ['seoul', 'busan'] })).toMatchObject({ alerts: true, regions: ['seoul', 'busan'] })
  })
})

describe('Payload refusals as form messages', () => {
  const paths = { 'address.line1': 'line1', mainPartners: 'partners', email: 'email' }

  test('field paths go next to their form field (nested paths by their first segment); the rest is general', () => {
    const error = new ValidationError({ collection: 'companies', errors: [
      { path: 'address.line1', message: '주소 오류' }, { path: 'mainPartners.5.company', message: '5개까지' }, { path: 'logo', message: '로고 오류' },
    ] })
    expect(formRefusal(error, paths)).toEqual({ fields: { line1: '주소 오류', partners: '5개까지' }, general: '로고 오류' })
  })

  test('a refusal without a path: placed by its message, or general', () => {
    expect(formRefusal(new APIError('대기업 안 됨', 403), paths, (m) => (m === '대기업 안 됨' ? 'category' : undefined))).toEqual({ fields: { category: '대기업 안 됨' } })
    expect(formRefusal(new APIError('권한 없음', 403), paths)).toEqual({ fields: {}, general: '권한 없음' })
  })

  test('server errors are not form problems: rethrown', () => {
    expect(() => formRefusal(new APIError('boom', 500), paths)).toThrow('boom')
    expect(() => formRefusal(new Error('db down'), paths)).toThrow('db down')
  })
})
