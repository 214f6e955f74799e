import type { Payload } from 'payload'
import { isContentStaff, type RoleHolder } from '../../kernel/rules/roles'
import type { User } from '../../kernel/payload-types'
import { kstDate } from '../../kernel/rules/dates'

export type SiteBuildNotice = { failed: boolean; text: { ko: string; en: string }; href: string }

const time = (iso: string) => `${kstDate(iso)} ${new Date(iso).toLocaleTimeString('en-GB', { timeZone: 'Asia/Seoul', hour: '2-digit', minute: '2-digit' })}`

/**
 * The public site's build state for the people who publish (editors, platform admins): when
 * the last build went live, or why the last one failed while the older site stays up.
 */
export async function siteBuildNotice(payload: Payload, user: User & RoleHolder): Promise<SiteBuildNotice | null> {
  if (!isContentStaff(user)) return null
  const status = await payload.findGlobal({ slug: 'site-status', overrideAccess: false, user })
  const href = '/admin/globals/site-status'
  const lastOk = status.lastBuiltAt ? time(status.lastBuiltAt) : null
  if (status.state === 'failed') {
    const since = lastOk ? `${lastOk}에 만든 사이트가 그대로 공개 중입니다.` : '아직 공개된 사이트가 없습니다.'
    return {
      failed: true,
      href,
      text: {
        ko: `공개 사이트 빌드 실패 (${status.lastFailedAt ? time(status.lastFailedAt) : ''}): ${status.lastError ?? ''} — ${since}`,
        en: `Public site build failed (${status.lastFailedAt ? time(status.lastFailedAt) : ''}): ${status.lastError ?? ''} — ${lastOk ? `the site built ${lastOk} stays live.` : 'no site is live yet.'}`,
      },
    }
  }
  if (!lastOk) return { failed: false, href, text: { ko: '공개 사이트를 아직 만들지 않았습니다.', en: 'The public site has not been built yet.' } }
  return {
    failed: false,
    href,
    text: {
      ko: `공개 사이트: ${lastOk} 반영 (페이지 ${status.pages ?? 0}개, 프로그램 ${status.programs ?? 0}개)`,
      en: `Public site: updated ${lastOk} (${status.pages ?? 0} pages, ${status.programs ?? 0} programs)`,
    },
  }
}
