import { describe, expect, test } from 'vitest'
import type { ReviewStatus } from '../../kernel/rules/reviewWorkflow'
import type { Program } from '../../kernel/payload-types'
import { as, createProgram, programInput, type Actor } from '../helpers/fixtures'
import { countAll, fieldMessages, HANGUL, refusal } from '../helpers/expectations'
import { useTestPayload } from '../helpers/suite'

/**
 * The review workflow (SPEC "Program review workflow"): 작성중 → 확인요청 → 확인완료 / 수정요청,
 * each transition allowed or refused, through the Local API as the real actors. Every test
 * starts from its own program of company B.
 */

const suite = useTestPayload({ world: true })

const fresh = (status: ReviewStatus) => createProgram(suite.payload, suite.world.businesses.b, status, suite.world.users.platformAdmin)
const stored = (id: number) => suite.payload.findByID({ collection: 'programs', id, depth: 0 })
const change = (id: number, user: Actor, data: Partial<Program>) =>
  suite.payload.update({ collection: 'programs', id, data, depth: 0, ...as(user) })
const owner = () => suite.world.users.adminB
const admin = () => suite.world.users.platformAdmin
const steps = (program: Program) => (program.reviewHistory ?? []).map((row) => [row.from, row.to, row.by])

/** A refused change: the status code, and the stored program exactly as before. */
async function expectRefused(id: number, user: Actor, data: Partial<Program>, status: number) {
  const before = await stored(id)
  const error = await refusal(change(id, user, data))
  expect(error.status).toBe(status)
  expect(await stored(id)).toEqual(before)
  return error
}

