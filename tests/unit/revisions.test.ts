import { describe, expect, test } from 'vitest'
import { routeProgramSave, type SaveRequest } from '../../kernel/rules/revisions'
import type { RoleHolder } from '../../kernel/rules/roles'

// Where a program's save lands (docs/SPEC.md "Program review workflow"): a live program's main
// document is the approved version; edits wait beside it as revisions; only platform admins
// (and trusted server writes of approved programs) publish.

const platformAdmin: RoleHolder = { id: 1, role: 'platform-admin' }
const companyAdmin: RoleHolder = { id: 2, role: 'company-admin', company: 10 }
const member: RoleHolder = { id: 4, role: 'member', company: 20 }

const save = (over: Partial<SaveRequest>): SaveRequest => ({
  actor: companyAdmin,
  trusted: false,
  isLive: false,
  requestedStatus: undefined,
  currentStatus: 'draft',
  requestedPublication: undefined,
  draftRequested: false,
  ...over,
})

describe('a company admin', () => {
  test.each([
    ['a never-approved program: the working copy', save({}), 'working-copy'],
    ['a never-approved program, saved as a draft by the admin form', save({ draftRequested: true, requestedPublication: 'draft' }), 'working-copy'],
    ['a live program: a revision, even when the client did not ask for a draft', save({ isLive: true, currentStatus: 'approved' }), 'revision'],
    ['a live program asked for review', save({ isLive: true, currentStatus: 'approved', requestedStatus: 'submitted' }), 'revision'],
    ['a live program sent without ?draft and `_status: draft` (Unpublish): still only a revision', save({ isLive: true, currentStatus: 'approved', requestedPublication: 'draft' }), 'revision'],
    ['a live program asking for approved: a revision (the workflow refuses or re-submits it)', save({ isLive: true, currentStatus: 'submitted', requestedStatus: 'approved' }), 'revision'],
  ])('%s', (_label, request, target) => {
    expect(routeProgramSave(request)).toEqual({ ok: true, target })
  })

  test.each([
    ['on a never-approved program', save({ requestedPublication: 'published' })],
    ['on a live program', save({ isLive: true, currentStatus: 'approved', requestedPublication: 'published' })],
    ['as a member', save({ actor: member, requestedPublication: 'published' })],
    ['anonymous', save({ actor: null, requestedPublication: 'published' })],
  ])('publishing is refused %s', (_label, request) => {
    expect(routeProgramSave(request)).toEqual({ ok: false, reason: 'only-platform-admin-publishes' })
  })
})

describe('a platform admin', () => {
  const admin = (over: Partial<SaveRequest>) => save({ actor: platformAdmin, ...over })
  test.each([
    ['Publish approves: publish', admin({ currentStatus: 'submitted', requestedPublication: 'published' }), 'publish'],
    ['setting 확인완료 publishes, whatever the button', admin({ currentStatus: 'submitted', requestedStatus: 'approved', draftRequested: true, requestedPublication: 'draft' }), 'publish'],
    ['its own edit of a live, approved program publishes', admin({ isLive: true, currentStatus: 'approved' }), 'publish'],
    ['수정요청 on a live program\'s revision: a revision', admin({ isLive: true, currentStatus: 'submitted', requestedStatus: 'changes-requested' }), 'revision'],
    ['수정요청 on a live program without a revision: a revision (the live version stays)', admin({ isLive: true, currentStatus: 'approved', requestedStatus: 'changes-requested', draftRequested: true }), 'revision'],
    ['수정요청 on a never-approved program: the working copy', admin({ currentStatus: 'submitted', requestedStatus: 'changes-requested' }), 'working-copy'],
    ['Unpublish (only `_status: draft`, no ?draft) takes a live program off the site', admin({ isLive: true, currentStatus: 'approved', requestedPublication: 'draft' }), 'unpublish'],
    ['`_status: draft` with ?draft=true is a draft save, not Unpublish', admin({ isLive: true, currentStatus: 'submitted', requestedPublication: 'draft', draftRequested: true }), 'revision'],
  ])('%s', (_label, request, target) => {
    expect(routeProgramSave(request)).toEqual({ ok: true, target })
  })
})

describe('trusted server writes (the seed, imports)', () => {
  const trusted = (over: Partial<SaveRequest>) => save({ actor: null, trusted: true, ...over })
  test.each([
    ['an approved program is published', trusted({ requestedStatus: 'approved' }), 'publish'],
    ['a live program keeps being published when its status stays approved', trusted({ isLive: true, currentStatus: 'approved' }), 'publish'],
    ['a live program placed in review becomes a revision', trusted({ isLive: true, currentStatus: 'approved', requestedStatus: 'submitted' }), 'revision'],
    ['a draft is the working copy', trusted({ requestedStatus: 'draft' }), 'working-copy'],
  ])('%s', (_label, request, target) => {
    expect(routeProgramSave(request)).toEqual({ ok: true, target })
  })
})
