/**
 * The main menu, one list for the Eleventy layout (global data `navItems`) and the pages the
 * server renders per request (sign-in, member area, applications). `section` marks the paths
 * under an item that are "in" it.
 */
import { MY_PATH, programListPath } from '../kernel/web/urls'

export type NavItem = { href: string; label: string; section?: string }

export const NAV_ITEMS: NavItem[] = [
  { href: programListPath(), label: '프로그램 검색' },
  { href: '/stats/#companies', label: '참여기업', section: '/companies/' },
  { href: '/partners/', label: '협력사 등록 안내' },
  { href: '/news/', label: '상생정보통' },
  { href: '/newsletter/', label: '웹 소식지' },
  { href: '/stats/', label: '현황' },
  { href: '/guide/', label: '활용안내' },
]

/** The member menu: the static pages cannot know who is signed in, so they link to /my/, which asks. */
export const MEMBER_LINKS = { my: MY_PATH, login: '/login/', join: '/join/', logout: '/logout/' } as const
