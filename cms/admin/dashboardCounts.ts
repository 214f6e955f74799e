import type { CollectionSlug, Payload, Where } from 'payload'
import type { User } from '../payload-types'
import { companyIdOf, isCompanyAdmin, isContentStaff, isEditor, isPlatformAdmin, type RoleHolder } from '../domain/roles'

export type DashboardCount = { label: { ko: string; en: string }; count: number; href: string }

type Tile = { label: { ko: string; en: string }; collection: CollectionSlug; where: Where }

function query(where: Where): string {
  // The admin list reads Payload's where syntax from the query string.
  const parts: string[] = []
  const walk = (value: unknown, key: string) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, `${key}[${k}]`)
    } else parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
  }
  for (const [k, v] of Object.entries(where)) walk(v, `where[${k}]`)
  return parts.join('&')
}

/** The tiles a user's dashboard shows (the guide's "등록건수 사업 N건 / 프로그램 N건"), by role. */
export function dashboardTiles(user: RoleHolder): Tile[] {
  const company = companyIdOf(user)
  if (isCompanyAdmin(user) && company != null) {
    const own = { company: { equals: company } }
    return [
      { label: { ko: '사업', en: 'Businesses' }, collection: 'businesses', where: own },
      { label: { ko: '프로그램', en: 'Programs' }, collection: 'programs', where: own },
      { label: { ko: '확인요청 중', en: 'Awaiting review' }, collection: 'programs', where: { and: [own, { reviewStatus: { equals: 'submitted' } }] } },
      { label: { ko: '수정요청 받음', en: 'Changes requested' }, collection: 'programs', where: { and: [own, { reviewStatus: { equals: 'changes-requested' } }] } },
      { label: { ko: '접수된 신청서', en: 'New applications' }, collection: 'applications', where: { and: [{ programCompany: { equals: company } }, { status: { equals: 'submitted' } }] } },
    ]
  }
  const tiles: Tile[] = []
  if (isPlatformAdmin(user)) {
    tiles.push(
      { label: { ko: '확인 대기 프로그램', en: 'Programs to review' }, collection: 'programs', where: { reviewStatus: { equals: 'submitted' } } },
      { label: { ko: '확인완료 프로그램', en: 'Approved programs' }, collection: 'programs', where: { reviewStatus: { equals: 'approved' } } },
      { label: { ko: '참여기업 (대기업·공공기관)', en: 'Participating companies' }, collection: 'companies', where: { category: { in: ['large', 'public'] } } },
    )
  }
  if (isContentStaff(user) || isEditor(user)) {
    tiles.push(
      { label: { ko: '게시요청 카드뉴스', en: 'Card news to publish' }, collection: 'card-news', where: { status: { equals: 'in-review' } } },
      { label: { ko: '작성중 웹 소식지', en: 'Newsletter drafts' }, collection: 'newsletters', where: { status: { equals: 'draft' } } },
    )
  }
  return tiles
}

/** Counts each tile with the user's own access rules, so nobody sees numbers they could not list. */
export async function dashboardCounts(payload: Payload, user: User): Promise<DashboardCount[]> {
  const tiles = dashboardTiles(user)
  return Promise.all(
    tiles.map(async (tile) => {
      const { totalDocs } = await payload.count({ collection: tile.collection, where: tile.where, overrideAccess: false, user })
      return { label: tile.label, count: totalDocs, href: `/admin/collections/${tile.collection}?${query(tile.where)}` }
    }),
  )
}
