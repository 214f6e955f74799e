import { describe, expect, test } from 'vitest'
import { APPLICATION_STATUSES, canMoveApplication, canWithdraw, type ApplicationStatus } from '../../kernel/rules/applicationStatus'
import type { RoleHolder } from '../../kernel/rules/roles'

// 접수 → 선정 / 미선정 (the program's company admin decides, and may revise), 철회 by the applicant
// while 접수; the platform admin may do either. Nobody moves an application out of 철회 or back to 접수.

const platformAdmin: RoleHolder = { id: 1, role: 'platform-admin' }
const companyAdmin: RoleHolder = { id: 2, role: 'company-admin', company: 10 }
const editor: RoleHolder = { id: 3, role: 'editor' }
const member: RoleHolder = { id: 4, role: 'member', company: 20 }

type Move = [from: ApplicationStatus, to: ApplicationStatus]
const ALL_MOVES: Move[] = [
  ['submitted', 'selected'],
  ['submitted', 'not-selected'],
  ['submitted', 'withdrawn'],
  ['selected', 'submitted'],
  ['selected', 'not-selected'],
  ['selected', 'withdrawn'],
  ['not-selected', 'submitted'],
  ['not-selected', 'selected'],
  ['not-selected', 'withdrawn'],
  ['withdrawn', 'submitted'],
  ['withdrawn', 'selected'],
  ['withdrawn', 'not-selected'],
]

const key = ([from, to]: Move) => `${from}→${to}`
const allowedFor: Record<string, string[]> = {
  'platform-admin': [
    'submitted→selected',
    'submitted→not-selected',
    'submitted→withdrawn',
    'selected→not-selected',
    'not-selected→selected',
  ],
  'company-admin': ['submitted→selected', 'submitted→not-selected', 'selected→not-selected', 'not-selected→selected'],
  member: ['submitted→withdrawn'],
  editor: [],
  anonymous: [],
}

describe.each([
  ['platform-admin', platformAdmin],
  ['company-admin', companyAdmin],
  ['member', member],
  ['editor', editor],
  ['anonymous', null],
] as [string, RoleHolder][])('%s', (role, actor) => {
  test.each(ALL_MOVES)('%s → %s', (from, to) => {
    expect(canMoveApplication(actor, from, to)).toBe(allowedFor[role].includes(key([from, to])))
  })

  test.each(['submitted', 'selected', 'not-selected', 'withdrawn'] as ApplicationStatus[])(
    'keeping %s is not a move',
    (status) => {
      expect(canMoveApplication(actor, status, status)).toBe(true)
    },
  )
})

test('the allowed-move tables cover exactly the twelve real moves', () => {
  // guards the table above against typos: every allowed key names a real move
  const real = new Set(ALL_MOVES.map(key))
  for (const keys of Object.values(allowedFor)) for (const k of keys) expect(real.has(k)).toBe(true)
})

test('APPLICATION_STATUSES match the spec', () => {
  expect(APPLICATION_STATUSES.map(({ value, ko }) => [value, ko])).toEqual([
    ['submitted', '접수'],
    ['selected', '선정'],
    ['not-selected', '미선정'],
    ['withdrawn', '철회'],
  ])
})

test('canWithdraw: only while 접수, by the applicant’s side (member, platform admin); never again once 철회', () => {
  const statuses: ApplicationStatus[] = ['submitted', 'selected', 'not-selected', 'withdrawn']
  const may = (actor: RoleHolder) => statuses.filter((status) => canWithdraw(actor, status))
  expect(may(member)).toEqual(['submitted'])
  expect(may(platformAdmin)).toEqual(['submitted'])
  expect(may(companyAdmin)).toEqual([])
  expect(may(editor)).toEqual([])
  expect(may(null)).toEqual([])
})
