import { describe, expect, test } from 'vitest'
import {
  isCompanyManager,
  managerFieldChanged,
  mayDecideMembership,
  membershipChangeRefusal,
  refChanges,
  settledMembership,
} from '../../kernel/rules/membership'

const SME = 7
const OTHER = 8
const stranger = { role: 'member', company: null, pendingCompany: null }

describe('what an account may do to its own membership (everyone but platform admins and the server)', () => {
  test.each([
    ['sign up asking to join an SME', null, { pendingCompany: SME }, false, null],
    ['sign up naming the company directly (the takeover)', null, { company: SME }, false, { field: 'company', reason: 'companyChangeForbidden' }],
    ['sign up naming a company it manages (none exists before sign-up)', null, { company: SME }, true, { field: 'company', reason: 'companyChangeForbidden' }],
    ['set its company to one it did not register', stranger, { company: SME }, false, { field: 'company', reason: 'companyChangeForbidden' }],
    ['take the company it just registered', stranger, { company: SME }, true, null],
    ['take a company it registered while it already has one', { role: 'member', company: OTHER }, { company: SME }, true, { field: 'company', reason: 'companyChangeForbidden' }],
    ['a company admin takes a company it manages', { role: 'company-admin', company: null }, { company: SME }, true, { field: 'company', reason: 'companyChangeForbidden' }],
    ['leave its company', { role: 'member', company: SME }, { company: null }, false, { field: 'company', reason: 'companyChangeForbidden' }],
    ['ask to join while it has a company', { role: 'member', company: OTHER }, { pendingCompany: SME }, false, { field: 'pendingCompany', reason: 'pendingCompanyForbidden' }],
    ['a company admin asks to join', { role: 'company-admin', company: null }, { pendingCompany: SME }, false, { field: 'pendingCompany', reason: 'pendingCompanyForbidden' }],
    ['ask to join (finishing sign-up)', stranger, { pendingCompany: SME }, false, null],
    ['ask for another company instead', { ...stranger, pendingCompany: OTHER }, { pendingCompany: SME }, false, null],
    ['withdraw its request', { ...stranger, pendingCompany: SME }, { pendingCompany: null }, false, null],
    ['save its name with the same company (ids of either type)', { role: 'member', company: SME }, { company: String(SME) }, false, null],
    ['save without membership fields', { role: 'member', company: SME }, {}, false, null],
  ] as const)('%s', (_name, before, after, registered, expected) => {
    expect(membershipChangeRefusal(before, after, registered)).toEqual(expected)
  })
})

describe('who decides a request', () => {
  const company = { id: SME, manager: 1, category: 'sme' }
  test('the 기업 담당자: a confirmed member named as manager', () => {
    expect(isCompanyManager({ id: 1, role: 'member', company: SME }, company)).toBe(true)
    expect(mayDecideMembership({ id: 1, role: 'member', company: { id: SME } }, company)).toBe(true)
  })
  test('not another member of the company, not the manager of another company, not a pending requester', () => {
    expect(mayDecideMembership({ id: 2, role: 'member', company: SME }, company)).toBe(false)
    expect(mayDecideMembership({ id: 1, role: 'member', company: OTHER }, company)).toBe(false)
    expect(mayDecideMembership({ id: 1, role: 'member', company: null }, company)).toBe(false)
    expect(mayDecideMembership(null, company)).toBe(false)
  })
  test('a platform admin, for any company, with or without a manager', () => {
    expect(mayDecideMembership({ id: 9, role: 'platform-admin' }, company)).toBe(true)
    expect(mayDecideMembership({ id: 9, role: 'platform-admin' }, { id: OTHER, manager: null })).toBe(true)
  })
  test('a company admin of the company is not its 담당자', () => {
    expect(mayDecideMembership({ id: 3, role: 'company-admin', company: SME }, company)).toBe(false)
  })
})

describe('what only the 기업 담당자 changes among members', () => {
  const stored = { name: '누리테크', ceoName: '김대표', bizRegNo: '1018100015', category: 'sme' }
  test.each([
    [{ name: '다른이름' }, 'name'],
    [{ ceoName: '박대표' }, 'ceoName'],
    [{ bizRegNo: '1018100023' }, 'bizRegNo'],
    [{ category: 'midsize' }, 'category'],
    [{ ...stored }, null],
    [{ homepage: 'https://nuri.example.kr' }, null],
  ] as const)('%o → %s', (after, expected) => {
    expect(managerFieldChanged(stored, after as never)).toBe(expected)
  })
})

describe('a confirmed company leaves no request open', () => {
  test('company set: the request goes; no company: the request stays', () => {
    expect(settledMembership({ company: SME, pendingCompany: SME })).toEqual({ company: SME, pendingCompany: null })
    expect(settledMembership({ company: null, pendingCompany: SME })).toEqual({ company: null, pendingCompany: SME })
  })
  test('relationship values compare by id, empty equals empty', () => {
    expect(refChanges(null, undefined)).toBe(false)
    expect(refChanges(SME, { id: SME })).toBe(false)
    expect(refChanges(SME, String(SME))).toBe(false)
    expect(refChanges(SME, OTHER)).toBe(true)
    expect(refChanges(null, SME)).toBe(true)
  })
})
