import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import sharp from 'sharp'
import { completeBizRegNo } from '../../kernel/rules/bizRegNo'
import { addDays, kstToday } from '../../kernel/rules/dates'
import type { ReviewStatus } from '../../kernel/rules/reviewWorkflow'
import type { Program, User } from '../../kernel/payload-types'

/**
 * A small hand-built world for integration tests, independent of the demo seed:
 *
 * - A  한국상생공사 (public institution), company-admin `adminA`, business and programs
 * - B  한빛전자 (large company, group 한빛), company-admin `adminB`, business and programs
 * - 한빛정밀 (B's affiliate, same group), 누리테크 (SME, main partner B tier1, `member`),
 *   다온소프트 (SME, `member2`)
 * - `platformAdmin`, `editor`
 * - one program of A and of B in every review status
 * - partner guides and card news: A's published, B's unpublished
 * - applications: member → B's approved program, member2 → A's approved program
 * - newsletters: this month's draft, last month's sent issue; one subscriber
 */

export const PASSWORD = 'test-password-1234'
const TRUSTED = { trustedWrite: true }

export type Actor = User | undefined

/** Local API options that act as `user` (undefined: an anonymous visitor) with access checks on. */
export const as = (user: Actor) => ({ overrideAccess: false as const, user })

/** A valid 사업자등록번호 for a small serial number (stored digits only). */
export const bizRegNo = (serial: number): string => completeBizRegNo(`1018${String(serial).padStart(5, '0')}`)

/** A one-paragraph Lexical rich-text value. */
export function richText(text: string) {
  return {
    root: {
      type: 'root', format: '' as const, indent: 0, version: 1, direction: 'ltr' as const,
      children: [{
        type: 'paragraph', format: '' as const, indent: 0, version: 1, direction: 'ltr' as const, textFormat: 0, textStyle: '',
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      }],
    },
  }
}

/** A 4×4 PNG, made on the spot. */
export async function tinyPng(): Promise<Buffer> {
  return sharp({ create: { width: 4, height: 4, channels: 3, background: { r: 0, g: 102, b: 204 } } }).png().toBuffer()
}

export async function uploadImage(payload: Payload, user: User, name = 'card.png') {
  const data = await tinyPng()
  return payload.create({
    collection: 'media',
    data: { alt: '상생협력 활동 사진' },
    file: { data, mimetype: 'image/png', name, size: data.length },
    user,
  })
}

const today = () => kstToday()

/**
 * Create input that leaves the fields our hooks or defaults fill (a user's role, an
 * application's status, a program's reviewStatus) to the server, as a real client does. The
 * generated types mark those fields required, hence the one cast.
 */
type Input<S extends 'users' | 'applications' | 'programs'> = RequiredDataFromCollectionSlug<S>
const serverFills = <S extends 'users' | 'applications' | 'programs'>(data: object) => data as Input<S>

/** Sign-up data: no role (the hook decides). */
export const signUpData = (email: string, name: string, extra: { company?: number; pendingCompany?: number; role?: User['role'] } = {}) =>
  serverFills<'users'>({ email, password: PASSWORD, name, ...extra })

/** An application as a member sends it: applicant, company, status and 신청자 정보 but the phone are set by the server. */
export const applicationData = (program: number, answers = '지원을 신청합니다.', applicantPhone = '010-1234-5678') => serverFills<'applications'>({ program, answers, applicantPhone })

/** Program input that passes every rule: recruiting now, support ahead; no reviewStatus (draft). */
export function programInput(business: number, overrides: Partial<Program> = {}): Input<'programs'> {
  const day = today()
  return serverFills<'programs'>({
    business,
    title: `${day.slice(0, 4)}년 상생 기술지원 프로그램`,
    summary: '협력 중소기업의 기술 경쟁력 강화를 위한 기술 지도와 시험 장비를 지원합니다.',
    purpose: '중소기업과의 동반성장',
    supportField: 'technology' as const,
    targetScope: 'open' as const,
    applyStart: addDays(day, -5),
    applyEnd: addDays(day, 10),
    supportStart: addDays(day, 15),
    supportEnd: addDays(day, 120),
    regions: ['nationwide' as const],
    contact: { department: '동반성장팀', name: '김상생', phone: '02-0000-0000', email: 'winwin@example.kr' },
    applyOnline: true,
    ...overrides,
  })
}

/**
 * Places a program at any review status the way the demo seed does (trusted write, stamped by
 * `reviewer`), so tests start from a known state without going through the workflow.
 */
