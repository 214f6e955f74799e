import type { CollectionSlug } from 'payload'
import { describe, expect, test } from 'vitest'
import { applicationData, as, bizRegNo, createProgram, recruitingProgram, programInput, richText, signUpData, tinyPng, uploadImage, type Actor, actorOf, ROLES, type Role } from '../helpers/fixtures'
import { countAll, refusal } from '../helpers/expectations'
import { useTestPayload } from '../helpers/suite'

/**
 * Who creates, updates and deletes what: every role × every collection through the Local API
 * with access checks on. Update and delete act on a fresh document each time, so a case never
 * depends on another. A refusal must leave nothing stored and nothing changed.
 */

const suite = useTestPayload({ world: true })

const actor = (role: Role) => actorOf(suite.world, role)
const TRUSTED = { trustedWrite: true }

let serial = 100
const next = () => ++serial

/** Per collection: how a role creates one, how a fresh target is made, and the change an update tries. */
type Subject = {
  create: (user: Actor) => Promise<unknown>
  target: () => Promise<number>
  update: () => { field: string; value: unknown }
}

const subjects = (): Record<string, Subject> => ({
  users: {
    create: (user) => suite.payload.create({ collection: 'users', data: signUpData(`new${next()}@test.kr`, '새 회원'), ...as(user) }),
    target: async () => (await suite.payload.create({ collection: 'users', data: signUpData(`other${next()}@test.kr`, '다른 회원') })).id,
    update: () => ({ field: 'name', value: `이름 ${next()}` }),
  },
  companies: {
    create: (user) => suite.payload.create({ collection: 'companies', data: smeData(), ...as(user) }),
    // Company A itself: only its own admin and the platform admin edit it.
    target: async () => suite.world.companies.a,
    update: () => ({ field: 'industryDetail', value: `수도업 ${next()}` }),
  },
  businesses: {
    create: (user) => suite.payload.create({ collection: 'businesses', data: { company: suite.world.companies.a, name: '새 사업', overview: '개요' }, ...as(user) }),
    target: async () => (await suite.payload.create({ collection: 'businesses', data: { company: suite.world.companies.a, name: '빈 사업', overview: '개요' }, context: TRUSTED })).id,
    update: () => ({ field: 'name', value: `사업 ${next()}` }),
  },
  programs: {
    create: (user) => suite.payload.create({ collection: 'programs', data: programInput(suite.world.businesses.a), ...as(user) }),
    target: async () => (await createProgram(suite.payload, suite.world.businesses.a, 'draft', suite.world.users.platformAdmin)).id,
    update: () => ({ field: 'summary', value: `개요 ${next()}` }),
  },
  'partner-guides': {
    create: (user) => suite.payload.create({ collection: 'partner-guides', data: guideData(), ...as(user) }),
    target: async () => (await suite.payload.create({ collection: 'partner-guides', data: guideData(), context: TRUSTED })).id,
    update: () => ({ field: 'industryLabel', value: `업종 ${next()}` }),
  },
  'card-news': {
    create: (user) => suite.payload.create({ collection: 'card-news', data: cardNewsData(), ...as(user) }),
    target: async () => (await suite.payload.create({ collection: 'card-news', data: cardNewsData(), context: TRUSTED })).id,
    update: () => ({ field: 'title', value: `제목 ${next()}` }),
  },
  media: {
    create: async (user) => {
      const data = await tinyPng()
      return suite.payload.create({ collection: 'media', data: { alt: '그림' }, file: { data, mimetype: 'image/png', name: `m${next()}.png`, size: data.length }, ...as(user) })
    },
    // Uploaded by the editor: the uploader and the platform admin edit it.
    target: async () => (await uploadImage(suite.payload, suite.world.users.editor, `t${next()}.png`)).id,
    update: () => ({ field: 'alt', value: `대체 텍스트 ${next()}` }),
  },
  applications: {
    // A program nobody applied to yet (a company applies once per program); a platform admin
    // names the company it applies for (the member's is its own, whatever is sent).
    create: async (user) => suite.payload.create({
      collection: 'applications',
      data: { ...applicationData((await recruitingProgram(suite.payload, suite.world)).id), company: suite.world.companies.sme },
      ...as(user),
    }),
    // The member's application to one of B's programs: B's admin decides it.
    target: async () => (await suite.payload.create({ collection: 'applications', data: applicationData((await recruitingProgram(suite.payload, suite.world)).id), user: suite.world.users.member })).id,
    update: () => ({ field: 'status', value: 'selected' }),
  },
  newsletters: {
    create: (user) => suite.payload.create({ collection: 'newsletters', data: { issueMonth: `${2100 + next()}-01`, title: '소식지', status: 'draft' }, ...as(user) }),
    target: async () => (await suite.payload.create({ collection: 'newsletters', data: { issueMonth: `${2100 + next()}-02`, title: '소식지', status: 'draft' } })).id,
    update: () => ({ field: 'title', value: `소식지 ${next()}` }),
  },
  subscribers: {
    create: (user) => suite.payload.create({ collection: 'subscribers', data: { email: `s${next()}@example.kr`, status: 'pending' }, ...as(user) }),
    target: async () => (await suite.payload.create({ collection: 'subscribers', data: { email: `t${next()}@example.kr`, status: 'pending' } })).id,
    update: () => ({ field: 'name', value: `구독자 ${next()}` }),
  },
})

