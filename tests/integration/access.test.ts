import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'
import { as, createProgram, type World, actorOf, ROLES, type Role } from '../helpers/fixtures'
import { idSet, refusal } from '../helpers/expectations'
import { useTestPayload } from '../helpers/suite'

/**
 * Who reads what (SPEC "Users and roles"): every role × every collection, through the Local API
 * with access checks on. Each cell is the set of the world's documents the role finds, or
 * 'denied' when the read itself is refused.
 */

const suite = useTestPayload({ world: true })

const actor = (role: Role) => actorOf(suite.world, role)

/** The world's documents of each collection, by the names the expectations use. */
const named = (w: World): Record<string, Record<string, number>> => ({
  users: { platformAdmin: w.users.platformAdmin.id, adminA: w.users.adminA.id, adminB: w.users.adminB.id, editor: w.users.editor.id, member: w.users.member.id, member2: w.users.member2.id },
  companies: w.companies,
  businesses: w.businesses,
  programs: Object.fromEntries([
    ...Object.entries(w.programs.a).map(([status, id]) => [`a.${status}`, id]),
    ...Object.entries(w.programs.b).map(([status, id]) => [`b.${status}`, id]),
  ]),
  'partner-guides': w.guides,
  'card-news': w.cardNews,
  media: w.media,
  applications: w.applications,
  newsletters: w.newsletters,
  subscribers: { subscriber: w.subscriber },
})

const ALL_USERS = ['platformAdmin', 'adminA', 'adminB', 'editor', 'member', 'member2']
const ALL_COMPANIES = ['a', 'b', 'affiliate', 'sme', 'sme2']
const APPROVED = ['a.approved', 'b.approved']
const OF_A = ['a.draft', 'a.submitted', 'a.approved', 'a.changes-requested']
const OF_B = ['b.draft', 'b.submitted', 'b.approved', 'b.changes-requested']

type Cell = string[] | 'denied'
//                                  anonymous   member       editor        adminA                   adminB                   platformAdmin
const READS: Record<string, [Cell, Cell, Cell, Cell, Cell, Cell]> = {
  // Staff also read the platform admins' accounts (name, e-mail, role): the colleagues they work beside.
  users: ['denied', ['member'], ['editor', 'platformAdmin'], ['adminA', 'platformAdmin'], ['adminB', 'platformAdmin'], ALL_USERS],
  companies: [ALL_COMPANIES, ALL_COMPANIES, ALL_COMPANIES, ALL_COMPANIES, ALL_COMPANIES, ALL_COMPANIES],
  businesses: ['denied', 'denied', 'denied', ['a'], ['b'], ['a', 'b']],
  programs: [APPROVED, APPROVED, APPROVED, [...OF_A, 'b.approved'], [...OF_B, 'a.approved'], [...OF_A, ...OF_B]],
  'partner-guides': [['published'], ['published'], ['published', 'unpublished'], ['published'], ['published', 'unpublished'], ['published', 'unpublished']],
  'card-news': [['published'], ['published'], ['published', 'unpublished'], ['published'], ['published', 'unpublished'], ['published', 'unpublished']],
  media: [['image'], ['image'], ['image'], ['image'], ['image'], ['image']],
  applications: ['denied', ['member'], 'denied', ['member2'], ['member'], ['member', 'member2']],
  newsletters: [['sent'], ['sent'], ['draft', 'sent'], ['sent'], ['sent'], ['draft', 'sent']],
  subscribers: ['denied', 'denied', ['subscriber'], 'denied', 'denied', ['subscriber']],
}

const readCases = Object.entries(READS).flatMap(([collection, cells]) =>
  ROLES.map((role, i) => ({ collection, role, expected: cells[i] })),
)