export async function createProgram(
  payload: Payload,
  business: number,
  reviewStatus: ReviewStatus,
  reviewer: User,
  overrides: Partial<Program> = {},
): Promise<Program> {
  return payload.create({
    collection: 'programs',
    data: {
      ...programInput(business, overrides),
      reviewStatus,
      ...(reviewStatus === 'changes-requested' ? { reviewNote: '신청기간과 문의처를 다시 확인해 주세요.' } : {}),
    },
    depth: 0,
    user: reviewer,
    context: TRUSTED,
  })
}

/** A user as req.user sees it: depth 0 (company is an id), with its collection. */
async function actor(payload: Payload, id: number): Promise<User> {
  const user = await payload.findByID({ collection: 'users', id, depth: 0 })
  return { ...user, collection: 'users' }
}

export async function staffUser(payload: Payload, email: string, name: string, role: User['role'], company?: number) {
  const doc = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name, role, company },
    context: TRUSTED,
  })
  return actor(payload, doc.id)
}

/**
 * A member of `company`: signs up the ordinary way (no trusted context: the hook makes it a member)
 * asking to join, and the platform confirms the request as a platform admin's 승인 would (trusted
 * writes, no e-mail): the first member of an SME or mid-sized firm becomes its 기업 담당자.
 */
export async function confirmedMember(payload: Payload, email: string, name: string, company: number | string) {
  const doc = await payload.create({ collection: 'users', data: signUpData(email, name, { pendingCompany: company as number }), context: { skipNotifications: true } })
  await payload.update({ collection: 'users', id: doc.id, data: { company: company as number }, context: TRUSTED, depth: 0 })
  const stored = await payload.findByID({ collection: 'companies', id: company, select: { manager: true, category: true }, depth: 0 })
  if (stored.manager == null && (stored.category === 'sme' || stored.category === 'midsize')) {
    await payload.update({ collection: 'companies', id: company, data: { manager: doc.id }, context: TRUSTED, depth: 0 })
  }
  return actor(payload, doc.id)
}

const address = (line1: string) => ({ postcode: '04524', line1 })

async function company(payload: Payload, serial: number, data: Record<string, unknown>) {
  const doc = await payload.create({
    collection: 'companies',
    data: { bizRegNo: bizRegNo(serial), ceoName: '대표자', address: address('서울특별시 중구 세종대로 1'), ...data } as never,
    context: TRUSTED,
  })
  return doc.id
}

