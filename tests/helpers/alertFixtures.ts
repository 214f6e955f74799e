/**
 * A small world for the program-alert suites: two operators (B with a tier-1 partner), two
 * members, subscribers in every alert state, and approved programs placed around the 7-day
 * window, sending to a real SMTP sink. `bootAlertWorld` boots it in beforeAll and tears it down.
 */
import { parse } from 'node-html-parser'
import type { Payload } from 'payload'
import { beforeAll } from 'vitest'
import { addDays, kstToday } from '../../kernel/rules/dates'
import { bizRegNo, createProgram, signUpData, staffUser, confirmedMember } from './fixtures'
import type { SinkMessage, SmtpSink } from './smtpSink'
import { seedSubscriber, subscriberRecord } from './subscribers'
import { useTestPayload } from './suite'

export const MAIL = {
  /** 기술지원 in 서울 */
  s1: 'tech.seoul@example.kr',
  /** no interests: everything */
  s2: 'everything@example.kr',
  off: 'off@example.kr',
  pending: 'pending@example.kr',
  /** 특허지원: nothing new */
  patent: 'patent@example.kr',
  /** 누리테크, B's tier-1 partner; also a subscriber (interested in 금융지원) */
  member: 'member@test.kr',
  /** 다온소프트, nobody's partner */
  member2: 'member2@test.kr',
}

const DAY = 86_400_000
export const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString()

export type AlertWorld = {
  payload: Payload
  sink: SmtpSink
  /** Program ids by key. */
  programs: Record<string, string>
  users: { platformAdmin: Awaited<ReturnType<typeof staffUser>>; member: { id: number }; member2: { id: number } }
  businesses: { a: number; b: number }
  addProgram(key: string, business: number, approvedAt: string, overrides?: Record<string, unknown>): Promise<string>
  userAlerts(email: string): Promise<{ enabled?: boolean | null; coveredUntil?: string | null } | undefined>
  subscriberAlerts(email: string): Promise<{ enabled?: boolean | null; coveredUntil?: string | null } | undefined>
  latest(email: string): SinkMessage
}

/** Program ids linked from a message, in order. */
export const linkedPrograms = (message: SinkMessage) =>
  parse(String(message.mail.html)).querySelectorAll('a').flatMap((a) => /\/programs\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1] ?? [])

async function build(world: AlertWorld): Promise<void> {
  const { payload } = world
  const trusted = { context: { trustedWrite: true } }
  const company = async (serial: number, data: Record<string, unknown>) =>
    (await payload.create({ collection: 'companies', data: { bizRegNo: bizRegNo(serial), ceoName: '대표자', address: { postcode: '04524', line1: '서울특별시 중구 세종대로 1' }, ...data } as never, ...trusted })).id
  const a = await company(1, { name: '한국상생공사', category: 'public', industry: 'D', homepage: 'https://a.example.kr' })
  const b = await company(2, { name: '한빛전자', category: 'large', group: '한빛', industry: 'C', homepage: 'https://b.example.kr' })
  const sme = await company(4, { name: '누리테크', category: 'sme', industry: 'C', homepage: 'https://nuri.example.kr', mainPartners: [{ company: b, tier: 'tier1' }] })
  const sme2 = await company(5, { name: '다온소프트', category: 'sme', industry: 'J', homepage: 'https://daon.example.kr' })
  const business = async (companyId: number, name: string) => (await payload.create({ collection: 'businesses', data: { company: companyId, name, overview: '중소기업 지원' }, ...trusted })).id
  world.businesses = { a: await business(a, '수자원 상생사업'), b: await business(b, '한빛 동반성장 사업') }
  world.users = {
    platformAdmin: await staffUser(payload, 'admin@test.kr', '플랫폼 관리자', 'platform-admin'),
    member: await confirmedMember(payload, MAIL.member, '누리테크 담당자', sme),
    member2: await confirmedMember(payload, MAIL.member2, '다온소프트 담당자', sme2),
  }

  const today = kstToday()
  const { a: bizA, b: bizB } = world.businesses
  await world.addProgram('techSeoul', bizA, ago(2), { supportField: 'technology', regions: ['seoul'] })
  await world.addProgram('financeNationwide', bizB, ago(1), { supportField: 'finance', regions: ['nationwide'], applyStart: addDays(today, 3), applyEnd: addDays(today, 20) })
  await world.addProgram('partnersBusan', bizB, ago(1), { supportField: 'technology', regions: ['busan'], targetScope: 'partners' })
  await world.addProgram('tooOld', bizA, ago(20), { supportField: 'technology', regions: ['nationwide'] })
  await world.addProgram('applicationsOver', bizA, ago(1), { supportField: 'technology', regions: ['nationwide'], applyStart: addDays(today, -20), applyEnd: addDays(today, -1) })
  await createProgram(payload, bizA, 'submitted', world.users.platformAdmin, { title: `${today.slice(0, 4)}년 확인 전 프로그램` })

  const alertsOn = { programAlerts: { enabled: true } }
  await seedSubscriber(payload, MAIL.s1, { status: 'confirmed', interests: { supportFields: ['technology'], regions: ['seoul'] }, ...alertsOn })
  await seedSubscriber(payload, MAIL.s2, { status: 'confirmed', ...alertsOn })
  await seedSubscriber(payload, MAIL.off, { status: 'confirmed' })
  await seedSubscriber(payload, MAIL.pending, { status: 'pending', ...alertsOn })
  await seedSubscriber(payload, MAIL.patent, { status: 'confirmed', interests: { supportFields: ['patent'], regions: [] }, ...alertsOn })
  await seedSubscriber(payload, MAIL.member, { status: 'confirmed', interests: { supportFields: ['finance'], regions: [] }, ...alertsOn })
  for (const user of [world.users.member, world.users.member2]) {
    await payload.update({ collection: 'users', id: user.id, data: { interests: { supportFields: ['technology'], regions: [] }, ...alertsOn }, overrideAccess: true })
  }
}

export function bootAlertWorld(): AlertWorld {
  const world = { programs: {} } as AlertWorld
  world.addProgram = async (key, business, approvedAt, overrides = {}) => {
    const title = `${kstToday().slice(0, 4)}년 알림 ${key} 프로그램`
    const doc = await createProgram(world.payload, business, 'approved', world.users.platformAdmin, { title, approvedAt, ...overrides })
    return (world.programs[key] = String(doc.id))
  }
  world.userAlerts = async (email) =>
    (await world.payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, overrideAccess: true })).docs[0]?.programAlerts
  world.subscriberAlerts = async (email) => (await subscriberRecord(world.payload, email))?.programAlerts
  world.latest = (email) => world.sink.to(email).at(-1)!
  const booted = useTestPayload({ smtp: true })
  beforeAll(async () => {
    world.payload = booted.payload
    world.sink = booted.sink
    await build(world)
  }, 120_000)
  return world
}
