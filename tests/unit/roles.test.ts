import { describe, expect, test } from 'vitest'
import {
  companyIdOf,
  isCompanyAdmin,
  isContentStaff,
  isEditor,
  isMember,
  isPlatformAdmin,
  ROLE_LABELS,
  ROLES,
  sameId,
  type RoleHolder,
} from '../../kernel/rules/roles'

describe('ROLES and labels', () => {
  test('lists the four roles of the spec', () => {
    expect(ROLES).toEqual(['platform-admin', 'company-admin', 'editor', 'member'])
  })

  test.each([
    ['platform-admin', '상생누리 관리자'],
    ['company-admin', '운영기업 관리자'],
    ['editor', '편집자'],
    ['member', '일반회원'],
  ] as const)('%s is labelled %s', (role, ko) => {
    expect(ROLE_LABELS[role].ko).toBe(ko)
  })
})

describe('role predicates', () => {
  //                      user                                   platform company editor member staff
  const rows: [string, RoleHolder, boolean, boolean, boolean, boolean, boolean][] = [
    ['platform-admin', { id: 1, role: 'platform-admin' }, true, false, false, false, true],
    ['company-admin', { id: 2, role: 'company-admin', company: 10 }, false, true, false, false, false],
    ['editor', { id: 3, role: 'editor' }, false, false, true, false, true],
    ['member', { id: 4, role: 'member', company: 20 }, false, false, false, true, false],
    ['null', null, false, false, false, false, false],
    ['undefined', undefined, false, false, false, false, false],
    ['no role', { id: 5 }, false, false, false, false, false],
    ['role null', { id: 6, role: null }, false, false, false, false, false],
    ['unknown role', { id: 7, role: 'admin' }, false, false, false, false, false],
    ['wrong case', { id: 8, role: 'Platform-Admin' }, false, false, false, false, false],
  ]

  test.each(rows)('%s', (_label, user, platform, company, editorRole, memberRole, staff) => {
    expect(isPlatformAdmin(user)).toBe(platform)
    expect(isCompanyAdmin(user)).toBe(company)
    expect(isEditor(user)).toBe(editorRole)
    expect(isMember(user)).toBe(memberRole)
    expect(isContentStaff(user)).toBe(staff)
  })
})

describe('companyIdOf', () => {
  test.each([
    ['unpopulated number id (SQLite)', { role: 'company-admin', company: 10 }, 10],
    ['populated number id', { role: 'company-admin', company: { id: 10, name: '삼성전자' } as { id: number } }, 10],
    ['unpopulated string id (MongoDB)', { role: 'member', company: '65f0a1b2c3d4e5f601234567' }, '65f0a1b2c3d4e5f601234567'],
    ['populated string id', { role: 'member', company: { id: '65f0a1b2c3d4e5f601234567' } }, '65f0a1b2c3d4e5f601234567'],
    ['company null', { role: 'member', company: null }, null],
    ['no company', { role: 'member' }, null],
    ['user null', null, null],
    ['user undefined', undefined, null],
  ] as [string, RoleHolder, string | number | null][])('%s → %j', (_label, user, expected) => {
    expect(companyIdOf(user)).toBe(expected)
  })
})

describe('sameId', () => {
  test.each([
    [1, 1, true],
    [1, '1', true],
    ['1', 1, true],
    [{ id: 1 }, '1', true],
    ['1', { id: 1 }, true],
    [{ id: 1 }, { id: '1' }, true],
    [{ id: 7, name: 'x', createdAt: '2026-01-01' }, 7, true],
    ['65f0a1b2c3d4e5f601234567', '65f0a1b2c3d4e5f601234567', true],
    [{ id: '65f0a1b2c3d4e5f601234567' }, '65f0a1b2c3d4e5f601234567', true],
    [1, 2, false],
    [1, '2', false],
    [{ id: 1 }, { id: 2 }, false],
    [1, '01', false],
    [10, '1', false],
    ['65f0a1b2c3d4e5f601234567', '65f0a1b2c3d4e5f601234568', false],
    [null, null, false],
    [undefined, undefined, false],
    [null, undefined, false],
    [1, null, false],
    [null, 1, false],
    [undefined, '1', false],
  ])('sameId(%j, %j) → %s', (a, b, expected) => {
    expect(sameId(a, b)).toBe(expected)
  })
})