export async function seedWorld(payload: Payload) {
  const companies = {
    a: await company(payload, 1, { name: '한국상생공사', category: 'public', industry: 'D', homepage: 'https://a.example.kr' }),
    b: await company(payload, 2, { name: '한빛전자', category: 'large', group: '한빛', industry: 'C', homepage: 'https://b.example.kr' }),
    affiliate: await company(payload, 3, { name: '한빛정밀', category: 'midsize', group: '한빛', industry: 'C', homepage: 'contact@affiliate.example.kr' }),
    sme: 0,
    sme2: await company(payload, 5, { name: '다온소프트', category: 'sme', industry: 'J', homepage: 'https://daon.example.kr' }),
  }
  companies.sme = await company(payload, 4, {
    name: '누리테크', category: 'sme', industry: 'C', homepage: 'https://nuri.example.kr',
    mainPartners: [{ company: companies.b, tier: 'tier1' }],
  })

  const users = {
    platformAdmin: await staffUser(payload, 'admin@test.kr', '플랫폼 관리자', 'platform-admin'),
    adminA: await staffUser(payload, 'admin-a@test.kr', '공사 관리자', 'company-admin', companies.a),
    adminB: await staffUser(payload, 'admin-b@test.kr', '한빛 관리자', 'company-admin', companies.b),
    editor: await staffUser(payload, 'editor@test.kr', '편집자', 'editor'),
    member: await confirmedMember(payload, 'member@test.kr', '누리테크 담당자', companies.sme),
    member2: await confirmedMember(payload, 'member2@test.kr', '다온소프트 담당자', companies.sme2),
  }

  const businesses = {
    a: (await payload.create({ collection: 'businesses', data: { company: companies.a, name: '수자원 상생사업', overview: '물산업 중소기업 지원' }, context: TRUSTED })).id,
    b: (await payload.create({ collection: 'businesses', data: { company: companies.b, name: '한빛 동반성장 사업', overview: '협력사 기술 지원' }, context: TRUSTED })).id,
  }

  const day = today()
  const statuses: ReviewStatus[] = ['draft', 'submitted', 'approved', 'changes-requested']
  const programs = { a: {} as Record<ReviewStatus, number>, b: {} as Record<ReviewStatus, number> }
  for (const status of statuses) {
    // A's approved program opens in three days (예정); B's is recruiting now (모집중).
    const upcoming = status === 'approved' ? { applyStart: addDays(day, 3), applyEnd: addDays(day, 20) } : {}
    programs.a[status] = (await createProgram(payload, businesses.a, status, users.platformAdmin, { title: `${day.slice(0, 4)}년 공사 ${status} 프로그램`, ...upcoming })).id
    programs.b[status] = (await createProgram(payload, businesses.b, status, users.platformAdmin, { title: `${day.slice(0, 4)}년 한빛 ${status} 프로그램` })).id
  }

  const guide = (companyId: number, published: boolean, title: string) =>
    payload.create({
      collection: 'partner-guides',
      data: { company: companyId, title, industryLabel: '전기 장비 제조업', howToBecomeSupplier: richText('협력사 등록 사이트에서 신청하세요.'), registrationUrl: 'https://vendor.example.kr', published },
      context: TRUSTED,
    })
  const guides = {
    published: (await guide(companies.a, true, '한국상생공사 협력사 등록 안내')).id,
    unpublished: (await guide(companies.b, false, '한빛전자 협력사 등록 안내')).id,
  }

  const image = await uploadImage(payload, users.editor)
  const news = (sourceCompany: number, status: 'published' | 'draft', title: string) =>
    payload.create({
      collection: 'card-news',
      data: { title, category: 'activity', sourceCompany, status, cards: [{ image: image.id, alt: '협약식 사진' }] },
      context: TRUSTED,
    })
  const cardNews = {
    published: (await news(companies.a, 'published', '한국상생공사 상생협력 협약식')).id,
    unpublished: (await news(companies.b, 'draft', '한빛전자 협력사 기술 교류회')).id,
  }

  const apply = (user: User, program: number) =>
    payload.create({ collection: 'applications', data: applicationData(program), user })
  const applications = {
    member: (await apply(users.member, programs.b.approved)).id,
    // A's approved program opens for applications in three days, so the rules refuse an
    // application to it today: this one is stored as an import (trusted write) would store it.
    member2: (await payload.create({
      collection: 'applications',
      data: { ...applicationData(programs.a.approved), applicant: users.member2.id, company: companies.sme2 },
      context: TRUSTED,
    })).id,
  }

  const thisMonth = day.slice(0, 7)
  const lastMonth = addDays(`${thisMonth}-01`, -1).slice(0, 7)
  const newsletters = {
    draft: (await payload.create({ collection: 'newsletters', data: { issueMonth: thisMonth, title: `${thisMonth} 상생누리 소식`, status: 'draft' } })).id,
    sent: (await payload.create({ collection: 'newsletters', data: { issueMonth: lastMonth, title: `${lastMonth} 상생누리 소식`, status: 'sent' }, context: TRUSTED })).id,
  }

  const subscriber = (await payload.create({ collection: 'subscribers', data: { email: 'reader@example.kr', name: '구독자', status: 'confirmed' } })).id

  return {
    companies, users, businesses, programs, guides, cardNews, media: { image: image.id }, applications, newsletters, subscriber,
    months: { thisMonth, lastMonth },
  }
}

export type World = Awaited<ReturnType<typeof seedWorld>>

let freshPrograms = 0

/**
 * A new approved program of company B, 모집중, 상생누리 신청가능, open to all (overrides aside):
 * one that no company has applied to yet, for tests that apply (a company applies once per program).
 */
export async function recruitingProgram(payload: Payload, world: World, overrides: Partial<Program> = {}): Promise<Program> {
  freshPrograms += 1
  return createProgram(payload, world.businesses.b, 'approved', world.users.platformAdmin, {
    title: `${today().slice(0, 4)}년 한빛 신청 테스트 프로그램 ${freshPrograms}`,
    ...overrides,
  })
}

/** The actors the access suites walk through, anonymous first. */
export const ROLES = ['anonymous', 'member', 'editor', 'adminA', 'adminB', 'platformAdmin'] as const
export type Role = (typeof ROLES)[number]
export const actorOf = (world: World, role: Role): Actor => (role === 'anonymous' ? undefined : world.users[role])
