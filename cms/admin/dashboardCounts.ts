import { appendVersionToQueryKey, type CollectionSlug, type Payload, type Where } from 'payload'
import { stringify } from 'qs-esm'
import type { User } from '../../kernel/payload-types'
import { companyIdOf, isCompanyAdmin, isContentStaff, isEditor, isPlatformAdmin, type RoleHolder } from '../../kernel/rules/roles'
import { operatorWhere } from '../../kernel/rules/operators'

export type DashboardCount = { label: { ko: string; en: string }; count: number; href: string }

type Tile = {
  label: { ko: string; en: string }
  collection: CollectionSlug
  where: Where
  /**
   * Count the latest version of each document instead of the stored one. Programs are versioned:
   * a live program's pending revision (확인요청, 수정요청) exists only as its latest version, and
   * the admin's list, which the tile opens, reads the latest versions too.
   */
  latestVersions?: boolean
}

/** The admin list URL for a where query, in the bracket syntax the list view reads (Payload's own qs-esm). */
export function listHref(collection: CollectionSlug, where: Where): string {
  return `/admin/collections/${collection}?${stringify({ where }, { encodeValuesOnly: true })}`
}

/** The tiles a user's dashboard shows (the guide's "등록건수 사업 N건 / 프로그램 N건"), by role. */
export function dashboardTiles(user: RoleHolder): Tile[] {
  const company = companyIdOf(user)
  if (isCompanyAdmin(user) && company != null) {
    const own = { company: { equals: company } }
    return [
      { label: { ko: '사업', en: 'Businesses' }, collection: 'businesses', where: own },
      { label: { ko: '프로그램', en: 'Programs' }, collection: 'programs', where: own },
      { label: { ko: '확인요청 중', en: 'Awaiting review' }, collection: 'programs', where: { and: [own, { reviewStatus: { equals: 'submitted' } }] }, latestVersions: true },
      { label: { ko: '수정요청 받음', en: 'Changes requested' }, collection: 'programs', where: { and: [own, { reviewStatus: { equals: 'changes-requested' } }] }, latestVersions: true },
      { label: { ko: '접수된 신청서', en: 'New applications' }, collection: 'applications', where: { and: [{ programCompany: { equals: company } }, { status: { equals: 'submitted' } }] } },
    ]
  }
  const tiles: Tile[] = []
  if (isPlatformAdmin(user)) {
    tiles.push(
      { label: { ko: '확인 대기 프로그램', en: 'Programs to review' }, collection: 'programs', where: { reviewStatus: { equals: 'submitted' } }, latestVersions: true },
      { label: { ko: '확인완료 프로그램', en: 'Approved programs' }, collection: 'programs', where: { reviewStatus: { equals: 'approved' } } },
      { label: { ko: '참여기업 (대기업·공공기관)', en: 'Participating companies' }, collection: 'companies', where: operatorWhere() },
      { label: { ko: '소속 승인 요청', en: 'Membership requests' }, collection: 'users', where: { pendingCompany: { exists: true } } },
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

async function countTile(payload: Payload, user: User, tile: Tile): Promise<number> {
  if (tile.latestVersions) {
    const where = { and: [{ latest: { equals: true } }, appendVersionToQueryKey(tile.where)] }
    return (await payload.countVersions({ collection: tile.collection, where, overrideAccess: false, user })).totalDocs
  }
  return (await payload.count({ collection: tile.collection, where: tile.where, overrideAccess: false, user })).totalDocs
}

/** Counts each tile with the user's own access rules, so nobody sees numbers they could not list. */
export async function dashboardCounts(payload: Payload, user: User): Promise<DashboardCount[]> {
  const tiles = dashboardTiles(user)
  return Promise.all(
    tiles.map(async (tile) => ({ label: tile.label, count: await countTile(payload, user, tile), href: listHref(tile.collection, tile.where) })),
  )
}
