import fs from 'node:fs'
import type { CollectionSlug } from 'payload'
import { describe, expect, test } from 'vitest'
import { addDays, kstToday } from '../../kernel/rules/dates'
import type { User } from '../../kernel/payload-types'
import { applicationData, bizRegNo, confirmedMember, PASSWORD, programInput, recruitingProgram, richText } from '../helpers/fixtures'
import { rawRequest } from '../helpers/rawRest'
import { pdf } from '../helpers/documents'
import { countAll } from '../helpers/expectations'
import { testConfig } from '../helpers/payload'
import { type RestResponse } from '../helpers/rest'
import { useTestPayload } from '../helpers/suite'

/**
 * SPEC "Rules and their messages": every row of the table, sent through Payload's real REST
 * handlers. The expected field, label, exact message and status are read from docs/SPEC.md, so
 * the contract and the behaviour cannot drift apart; a row without a scenario here fails.
 */

type Field = { collection: string; path: string; label: string }
type Row = { id: string; fields: Field[]; message: string; status: number }

function specRows(): Row[] {
  const spec = fs.readFileSync('docs/SPEC.md', 'utf8')
  const section = spec.split('\n## Rules and their messages\n')[1]?.split('\n## ')[0] ?? ''
  const rows: Row[] = []
  for (const line of section.split('\n')) {
    const match = /^\| (.+?) \| (.+?) \| (.+) \| (\d{3}) \|$/.exec(line)
    if (!match) continue
    const [, rule, fieldCell, message, status] = match
    const id = /\(`([\w-]+)`\)/.exec(rule)?.[1]
    if (!id) continue
    const fields = fieldCell === '—' ? [] : fieldCell.split(/, (?=`)/).map((part) => {
      const field = /^`([\w-]+)\.([\w.]+)` \((.*)\)$/.exec(part)
      if (!field) throw new Error(`SPEC row ${id}: cannot read the field "${part}"`)
      return { collection: field[1], path: field[2], label: field[3] }
    })
    rows.push({ id, fields, message, status: Number(status) })
  }
  return rows
}

const ROWS = specRows()

const suite = useTestPayload({ world: true, logins: ['platformAdmin', 'adminA', 'adminB', 'member', 'member2', 'editor'] })

/** What a refusal must leave as it was: a collection's size, or a document's stored state. */
const sizeOf = (collection: CollectionSlug) => () => countAll(suite.payload, collection)
const stateOf = (collection: CollectionSlug, id: () => number) => async () => {
  const doc = await suite.payload.findByID({ collection, id: id(), depth: 0, overrideAccess: true })
  return JSON.stringify(doc)
}

/** The stored password hash (a reset that was refused leaves it). */
const storedPassword = (id: () => number) => async () => (await suite.payload.db.findOne<{ id: number; hash?: string }>({ collection: 'users', where: { id: { equals: id() } } }))?.hash

/** A member who asked to join 누리테크 and waits (made once, on first use). */
let pending: Promise<{ id: number; token: string }> | undefined
const pendingMember = () => (pending ??= (async () => {
  const res = await suite.api.post('/users', { email: 'rules-pending@test.kr', password: PASSWORD, name: '승인 대기', pendingCompany: suite.world.companies.sme })
  return { id: res.body.doc.id as number, token: await suite.api.login('rules-pending@test.kr', PASSWORD) }
})())
const pendingState = async () => JSON.stringify(await suite.payload.findByID({ collection: 'users', id: (await pendingMember()).id, depth: 0, overrideAccess: true }))

/** A confirmed member of 누리테크 who is not its 기업 담당자 (member@ is). */
let colleagueUser: Promise<User> | undefined
const colleague = () => (colleagueUser ??= confirmedMember(suite.payload, 'rules-colleague@test.kr', '누리 동료', suite.world.companies.sme))
const colleagueToken = async () => { await colleague(); return suite.api.login('rules-colleague@test.kr', PASSWORD) }

type Scenario = { send: (path?: string) => Promise<RestResponse>; unchanged: () => Promise<unknown> }

const today = kstToday()
const hangul = (n: number) => '가'.repeat(n)
/** Sets a dotted path (contact.phone) in a copy of `data`. */
function withPath(data: Record<string, any>, path: string, value: unknown): Record<string, any> {
  const copy = structuredClone(data)
  const keys = path.split('.')
  let target = copy
  for (const key of keys.slice(0, -1)) target = target[key] ??= {}
  target[keys.at(-1)!] = value
  return copy
}

let serial = 700
const newProgram = (overrides: Record<string, unknown> = {}, business = () => suite.world.businesses.b): Scenario => ({
  send: (path) => {
    const data = { ...programInput(business(), overrides as never) } as Record<string, any>
    return suite.api.as(suite.tokens.adminB).post('/programs', path ? withPath(data, path, null) : data)
  },
  unchanged: sizeOf('programs'),
})
const companyData = (overrides: Record<string, unknown> = {}) => ({
  bizRegNo: bizRegNo(++serial), name: '새싹테크', ceoName: '대표', address: { postcode: '48058', line1: '부산광역시 해운대구' },
  homepage: 'https://saessak.example.kr', category: 'sme', industry: 'C', ...overrides,
})
const newCompany = (overrides: () => Record<string, unknown> = () => ({})): Scenario => ({
  send: (path) => {
    const data = companyData(overrides())
    return suite.api.as(suite.tokens.member).post('/companies', path ? withPath(data, path, null) : data)
  },
  unchanged: sizeOf('companies'),
})
const javascriptUrl = 'javascript:alert(document.cookie)'

const SCENARIOS: Record<string, Scenario> = {
  'program-title-period': newProgram({ title: '상생 기술지원 프로그램' }),
  'program-summary-length': newProgram({ summary: hangul(201) }),
  'program-purpose-length': newProgram({ purpose: hangul(201) }),
  'program-impossible-date': newProgram({ applyStart: '2018-02-31' }),
  'program-apply-end-before-start': newProgram({ applyStart: addDays(today, 5), applyEnd: addDays(today, 4) }),
  'program-support-end-before-start': newProgram({ supportStart: addDays(today, 30), supportEnd: addDays(today, 29) }),
  'program-already-ended': newProgram({ applyStart: addDays(today, -60), applyEnd: addDays(today, -40), supportStart: addDays(today, -30), supportEnd: addDays(today, -1) }),
  'program-required': newProgram(),
  'program-business-own-company': newProgram({}, () => suite.world.businesses.a),
  'program-business-unknown': newProgram({}, () => 999_999),
  'program-review-note-required': {
    send: () => suite.api.as(suite.tokens.platformAdmin).patch(`/programs/${suite.world.programs.b.submitted}`, { reviewStatus: 'changes-requested' }),
    unchanged: stateOf('programs', () => suite.world.programs.b.submitted),
  },
  'program-review-by-platform-admin': {
    send: () => suite.api.as(suite.tokens.adminB).patch(`/programs/${suite.world.programs.b.submitted}`, { reviewStatus: 'approved' }),
    unchanged: stateOf('programs', () => suite.world.programs.b.submitted),
  },
  'program-review-not-submitted': {
    send: () => suite.api.as(suite.tokens.platformAdmin).patch(`/programs/${suite.world.programs.b.draft}`, { reviewStatus: 'approved' }),
    unchanged: stateOf('programs', () => suite.world.programs.b.draft),
  },
  'program-review-invalid-transition': {
    send: () => suite.api.as(suite.tokens.adminB).patch(`/programs/${suite.world.programs.b['changes-requested']}`, { reviewStatus: 'draft' }),
    unchanged: stateOf('programs', () => suite.world.programs.b['changes-requested']),
  },
  'program-publish-by-platform-admin': {
    send: () => suite.api.as(suite.tokens.adminB).patch(`/programs/${suite.world.programs.b.draft}`, { _status: 'published' }),
    unchanged: stateOf('programs', () => suite.world.programs.b.draft),
  },
  'program-one-at-a-time': {
    send: () => suite.api.as(suite.tokens.platformAdmin).patch(`/programs?where[company][equals]=${suite.world.companies.b}`, { notes: '일괄 수정' }),
    unchanged: stateOf('programs', () => suite.world.programs.b.approved),
  },
  'company-bizregno-format': newCompany(() => ({ bizRegNo: '12-345' })),
  'company-bizregno-checksum': newCompany(() => {
    const valid = bizRegNo(++serial)
    return { bizRegNo: `${valid.slice(0, 9)}${(Number(valid[9]) + 1) % 10}` }
  }),
  'company-bizregno-duplicate': newCompany(() => ({ bizRegNo: bizRegNo(2) })),
  'company-homepage': newCompany(() => ({ homepage: '홈페이지 없음' })),
  'company-postcode': newCompany(() => ({ address: { postcode: '1234', line1: '부산광역시 해운대구' } })),
  'company-main-partners-max': newCompany(() => ({ mainPartners: Array.from({ length: 6 }, () => ({ company: suite.world.companies.b, tier: 'tier1' })) })),
  'company-main-partner-category': newCompany(() => ({ mainPartners: [{ company: suite.world.companies.sme2, tier: 'tier1' }] })),
  'company-main-partner-unknown': newCompany(() => ({ mainPartners: [{ company: 999_999, tier: 'tier1' }] })),
  'company-category-by-platform-admin': newCompany(() => ({ category: 'large' })),
  'company-required': newCompany(),
  'company-identity-by-platform-admin': {
    // adminA's own company is a 공공기관: it may edit its homepage, not what identifies it.
    send: (path) => suite.api.as(suite.tokens.adminA).patch(`/companies/${suite.world.companies.a}`, path === 'bizRegNo' ? { bizRegNo: bizRegNo(++serial) } : { category: 'sme' }),
    unchanged: stateOf('companies', () => suite.world.companies.a),
  },
  'user-password-length': {
    send: () => suite.api.post('/users', { email: 'short-password@test.kr', password: 'short-pw1', name: '짧은 비밀번호' }),
    unchanged: sizeOf('users'),
  },
  'user-reset-password-length': {
    send: async () => {
      const token = await suite.payload.forgotPassword({ collection: 'users', data: { email: suite.world.users.member2.email }, disableEmail: true })
      return suite.api.post('/users/reset-password', { token, password: 'short-pw1' })
    },
    unchanged: storedPassword(() => suite.world.users.member2.id),
  },
  'user-reset-link-invalid': {
    send: () => suite.api.post('/users/reset-password', { token: 'f'.repeat(40), password: 'long-enough-password' }),
    unchanged: storedPassword(() => suite.world.users.member.id),
  },
  'user-role-by-platform-admin': {
    send: () => suite.api.as(suite.tokens.member).patch(`/users/${suite.world.users.member.id}`, { role: 'company-admin' }),
    unchanged: stateOf('users', () => suite.world.users.member.id),
  },
  'user-company-by-platform-admin': {
    send: () => suite.api.as(suite.tokens.member).patch(`/users/${suite.world.users.member.id}`, { company: suite.world.companies.sme2 }),
    unchanged: stateOf('users', () => suite.world.users.member.id),
  },
  'user-pending-company-with-company': {
    send: () => suite.api.as(suite.tokens.member).patch(`/users/${suite.world.users.member.id}`, { pendingCompany: suite.world.companies.sme2 }),
    unchanged: stateOf('users', () => suite.world.users.member.id),
  },
  'membership-no-request': {
    // member2 manages 다온소프트; the request is to join 누리테크: the same answer as for no request at all.
    send: async () => suite.api.as(suite.tokens.member2).post(`/users/${(await pendingMember()).id}/membership`, { decision: 'confirm' }),
    unchanged: pendingState,
  },
  'membership-decision-invalid': {
    send: async () => suite.api.as(suite.tokens.platformAdmin).post(`/users/${(await pendingMember()).id}/membership`, { decision: 'approve' }),
    unchanged: pendingState,
  },
  'json-only': {
    send: async () => {
      const res = await rawRequest(testConfig(), 'POST', `/api/users/${(await pendingMember()).id}/membership`, {
        headers: { authorization: `JWT ${suite.tokens.platformAdmin}`, 'content-type': 'text/plain' }, body: '{"decision":"confirm"}',
      })
      return { status: res.status, body: res.json(), headers: res.headers }
    },
    unchanged: pendingState,
  },
  'company-manager-fields': {
    send: async (path) => suite.api.as(await colleagueToken()).patch(`/companies/${suite.world.companies.sme}`, path === 'ceoName' ? { ceoName: '다른 대표' } : { name: '누리테크 (개명)' }),
    unchanged: stateOf('companies', () => suite.world.companies.sme),
  },
  'company-manager-by-platform-admin': {
    send: async () => suite.api.as(suite.tokens.member).patch(`/companies/${suite.world.companies.sme}`, { manager: (await colleague()).id }),
    unchanged: stateOf('companies', () => suite.world.companies.sme),
  },
  'company-manager-not-member': {
    send: () => suite.api.as(suite.tokens.platformAdmin).patch(`/companies/${suite.world.companies.sme}`, { manager: suite.world.users.member2.id }),
    unchanged: stateOf('companies', () => suite.world.companies.sme),
  },
  'application-membership-pending': {
    send: async () => suite.api.as((await pendingMember()).token).post('/applications', applicationData(suite.world.programs.b.approved)),
    unchanged: sizeOf('applications'),
  },
  'business-own-company': {
    send: () => suite.api.as(suite.tokens.adminB).post('/businesses', { company: suite.world.companies.a, name: '남의 사업', overview: '개요' }),
    unchanged: sizeOf('businesses'),
  },
  'business-related-url': {
    send: () => suite.api.as(suite.tokens.adminB).post('/businesses', { name: '새 사업', overview: '개요', relatedUrl: javascriptUrl }),
    unchanged: sizeOf('businesses'),
  },
  'business-related-url-credentials': {
    send: () => suite.api.as(suite.tokens.adminB).patch(`/businesses/${suite.world.businesses.b}`, { relatedUrl: 'https://www.hanbit.example.kr@evil.example/login' }),
    unchanged: stateOf('businesses', () => suite.world.businesses.b),
  },
  'business-delete-with-programs': {
    send: () => suite.api.as(suite.tokens.adminB).delete(`/businesses/${suite.world.businesses.b}`),
    unchanged: sizeOf('businesses'),
  },
  'card-news-publish-by-editor': {
    send: () => suite.api.as(suite.tokens.adminA).post('/card-news', {
      title: '협약식', category: 'activity', sourceCompany: suite.world.companies.a, status: 'published', cards: [{ image: suite.world.media.image, alt: '협약식 사진' }],
    }),
    unchanged: sizeOf('card-news'),
  },
  'promotion-review-by-platform-admin': {
    send: () => suite.api.as(suite.tokens.adminA).post('/promotions', { company: suite.world.companies.a, kind: 'banner', date: today, title: '배너 설치', review: 'accepted' }),
    unchanged: sizeOf('promotions'),
  },
  'promotion-evidence-own-company': {
    send: async () => {
      // A file 한빛전자 (company B) uploaded, attached by company A's admin as its own evidence.
      const data = pdf('B evidence')
      const file = await suite.payload.create({ collection: 'private-files', data: { purpose: 'evidence' }, file: { data, mimetype: 'application/pdf', name: 'b-evidence.pdf', size: data.length }, user: suite.world.users.adminB, overrideAccess: false })
      return suite.api.as(suite.tokens.adminA).post('/promotions', { company: suite.world.companies.a, kind: 'banner', date: today, title: '배너 설치', evidence: [file.id] })
    },
    unchanged: sizeOf('promotions'),
  },
  'promotion-url': {
    send: () => suite.api.as(suite.tokens.adminA).post('/promotions', { company: suite.world.companies.a, kind: 'banner', date: today, title: '배너 설치', url: javascriptUrl }),
    unchanged: sizeOf('promotions'),
  },
  'partner-guide-registration-url': {
    send: () => suite.api.as(suite.tokens.adminA).post('/partner-guides', {
      company: suite.world.companies.a, title: '협력사 등록 안내', industryLabel: '전기 장비 제조업', howToBecomeSupplier: richText('등록 사이트에서 신청하세요.'), registrationUrl: javascriptUrl,
    }),
    unchanged: sizeOf('partner-guides'),
  },
  'newsletter-issue-month': {
    send: () => suite.api.as(suite.tokens.editor).post('/newsletters', { issueMonth: '2026-13', title: '소식지', status: 'draft' }),
    unchanged: sizeOf('newsletters'),
  },
  'newsletter-status-by-editor': {
    send: () => suite.api.as(suite.tokens.editor).patch(`/newsletters/${suite.world.newsletters.draft}`, { status: 'sent' }),
    unchanged: stateOf('newsletters', () => suite.world.newsletters.draft),
  },
  'newsletter-schedule-needs-date': {
    send: () => suite.api.as(suite.tokens.editor).patch(`/newsletters/${suite.world.newsletters.draft}`, { status: 'scheduled' }),
    unchanged: stateOf('newsletters', () => suite.world.newsletters.draft),
  },
  'application-phone-required': {
    send: async () => suite.api.as(suite.tokens.member).post('/applications', applicationData((await recruitingProgram(suite.payload, suite.world)).id, '신청합니다.', '')),
    unchanged: sizeOf('applications'),
  },
  'application-phone-invalid': {
    send: async () => suite.api.as(suite.tokens.member).post('/applications', applicationData((await recruitingProgram(suite.payload, suite.world)).id, '신청합니다.', '공일공-1234-5678')),
    unchanged: sizeOf('applications'),
  },
  'application-duplicate': {
    send: () => suite.api.as(suite.tokens.member).post('/applications', applicationData(suite.world.programs.b.approved)),
    unchanged: sizeOf('applications'),
  },
  'subscriber-email': {
    send: () => suite.api.post('/subscribers/subscribe', { email: 'not-an-email' }),
    unchanged: sizeOf('subscribers'),
  },
}

type ErrorBody = { errors?: { name?: string; message: string; data?: { errors?: { path?: string; label?: string; message: string }[] } }[] }

test('the SPEC table and the scenarios name the same rules', () => {
  expect(ROWS.length).toBeGreaterThan(30)
  expect(ROWS.map((row) => row.id).sort()).toEqual(Object.keys(SCENARIOS).sort())
})

/** One case per field of a row (a row of required fields is one case per field). */
const CASES = ROWS.flatMap((row) =>
  row.fields.length > 1 ? row.fields.map((field) => ({ name: `${row.id} ${field.path}`, row, field, each: true })) : [{ name: row.id, row, field: row.fields[0], each: false }],
)

describe.each(CASES)('$name', ({ row, field, each }) => {
  test(`${row.status}, ${field ? `on ${field.collection}.${field.path} (${field.label})` : 'for the whole request'}: ${row.message}`, async () => {
    const scenario = SCENARIOS[row.id]
    expect(scenario, `no scenario for ${row.id}`).toBeDefined()
    const before = await scenario.unchanged()
    const response = await scenario.send(each ? field!.path : undefined)
    const body = response.body as ErrorBody
    expect(response.status, JSON.stringify(body)).toBe(row.status)
    expect(Array.isArray(body.errors), JSON.stringify(body)).toBe(true)
    const fieldErrors = (body.errors ?? []).flatMap((error) => error.data?.errors ?? [])
    if (field) {
      expect(body.errors![0].name).toBe('ValidationError')
      const onField = fieldErrors.filter((error) => error.path === field.path)
      expect(onField, JSON.stringify(body)).toEqual([{ path: field.path, label: field.label, message: row.message }])
      // The summary line names the field by its label, never by a code name.
      expect(body.errors![0].message).toContain(field.label)
      if (field.label !== field.path) expect(body.errors![0].message).not.toMatch(new RegExp(`(: |, )${field.path.replace(/\./g, '\\.')}(,|$)`))
    } else {
      expect(body.errors![0].message).toBe(row.message)
      expect(fieldErrors).toEqual([])
    }
    expect(await scenario.unchanged()).toEqual(before)
  })
})
