import { describe, expect, test } from 'vitest'
import {
  decideReviewStatus,
  reviewStatusChoices,
  REVIEW_STATUS_LABELS,
  REVIEW_STATUSES,
  type ReviewStatus,
  type WorkflowDecision,
} from '../../kernel/rules/reviewWorkflow'
import type { RoleHolder } from '../../kernel/rules/roles'

// Rules (SPEC "Program review workflow" and the doc comment of decideReviewStatus):
//  - only a platform admin approves or asks for changes, and asking needs a note;
//  - only a submitted program is reviewed;
//  - an owner sends draft / changes-requested to submitted, or takes a submission back to draft;
//  - an owner's edit of an approved program is a revision in submitted (or in draft when the owner
//    says so); without an edit the owner cannot move an approved program;
//  - a platform admin may register a program already approved.

const platformAdmin: RoleHolder = { id: 1, role: 'platform-admin' }
const companyAdmin: RoleHolder = { id: 2, role: 'company-admin', company: 10 }
const editor: RoleHolder = { id: 3, role: 'editor' }
const member: RoleHolder = { id: 4, role: 'member', company: 20 }

const nonAdmins: [string, RoleHolder][] = [
  ['company-admin', companyAdmin],
  ['editor', editor],
  ['member', member],
  ['anonymous (null)', null],
  ['anonymous (undefined)', undefined],
  ['a user without a role', { id: 5, role: null }],
]

const NOTE = '신청기간을 다시 확인해 주세요.'
const ok = (status: ReviewStatus): WorkflowDecision => ({ ok: true, status })
const refused = (reason: string) => ({ ok: false, reason })

type Row = [from: ReviewStatus | null, requested: ReviewStatus | undefined, note: string | null, contentChanged: boolean, expected: WorkflowDecision | ReturnType<typeof refused>]

describe('platform admin', () => {
  const rows: Row[] = [
    // creating
    [null, undefined, null, false, ok('draft')],
    [null, 'draft', null, false, ok('draft')],
    [null, 'submitted', null, false, ok('submitted')],
    [null, 'approved', null, false, ok('approved')], // its own reviewer
    [null, 'changes-requested', NOTE, false, refused('not-submitted')],
    [null, 'changes-requested', null, false, refused('note-required')],
    // from draft
    ['draft', undefined, null, true, ok('draft')],
    ['draft', 'draft', null, true, ok('draft')],
    ['draft', 'submitted', null, false, ok('submitted')],
    ['draft', 'approved', null, false, refused('not-submitted')],
    ['draft', 'changes-requested', NOTE, false, refused('not-submitted')],
    // from submitted: the review itself
    ['submitted', undefined, null, false, ok('submitted')],
    ['submitted', 'submitted', null, true, ok('submitted')],
    ['submitted', 'approved', null, false, ok('approved')],
    ['submitted', 'approved', null, true, ok('approved')],
    ['submitted', 'changes-requested', NOTE, false, ok('changes-requested')],
    ['submitted', 'changes-requested', null, false, refused('note-required')],
    ['submitted', 'changes-requested', '', false, refused('note-required')],
    ['submitted', 'changes-requested', '   \n\t ', false, refused('note-required')],
    ['submitted', 'draft', null, false, ok('draft')],
    // from approved
    ['approved', undefined, null, false, ok('approved')],
    ['approved', 'approved', null, false, ok('approved')],
    ['approved', 'approved', null, true, ok('approved')], // the reviewer's own edit keeps it approved
    ['approved', undefined, null, true, ok('approved')],
    ['approved', 'submitted', null, false, ok('submitted')],
    ['approved', 'draft', null, false, ok('draft')],
    // taking an approval back with a note: same as approved → submitted → changes-requested in one step
    ['approved', 'changes-requested', NOTE, false, ok('changes-requested')],
    ['approved', 'changes-requested', null, false, refused('note-required')],
    // from changes-requested
    ['changes-requested', undefined, null, false, ok('changes-requested')],
    ['changes-requested', 'changes-requested', null, true, ok('changes-requested')],
    ['changes-requested', 'submitted', null, true, ok('submitted')],
    ['changes-requested', 'approved', null, false, refused('not-submitted')],
    ['changes-requested', 'draft', null, false, refused('invalid-transition')],
  ]

  test.each(rows)('%s → %s (note %j, content changed %s) ⇒ %o', (from, requested, note, contentChanged, expected) => {
    expect(decideReviewStatus({ from, requested, note, contentChanged, actor: platformAdmin })).toEqual(expected)
  })
})