describe('allowed transitions', () => {
  test('the owner submits a draft: 작성중 → 확인요청, stamped', async () => {
    const program = await fresh('draft')
    const doc = await change(program.id, owner(), { reviewStatus: 'submitted' })
    expect([doc.reviewStatus, doc.phase]).toEqual(['submitted', 'submitted'])
    expect(doc.submittedAt).toBeTruthy()
    expect(steps(doc).at(-1)).toEqual(['draft', 'submitted', owner().id])
  })

  test('the owner takes a submission back to draft', async () => {
    const program = await fresh('submitted')
    expect((await change(program.id, owner(), { reviewStatus: 'draft' })).reviewStatus).toBe('draft')
  })

  test('the platform admin approves a submitted program: public, with reviewer and dates', async () => {
    const program = await fresh('submitted')
    const doc = await change(program.id, admin(), { reviewStatus: 'approved' })
    expect([doc.reviewStatus, doc.phase, doc.reviewedBy]).toEqual(['approved', 'recruiting', admin().id])
    expect(doc.approvedAt).toBeTruthy()
    expect(doc.reviewedAt).toBeTruthy()
    expect((await suite.payload.findByID({ collection: 'programs', id: program.id, ...as(undefined) })).id).toBe(program.id)
  })

  test('the platform admin asks for changes with a note', async () => {
    const program = await fresh('submitted')
    const doc = await change(program.id, admin(), { reviewStatus: 'changes-requested', reviewNote: '지원기간을 명확히 적어 주세요.' })
    expect([doc.reviewStatus, doc.phase, doc.reviewNote]).toEqual(['changes-requested', 'changes-requested', '지원기간을 명확히 적어 주세요.'])
    expect(doc.reviewHistory?.at(-1)?.note).toBe('지원기간을 명확히 적어 주세요.')
  })

  test('the owner resubmits after a change request: 확인요청 again, the note cleared (kept in the history)', async () => {
    const program = await fresh('changes-requested')
    expect(program.reviewNote).toBeTruthy()
    const doc = await change(program.id, owner(), { summary: '지원기간을 보완했습니다.', reviewStatus: 'submitted' })
    expect([doc.reviewStatus, doc.reviewNote ?? null]).toEqual(['submitted', null])
    expect(doc.reviewHistory?.some((row) => row.note === program.reviewNote)).toBe(true)
  })

  test('the owner\'s edit of an approved program is a revision in 확인요청: the approved version stays public until the revision is approved; approvedAt is kept', async () => {
    const program = await fresh('approved')
    const approvedAt = program.approvedAt
    expect(approvedAt).toBeTruthy()
    const edited = await change(program.id, owner(), { summary: '지원 규모가 늘었습니다.' })
    expect([edited.reviewStatus, edited._status, edited.approvedAt, edited.summary]).toEqual(['submitted', 'draft', approvedAt, '지원 규모가 늘었습니다.'])
    const publicNow = await suite.payload.findByID({ collection: 'programs', id: program.id, ...as(undefined) })
    expect([publicNow.reviewStatus, publicNow.phase, publicNow.summary]).toEqual(['approved', program.phase, program.summary])
    const working = await suite.payload.findByID({ collection: 'programs', id: program.id, draft: true, depth: 0, ...as(owner()) })
    expect([working.reviewStatus, working.summary]).toEqual(['submitted', '지원 규모가 늘었습니다.'])
    const reapproved = await change(program.id, admin(), { reviewStatus: 'approved' })
    expect([reapproved.reviewStatus, reapproved._status, reapproved.approvedAt]).toEqual(['approved', 'published', approvedAt])
    const publicAfter = await suite.payload.findByID({ collection: 'programs', id: program.id, ...as(undefined) })
    expect([publicAfter.reviewStatus, publicAfter.summary]).toEqual(['approved', '지원 규모가 늘었습니다.'])
  })

  test('saving an approved program without changing its content keeps it approved', async () => {
    const program = await fresh('approved')
    const doc = await change(program.id, owner(), { summary: program.summary, title: program.title })
    expect(doc.reviewStatus).toBe('approved')
  })

  test('the platform admin\'s own edit of an approved program keeps it approved', async () => {
    const program = await fresh('approved')
    expect((await change(program.id, admin(), { notes: '문의는 평일에만 받습니다.' })).reviewStatus).toBe('approved')
  })

  test('the history records every step, in order, with who took it', async () => {
    const created = await suite.payload.create({ collection: 'programs', data: programInput(suite.world.businesses.b), depth: 0, ...as(owner()) })
    await change(created.id, owner(), { reviewStatus: 'submitted' })
    await change(created.id, admin(), { reviewStatus: 'changes-requested', reviewNote: '문의처를 적어 주세요.' })
    await change(created.id, owner(), { reviewStatus: 'submitted' })
    const doc = await change(created.id, admin(), { reviewStatus: 'approved' })
    expect(steps(doc)).toEqual([
      ['new', 'draft', owner().id],
      ['draft', 'submitted', owner().id],
      ['submitted', 'changes-requested', admin().id],
      ['changes-requested', 'submitted', owner().id],
      ['submitted', 'approved', admin().id],
    ])
    expect(doc.reviewHistory?.map((row) => row.note ?? null)).toEqual([null, null, '문의처를 적어 주세요.', null, null])
  })
})

describe('refused transitions leave the program unchanged', () => {
  test('the owner cannot approve its own program (403, Korean)', async () => {
    const program = await fresh('submitted')
    const error = await expectRefused(program.id, owner(), { reviewStatus: 'approved' }, 403)
    expect(fieldMessages(error, 'reviewStatus').join()).toContain('상생누리 관리자')
  })

  test('the owner cannot ask for changes either (403)', async () => {
    const program = await fresh('submitted')
    await expectRefused(program.id, owner(), { reviewStatus: 'changes-requested', reviewNote: '스스로 수정요청' }, 403)
  })

  test('another company\'s admin cannot submit or approve (403)', async () => {
    const program = await fresh('draft')
    await expectRefused(program.id, suite.world.users.adminA, { reviewStatus: 'submitted' }, 403)
    await expectRefused(program.id, suite.world.users.adminA, { reviewStatus: 'approved' }, 403)
  })

  test('an editor cannot approve (403)', async () => {
    const program = await fresh('submitted')
    await expectRefused(program.id, suite.world.users.editor, { reviewStatus: 'approved' }, 403)
  })

  test.each([undefined, '', '   '])('asking for changes with note %j is refused (400, on reviewNote, Korean)', async (reviewNote) => {
    const program = await fresh('submitted')
    const error = await expectRefused(program.id, admin(), { reviewStatus: 'changes-requested', reviewNote }, 400)
    const messages = fieldMessages(error, 'reviewNote')
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('수정요청')
  })

  test.each(['draft', 'changes-requested'] as const)('approving a %s program is refused (409)', async (status) => {
    const program = await fresh(status)
    const error = await expectRefused(program.id, admin(), { reviewStatus: 'approved' }, 409)
    expect(error.message).toMatch(HANGUL)
  })

  test('asking for changes on a draft is refused (409)', async () => {
    const program = await fresh('draft')
    await expectRefused(program.id, admin(), { reviewStatus: 'changes-requested', reviewNote: '미리 수정요청' }, 409)
  })

  test('the owner cannot take an approved program back to draft (409)', async () => {
    const program = await fresh('approved')
    await expectRefused(program.id, owner(), { reviewStatus: 'draft' }, 409)
  })

  test('a company admin cannot register a program as already approved: refused, nothing stored', async () => {
    const before = await countAll(suite.payload, 'programs')
    const error = await refusal(suite.payload.create({ collection: 'programs', data: { ...programInput(suite.world.businesses.b), reviewStatus: 'approved' }, ...as(owner()) }))
    expect(error.status).toBe(403)
    expect(await countAll(suite.payload, 'programs')).toBe(before)
  })
})

