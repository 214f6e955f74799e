/**
 * The report's reads, each one Local API query in Payload's query language (portable to
 * MongoDB: no SQL, no numeric-id assumptions), with the reader's own access rules on.
 */
import type { Payload, Where } from 'payload'
import { kstYearRange } from '../kernel/rules/evaluation'
import type { User } from '../kernel/payload-types'
import { operatorWhere } from '../kernel/rules/operators'

export type RawId = string | number
export type Reader = { payload: Payload; user: User }

/** Depth 0 gives an id; a populated relation an object. */
export const idOf = (value: unknown): RawId | null => {
  if (value == null) return null
  if (typeof value === 'object' && 'id' in value) return (value as { id: RawId }).id
  return value as RawId
}

const asUser = (reader: Reader) => ({ overrideAccess: false as const, user: reader.user, depth: 0, pagination: false as const })
const inYear = (field: string, year: number): Where => {
  const { start, end } = kstYearRange(year)
  return { and: [{ [field]: { greater_than_equal: start } }, { [field]: { less_than: end } }] }
}
const ofCompany = (field: string, company: RawId | null): Where[] => (company == null ? [] : [{ [field]: { equals: company } }])

/**
 * ① and ④: programs currently 확인완료 whose first approval (approvedAt) falls in the year. Records
 * from before approvedAt was stamped have none; their createdAt stands in, as in the stats.
 */
export async function approvedPrograms(reader: Reader, year: number, company: RawId | null) {
  const { docs } = await reader.payload.find({
    collection: 'programs',
    where: {
      and: [
        { reviewStatus: { equals: 'approved' } },
        { or: [inYear('approvedAt', year), { and: [{ approvedAt: { exists: false } }, inYear('createdAt', year)] }] },
        ...ofCompany('company', company),
      ],
    },
    select: { title: true, company: true, targetScope: true, approvedAt: true, createdAt: true },
    sort: 'approvedAt',
    ...asUser(reader),
  })
  return docs
}

/** ③ candidates: applications made in the year, not withdrawn (the program's applyOnline is checked after). */
export async function applicationsInYear(reader: Reader, year: number, company: RawId | null) {
  const { docs } = await reader.payload.find({
    collection: 'applications',
    where: { and: [{ status: { not_equals: 'withdrawn' } }, inYear('createdAt', year), ...ofCompany('programCompany', company)] },
    select: { program: true, programCompany: true, company: true, status: true, createdAt: true },
    sort: 'createdAt',
    ...asUser(reader),
  })
  return docs
}

/** The programs applied to, whatever year they were approved: title and whether they take applications here. */
export async function programsByIds(reader: Reader, ids: RawId[]) {
  if (ids.length === 0) return []
  const { docs } = await reader.payload.find({
    collection: 'programs',
    where: { id: { in: ids } },
    select: { title: true, company: true, applyOnline: true },
    ...asUser(reader),
  })
  return docs
}

/** ② records a platform admin accepted (인정), dated in the year. */
export async function acceptedPromotions(reader: Reader, year: number, company: RawId | null) {
  const { docs } = await reader.payload.find({
    collection: 'promotions',
    where: { and: [{ review: { equals: 'accepted' } }, inYear('date', year), ...ofCompany('company', company)] },
    select: { company: true, kind: true, date: true, title: true, evidence: true },
    sort: 'date',
    ...asUser(reader),
  })
  return docs
}

/** ② 상생협력 활동 card news published in the year, with the company it is about. */
export async function activityPosts(reader: Reader, year: number, company: RawId | null) {
  const { docs } = await reader.payload.find({
    collection: 'card-news',
    where: {
      and: [
        { status: { equals: 'published' } },
        { category: { equals: 'activity' } },
        { sourceCompany: { exists: true } },
        inYear('publishedAt', year),
        ...ofCompany('sourceCompany', company),
      ],
    },
    select: { title: true, sourceCompany: true, publishedAt: true },
    sort: 'publishedAt',
    ...asUser(reader),
  })
  return docs
}

/** Evidence file names, for the download links (only the files the reader may download). */
export async function fileNames(reader: Reader, ids: RawId[]) {
  if (ids.length === 0) return []
  const { docs } = await reader.payload.find({
    collection: 'private-files',
    where: { id: { in: ids } },
    select: { filename: true },
    ...asUser(reader),
  })
  return docs
}

/** Companies by id, plus (when `participants`) every 대기업 and 공공기관. */
export async function companies(reader: Reader, ids: RawId[], participants: boolean) {
  const or: Where[] = []
  if (participants) or.push(operatorWhere())
  if (ids.length > 0) or.push({ id: { in: ids } })
  if (or.length === 0) return []
  const { docs } = await reader.payload.find({
    collection: 'companies',
    where: { or },
    select: { name: true, category: true },
    ...asUser(reader),
  })
  return docs
}

/** One company, or null when there is none with that id (a malformed id included). */
export async function companyById(reader: Reader, id: RawId) {
  try {
    return await reader.payload.findByID({ collection: 'companies', id, depth: 0, overrideAccess: false, user: reader.user, disableErrors: true })
  } catch {
    return null
  }
}