describe.each(nonAdmins)('%s (not a platform admin)', (_label, actor) => {
  const rows: Row[] = [
    // creating
    [null, undefined, null, false, ok('draft')],
    [null, 'draft', null, false, ok('draft')],
    [null, 'submitted', null, false, ok('submitted')],
    [null, 'approved', null, false, refused('only-platform-admin-reviews')],
    [null, 'changes-requested', NOTE, false, refused('only-platform-admin-reviews')],
    // from draft
    ['draft', undefined, null, true, ok('draft')],
    ['draft', 'draft', null, true, ok('draft')],
    ['draft', 'submitted', null, false, ok('submitted')],
    ['draft', 'submitted', null, true, ok('submitted')],
    ['draft', 'approved', null, false, refused('only-platform-admin-reviews')],
    ['draft', 'changes-requested', NOTE, false, refused('only-platform-admin-reviews')],
    // from submitted
    ['submitted', undefined, null, true, ok('submitted')],
    ['submitted', 'submitted', null, true, ok('submitted')],
    ['submitted', 'draft', null, false, ok('draft')], // takes the submission back
    ['submitted', 'approved', null, false, refused('only-platform-admin-reviews')],
    ['submitted', 'changes-requested', NOTE, false, refused('only-platform-admin-reviews')],
    ['submitted', 'changes-requested', null, false, refused('only-platform-admin-reviews')],
    // from approved
    ['approved', undefined, null, false, ok('approved')], // an unchanged save
    ['approved', 'approved', null, false, ok('approved')],
    ['approved', 'approved', null, true, ok('submitted')], // an edit goes back to review
    ['approved', undefined, null, true, ok('submitted')],
    ['approved', 'submitted', null, true, ok('submitted')], // an edit that also asks for review
    ['approved', 'submitted', null, false, refused('invalid-transition')],
    ['approved', 'draft', null, false, refused('invalid-transition')],
    ['approved', 'draft', null, true, ok('draft')], // a revision kept as 작성중 before review
    ['approved', 'changes-requested', NOTE, false, refused('only-platform-admin-reviews')],
    // from changes-requested
    ['changes-requested', undefined, null, true, ok('changes-requested')],
    ['changes-requested', 'changes-requested', null, true, ok('changes-requested')],
    ['changes-requested', 'submitted', null, true, ok('submitted')],
    ['changes-requested', 'submitted', null, false, ok('submitted')],
    ['changes-requested', 'draft', null, false, refused('invalid-transition')],
    ['changes-requested', 'approved', null, false, refused('only-platform-admin-reviews')],
  ]

  test.each(rows)('%s → %s (note %j, content changed %s) ⇒ %o', (from, requested, note, contentChanged, expected) => {
    expect(decideReviewStatus({ from, requested, note, contentChanged, actor })).toEqual(expected)
  })
})

describe('specific rules', () => {
  test('approve by a company admin is refused with only-platform-admin-reviews', () => {
    expect(decideReviewStatus({ from: 'submitted', requested: 'approved', actor: companyAdmin, contentChanged: false })).toEqual({
      ok: false,
      reason: 'only-platform-admin-reviews',
    })
  })

  test('changes-requested without a note is refused with note-required', () => {
    expect(decideReviewStatus({ from: 'submitted', requested: 'changes-requested', actor: platformAdmin, contentChanged: false })).toEqual({
      ok: false,
      reason: 'note-required',
    })
  })

  test('a whitespace-only note is no note', () => {
    expect(
      decideReviewStatus({ from: 'submitted', requested: 'changes-requested', note: ' \u3000 ', actor: platformAdmin, contentChanged: false }),
    ).toEqual({ ok: false, reason: 'note-required' })
  })

  test('approving a draft is refused with not-submitted', () => {
    expect(decideReviewStatus({ from: 'draft', requested: 'approved', actor: platformAdmin, contentChanged: false })).toEqual({
      ok: false,
      reason: 'not-submitted',
    })
  })

  test('an owner editing an approved program sends it back to submitted; an unchanged save keeps it approved', () => {
    expect(decideReviewStatus({ from: 'approved', requested: 'approved', actor: companyAdmin, contentChanged: true })).toEqual({
      ok: true,
      status: 'submitted',
    })
    expect(decideReviewStatus({ from: 'approved', requested: 'approved', actor: companyAdmin, contentChanged: false })).toEqual({
      ok: true,
      status: 'approved',
    })
  })

  test('a platform admin may create a program directly approved', () => {
    expect(decideReviewStatus({ from: null, requested: 'approved', actor: platformAdmin, contentChanged: false })).toEqual({
      ok: true,
      status: 'approved',
    })
  })

  test('draft → changes-requested is not a valid step, even for the platform admin with a note', () => {
    expect(decideReviewStatus({ from: 'draft', requested: 'changes-requested', note: NOTE, actor: platformAdmin, contentChanged: false })).toEqual({
      ok: false,
      reason: 'not-submitted',
    })
  })
})

describe('REVIEW_STATUSES and labels', () => {
  test('lists the four statuses', () => {
    expect(REVIEW_STATUSES).toEqual(['draft', 'submitted', 'approved', 'changes-requested'])
  })

  test.each([
    ['draft', '작성중'],
    ['submitted', '확인요청'],
    ['approved', '확인완료'],
    ['changes-requested', '수정요청'],
  ] as const)('%s is labelled %s', (status, ko) => {
    expect(REVIEW_STATUS_LABELS[status].ko).toBe(ko)
  })
})

describe('reviewStatusChoices: what the 확인상태 select offers', () => {
  test('a platform admin is offered every status', () => {
    expect(reviewStatusChoices(platformAdmin, 'submitted')).toEqual(['draft', 'submitted', 'approved', 'changes-requested'])
  })

  test.each([
    ['draft', ['draft', 'submitted']],
    ['submitted', ['draft', 'submitted']],
    ['approved', ['draft', 'submitted', 'approved']],
    ['changes-requested', ['draft', 'submitted', 'changes-requested']],
    [null, ['draft', 'submitted']],
  ] as const)('a company admin on a %s program is offered %o (its current status only to show it)', (current, expected) => {
    expect(reviewStatusChoices(companyAdmin, current)).toEqual(expected)
  })

  test('every choice a company admin is offered from approved, other than keeping it, is one the workflow accepts after an edit', () => {
    for (const requested of reviewStatusChoices(companyAdmin, 'approved')) {
      expect(decideReviewStatus({ from: 'approved', requested, actor: companyAdmin, contentChanged: true }).ok).toBe(true)
    }
  })
})