describe('stamps and notes sent by a client are ignored', () => {
  const forged = () => ({
    approvedAt: '2000-01-01T00:00:00.000Z', reviewedAt: '2000-01-01T00:00:00.000Z', submittedAt: '2000-01-01T00:00:00.000Z',
    reviewedBy: suite.world.users.platformAdmin.id, reviewNote: '관리자 확인 완료(위조)',
    reviewHistory: [{ at: '2000-01-01T00:00:00.000Z', from: 'submitted', to: 'approved', by: suite.world.users.platformAdmin.id }],
  })

  test('on create by the owner', async () => {
    const doc = await suite.payload.create({ collection: 'programs', data: { ...programInput(suite.world.businesses.b), ...forged() }, depth: 0, ...as(owner()) })
    expect([doc.reviewStatus, doc.approvedAt ?? null, doc.reviewedAt ?? null, doc.submittedAt ?? null, doc.reviewedBy ?? null, doc.reviewNote ?? null])
      .toEqual(['draft', null, null, null, null, null])
    expect(steps(doc)).toEqual([['new', 'draft', owner().id]])
  })

  test('on update by the owner', async () => {
    const program = await fresh('submitted')
    const doc = await change(program.id, owner(), { ...forged(), reviewStatus: 'draft' })
    expect([doc.approvedAt ?? null, doc.reviewedAt ?? null, doc.reviewedBy ?? null, doc.reviewNote ?? null]).toEqual([null, null, null, null])
    expect(doc.submittedAt).toBe(program.submittedAt)
    expect(steps(doc)).toEqual([...steps(program), ['submitted', 'draft', owner().id]])
  })

  test('even the platform admin cannot backdate an approval', async () => {
    const program = await fresh('submitted')
    const doc = await change(program.id, admin(), { reviewStatus: 'approved', approvedAt: '2000-01-01T00:00:00.000Z' })
    expect(doc.approvedAt?.startsWith('2000')).toBe(false)
  })
})

describe('the review note and the registration date cannot be carried over or backdated', () => {
  test('an approval clears the note, so a later 수정요청 needs a new reason', async () => {
    const program = await fresh('submitted')
    const approved = await change(program.id, admin(), { reviewStatus: 'approved', reviewNote: '잘 작성되었습니다.' })
    expect(approved.reviewNote ?? null).toBeNull()
    expect(approved.reviewHistory?.at(-1)?.note).toBe('잘 작성되었습니다.')
    const error = await expectRefused(program.id, admin(), { reviewStatus: 'changes-requested' }, 400)
    expect(fieldMessages(error, 'reviewNote').join(' ')).toMatch(HANGUL)
  })

  test('a company admin cannot backdate createdAt on create or update', async () => {
    const created = await suite.payload.create({
      collection: 'programs',
      data: { ...programInput(suite.world.businesses.b), createdAt: '2019-01-01T00:00:00.000Z' },
      depth: 0,
      ...as(owner()),
    })
    expect(new Date(created.createdAt).getFullYear()).toBeGreaterThan(2019)
    const updated = await change(created.id, owner(), { createdAt: '2018-06-01T00:00:00.000Z' })
    expect(updated.createdAt).toBe(created.createdAt)
  })
})