describe('read matrix', () => {
  test.each(readCases)('$role reads $collection → $expected', async ({ collection, role, expected }) => {
    const ids = named(suite.world)[collection]
    const find = suite.payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: Object.values(ids) } },
      depth: 0,
      limit: 100,
      ...as(actor(role)),
    })
    if (expected === 'denied') {
      expect((await refusal(find)).status).toBe(403)
      return
    }
    const { docs } = await find
    const wanted = expected.map((name) => ids[name])
    expect(idSet(docs)).toEqual(idSet(wanted.map((id) => ({ id }))))
  })

  test.each(ROLES)('%s: findByID of a program it may not see is "not found"', async (role) => {
    // B's draft is visible to B's admin and the platform admin only.
    const read = suite.payload.findByID({ collection: 'programs', id: suite.world.programs.b.draft, ...as(actor(role)) })
    if (role === 'adminB' || role === 'platformAdmin') expect((await read).id).toBe(suite.world.programs.b.draft)
    else expect((await refusal(read)).status).toBe(404)
  })
})

describe('hidden fields', () => {
  const REVIEW_FIELDS = ['reviewHistory', 'reviewedBy'] as const

  // An approved program of B: its review history and reviewer are filled. (The review note lives
  // only while changes are requested; see the next test.)
  let reviewed: number
  let changesRequested: number
  beforeAll(async () => {
    const program = await createProgram(suite.payload, suite.world.businesses.b, 'approved', suite.world.users.platformAdmin, {
      reviewedBy: suite.world.users.platformAdmin.id,
    })
    reviewed = program.id
    const asked = await createProgram(suite.payload, suite.world.businesses.b, 'submitted', suite.world.users.platformAdmin)
    await suite.payload.update({
      collection: 'programs', id: asked.id, depth: 0, ...as(suite.world.users.platformAdmin),
      data: { reviewStatus: 'changes-requested', reviewNote: '문의처 전화번호를 보완해 주세요.' },
    })
    changesRequested = asked.id
  })

  test.each([['adminB'], ['platformAdmin']] as [Role][])('%s reads the 수정요청 note of B\'s program', async (role) => {
    const doc = await suite.payload.findByID({ collection: 'programs', id: changesRequested, depth: 0, ...as(actor(role)) })
    expect(doc.reviewNote).toBe('문의처 전화번호를 보완해 주세요.')
  })

  const empty = (value: unknown) => value == null || (Array.isArray(value) && value.length === 0)

  test.each([
    ['anonymous', false], ['member', false], ['editor', false], ['adminA', false], ['adminB', true], ['platformAdmin', true],
  ] as [Role, boolean][])('%s sees the review fields of B\'s approved program: %s', async (role, sees) => {
    const doc = await suite.payload.findByID({ collection: 'programs', id: reviewed, depth: 0, ...as(actor(role)) })
    for (const field of REVIEW_FIELDS) {
      if (sees) expect(empty(doc[field]), field).toBe(false)
      else expect(empty(doc[field]), field).toBe(true)
    }
    expect(doc.phase).toBe('recruiting')
  })

  test('anonymous lists of approved programs carry no review fields', async () => {
    const { docs } = await suite.payload.find({ collection: 'programs', depth: 0, limit: 100, ...as(undefined) })
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) {
      expect(doc.reviewStatus).toBe('approved')
      for (const field of REVIEW_FIELDS) expect(empty(doc[field]), field).toBe(true)
    }
  })

  // 주거래기업 is shown only to the company's own people and to platform admins.
  test.each([
    ['anonymous', false], ['member', true], ['editor', false], ['adminA', false], ['adminB', false], ['platformAdmin', true],
  ] as [Role, boolean][])('%s sees 누리테크\'s mainPartners: %s', async (role, sees) => {
    const doc = await suite.payload.findByID({ collection: 'companies', id: suite.world.companies.sme, depth: 0, ...as(actor(role)) })
    if (sees) expect(doc.mainPartners?.map((p) => [p.company, p.tier])).toEqual([[suite.world.companies.b, 'tier1']])
    else expect(empty(doc.mainPartners)).toBe(true)
  })

  test('anonymous company lists carry no mainPartners, even at depth 1', async () => {
    const { docs } = await suite.payload.find({ collection: 'companies', depth: 1, limit: 100, ...as(undefined) })
    expect(docs).toHaveLength(5)
    for (const doc of docs) expect(empty(doc.mainPartners)).toBe(true)
  })

  test('member2 does not see another SME\'s mainPartners', async () => {
    const doc = await suite.payload.findByID({ collection: 'companies', id: suite.world.companies.sme, depth: 0, ...as(suite.world.users.member2) })
    expect(empty(doc.mainPartners)).toBe(true)
  })
})