const smeData = () => ({
  bizRegNo: bizRegNo(next()), name: '새싹기업', ceoName: '대표', address: { line1: '대전광역시 유성구' },
  homepage: 'https://new.example.kr', category: 'sme' as const, industry: 'C' as const,
})
const guideData = () => ({ company: suite.world.companies.a, title: '협력사 등록 안내', industryLabel: '수도업', howToBecomeSupplier: richText('등록 방법') })
const cardNewsData = () => ({
  title: '상생 활동', category: 'activity' as const, sourceCompany: suite.world.companies.a, status: 'draft' as const,
  cards: [{ image: suite.world.media.image, alt: '활동 사진' }],
})

type Y = 'allowed' | 'denied'
const O: Y = 'allowed'
const X: Y = 'denied'

// Subjects of the matrix: companies are created as SMEs; businesses, programs, guides and
// card news are created for company A; updates and deletes act on documents of company A.
//                                  anonymous member editor adminA adminB platformAdmin
const CREATE: Record<string, Y[]> = {
  users: /*              */ [O, O, O, O, O, O],
  companies: /*          */ [X, O, O, O, O, O],
  businesses: /*         */ [X, X, X, O, X, O],
  programs: /*           */ [X, X, X, O, X, O],
  'partner-guides': /*   */ [X, X, O, O, X, O],
  'card-news': /*        */ [X, X, O, O, X, O],
  media: /*              */ [X, O, O, O, O, O],
  applications: /*       */ [X, O, X, X, X, O],
  newsletters: /*        */ [X, X, O, X, X, O],
  subscribers: /*        */ [X, X, O, X, X, O],
}
const UPDATE: Record<string, Y[]> = {
  users: /*              */ [X, X, X, X, X, O], // another member's account
  companies: /*          */ [X, X, X, O, X, O],
  businesses: /*         */ [X, X, X, O, X, O],
  programs: /*           */ [X, X, X, O, X, O],
  'partner-guides': /*   */ [X, X, O, O, X, O],
  'card-news': /*        */ [X, X, O, O, X, O],
  media: /*              */ [X, X, O, X, X, O], // uploaded by the editor
  applications: /*       */ [X, X, X, X, O, O], // selecting an applicant of B's program
  newsletters: /*        */ [X, X, O, X, X, O],
  subscribers: /*        */ [X, X, O, X, X, O],
}
const DELETE: Record<string, Y[]> = {
  users: /*              */ [X, X, X, X, X, O],
  companies: /*          */ [X, X, X, X, X, O], // company A
  businesses: /*         */ [X, X, X, O, X, O],
  programs: /*           */ [X, X, X, O, X, O],
  'partner-guides': /*   */ [X, X, O, O, X, O],
  'card-news': /*        */ [X, X, O, O, X, O],
  media: /*              */ [X, X, O, X, X, O],
  applications: /*       */ [X, X, X, X, X, O],
  newsletters: /*        */ [X, X, O, X, X, O],
  subscribers: /*        */ [X, X, O, X, X, O],
}

const cases = (table: Record<string, Y[]>) =>
  Object.entries(table).flatMap(([collection, row]) => ROLES.map((role, i) => ({ collection, role, expected: row[i] })))

const read = (collection: string, id: number) =>
  suite.payload.findByID({ collection: collection as CollectionSlug, id, depth: 0, overrideAccess: true, disableErrors: true }) as Promise<Record<string, unknown> | null>

describe('create', () => {
  test.each(cases(CREATE))('$role creates in $collection: $expected', async ({ collection, role, expected }) => {
    const before = await countAll(suite.payload, collection as CollectionSlug)
    const create = subjects()[collection].create(actor(role))
    if (expected === 'allowed') {
      await create
      expect(await countAll(suite.payload, collection as CollectionSlug)).toBe(before + 1)
    } else {
      expect([401, 403]).toContain((await refusal(create)).status)
      expect(await countAll(suite.payload, collection as CollectionSlug)).toBe(before)
    }
  })
})

describe('update', () => {
  test.each(cases(UPDATE))('$role updates $collection: $expected', async ({ collection, role, expected }) => {
    const subject = subjects()[collection]
    const id = await subject.target()
    const before = (await read(collection, id))![subject.update().field]
    const { field, value } = subject.update()
    const update = suite.payload.update({ collection: collection as CollectionSlug, id, data: { [field]: value }, ...as(actor(role)) })
    if (expected === 'allowed') {
      await update
      expect((await read(collection, id))![field]).toEqual(value)
    } else {
      expect([403, 404, 409]).toContain((await refusal(update)).status)
      expect((await read(collection, id))![field]).toEqual(before)
    }
  })
})

describe('delete', () => {
  test.each(cases(DELETE))('$role deletes from $collection: $expected', async ({ collection, role, expected }) => {
    // Company A has businesses; deleting a company is tried on a fresh SME for the allowed case.
    const id = collection === 'companies' && expected === 'allowed'
      ? (await suite.payload.create({ collection: 'companies', data: smeData() })).id
      : await subjects()[collection].target()
    const remove = suite.payload.delete({ collection: collection as CollectionSlug, id, ...as(actor(role)) })
    if (expected === 'allowed') {
      await remove
      expect(await read(collection, id)).toBeNull()
    } else {
      expect([403, 404]).toContain((await refusal(remove)).status)
      expect(await read(collection, id)).not.toBeNull()
    }
  })
})
