/**
 * The 동반성장 평가 test world: companies whose counts for YEAR are known by construction (see
 * tests/integration/evaluation-report.test.ts for the points worked out by hand). Everything is
 * written with trusted Local API writes, so the stamps (approvedAt, createdAt, publishedAt) can
 * be placed in the year, the year before or the year after.
 */
import type { Payload } from 'payload'
import type { Program, User } from '../../kernel/payload-types'
import { bizRegNo, createProgram, staffUser, tinyPng, uploadImage } from './fixtures'

export const YEAR = 2025
const TRUSTED = { trustedWrite: true, skipSiteRebuild: true }
type Id = number
type Scope = Program['targetScope']

/** An instant on a Seoul wall clock: at('2025-01-01T00:30') is 2024-12-31T15:30Z. */
export const at = (local: string) => new Date(`${local}:00+09:00`).toISOString()

export async function buildEvaluationWorld(payload: Payload) {
  let serial = 100
  const company = async (name: string, category: string) =>
    (await payload.create({
      collection: 'companies',
      data: { bizRegNo: bizRegNo(serial++), name, category, industry: 'C', ceoName: '대표자', homepage: 'https://example.kr', address: { line1: '서울특별시 중구 세종대로 1' } } as never,
      context: TRUSTED,
    })).id as Id
  const c = {
    garam: await company('가람공사', 'public'), narae: await company('나래전자', 'large'), dasom: await company('다솜건설', 'large'),
    raon: await company('라온에너지', 'public'), maru: await company('마루통신', 'large'), bada: await company('바다중공업', 'large'),
    sarang: await company('사랑공사', 'public'), saebom: await company('새봄정밀', 'midsize'), nuri: await company('누리테크', 'sme'),
  }
  const smes = [c.nuri, ...(await Promise.all([1, 2, 3, 4, 5].map((n) => company(`중소기업${n}`, 'sme'))))]

  const users = {
    platformAdmin: await staffUser(payload, 'eval-admin@test.kr', '플랫폼 관리자', 'platform-admin'),
    garamAdmin: await staffUser(payload, 'eval-garam@test.kr', '가람 관리자', 'company-admin', c.garam),
    naraeAdmin: await staffUser(payload, 'eval-narae@test.kr', '나래 관리자', 'company-admin', c.narae),
    editor: await staffUser(payload, 'eval-editor@test.kr', '편집자', 'editor'),
    member: await staffUser(payload, 'eval-member@test.kr', '누리테크 담당자', 'member', c.nuri),
  }

  const businesses = new Map<Id, Id>()
  const business = async (companyId: Id) => {
    if (!businesses.has(companyId)) {
      const doc = await payload.create({ collection: 'businesses', data: { company: companyId, name: `사업 ${companyId}`, overview: '중소기업 지원' }, context: TRUSTED })
      businesses.set(companyId, doc.id as Id)
    }
    return businesses.get(companyId)!
  }
  let n = 0
  const program = async (companyId: Id, approvedAt: string | null, targetScope: Scope = 'partners', applyOnline = false) =>
    (await createProgram(payload, await business(companyId), approvedAt ? 'approved' : 'draft', users.platformAdmin, {
      title: `${new Date().getFullYear()}년 평가 프로그램 ${++n}`, targetScope, applyOnline, ...(approvedAt ? { approvedAt } : {}),
    })).id as Id
  /** `open` 전체 오픈, `partial` 부분 오픈, the rest 협력사 지원, approved on days spread over YEAR; the first takes applications online. */
  const programsInYear = async (companyId: Id, total: number, open: number, partial = 0, firstOnline = true) => {
    const ids: Id[] = []
    for (let i = 0; i < total; i++) {
      const scope: Scope = i < open ? 'open' : i < open + partial ? 'partial' : 'partners'
      ids.push(await program(companyId, at(`${YEAR}-${String((i % 12) + 1).padStart(2, '0')}-15T10:00`), scope, firstOnline && i === 0))
    }
    return ids
  }

  /** Approved before approvedAt was stamped: no approvedAt, registered (createdAt) in the year. */
  const legacyProgram = async (companyId: Id, createdAt: string) => {
    const id = await program(companyId, at(`${YEAR}-03-03T10:00`))
    await payload.update({ collection: 'programs', id, data: { approvedAt: null, createdAt }, context: TRUSTED })
    return id
  }
  const programs = {
    // 가람공사: 5 in the year (2 open, 1 partial), the first one approved 00:30 on 1 January in Seoul.
    garam: [await program(c.garam, at(`${YEAR}-01-01T00:30`), 'open', true), ...(await programsInYear(c.garam, 4, 1, 1, false))],
    garamLastYear: await program(c.garam, at(`${YEAR - 1}-12-31T23:30`), 'open', true),
    garamNextYear: await program(c.garam, at(`${YEAR + 1}-01-01T00:10`), 'open'),
    garamDraft: await program(c.garam, null, 'open', true),
    narae: await programsInYear(c.narae, 6, 1),
    dasom: await programsInYear(c.dasom, 10, 5),
    raon: await programsInYear(c.raon, 11, 6),
    maru: await programsInYear(c.maru, 15, 0),
    bada: await programsInYear(c.bada, 16, 6, 2),
    saebom: await legacyProgram(c.saebom, at(`${YEAR}-03-03T10:00`)),
  }

  let a = 0
  const apply = async (programId: Id, companyId: Id, programCompany: Id, createdAt: string, status = 'submitted') =>
    (await payload.create({
      collection: 'applications',
      data: { program: programId, programCompany, company: companyId, status, answers: '신청합니다.', createdAt, activeKey: `eval-${++a}` } as never,
      context: TRUSTED,
    })).id as Id
  const inYear = at(`${YEAR}-06-01T10:00`)
  const statuses = ['submitted', 'selected', 'not-selected']
  const applyMany = (programId: Id, companyId: Id, count: number) =>
    Promise.all(smes.slice(0, count).map((sme, i) => apply(programId, sme, companyId, inYear, statuses[i % 3])))
  const applications = {
    garam: [await apply(programs.garam[0], c.nuri, c.garam, at(`${YEAR}-12-31T23:50`)), await apply(programs.garamLastYear, smes[1], c.garam, inYear, 'selected')],
    garamWithdrawn: await apply(programs.garam[0], smes[2], c.garam, inYear, 'withdrawn'),
    garamNotOnline: await apply(programs.garam[1], smes[3], c.garam, inYear),
    garamLastYear: await apply(programs.garam[0], smes[4], c.garam, at(`${YEAR - 1}-12-31T23:50`)),
    narae: await applyMany(programs.narae[0], c.narae, 1),
    dasom: await applyMany(programs.dasom[0], c.dasom, 5),
    raon: await applyMany(programs.raon[0], c.raon, 6),
    bada: await applyMany(programs.bada[0], c.bada, 6),
  }

  const png = await tinyPng()
  let f = 0
  const promotion = async (companyId: Id, kind: string, date: string, review = 'accepted') => {
    const name = `evidence-${++f}.png`
    const file = await payload.create({
      collection: 'private-files', data: { purpose: 'evidence', ownerCompany: companyId }, file: { data: png, mimetype: 'image/png', name, size: png.length }, context: TRUSTED,
    })
    return (await payload.create({
      collection: 'promotions', data: { company: companyId, kind, date, title: `${kind} 홍보`, evidence: [file.id], review } as never, context: TRUSTED,
    })).id as Id
  }
  const kinds = ['banner', 'notice', 'sns', 'letter', 'presentation', 'leaflet']
  const promotions = {
    garam: [...(await Promise.all(kinds.map((kind, i) => promotion(c.garam, kind, `${YEAR}-0${i + 1}-10`)))), await promotion(c.garam, 'banner', `${YEAR}-11-10`)],
    garamSubmitted: await promotion(c.garam, 'sms', `${YEAR}-05-05`, 'submitted'),
    narae: [await promotion(c.narae, 'banner', `${YEAR}-02-01`), await promotion(c.narae, 'banner', `${YEAR}-03-01`)],
    naraeOther: [await promotion(c.narae, 'sns', `${YEAR}-04-01`, 'submitted'), await promotion(c.narae, 'letter', `${YEAR}-04-02`, 'rejected'), await promotion(c.narae, 'notice', `${YEAR - 1}-12-31`)],
    bada: await Promise.all(kinds.slice(0, 5).map((kind) => promotion(c.bada, kind, `${YEAR}-07-07`))),
  }

  const image = await uploadImage(payload, users.editor as User, 'evaluation-card.png')
  const post = async (companyId: Id, publishedAt: string, status = 'published', category = 'activity') =>
    (await payload.create({
      collection: 'card-news',
      data: { title: `${category} ${publishedAt}`, category, sourceCompany: companyId, status, publishedAt, cards: [{ image: image.id, alt: '협약식 사진' }] } as never,
      context: TRUSTED,
    })).id as Id
  const posts = {
    narae: [await post(c.narae, at(`${YEAR}-03-03T10:00`)), await post(c.narae, at(`${YEAR}-09-09T10:00`))],
    naraeNot: [await post(c.narae, at(`${YEAR}-04-04T10:00`), 'draft'), await post(c.narae, at(`${YEAR}-05-05T10:00`), 'published', 'news'), await post(c.narae, at(`${YEAR - 1}-12-31T23:00`))],
  }
  return { companies: c, users, programs, applications, promotions, posts }
}

export type EvaluationWorld = Awaited<ReturnType<typeof buildEvaluationWorld>>
