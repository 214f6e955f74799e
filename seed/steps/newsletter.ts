import { addDays } from '../../kernel/rules/dates'
import { SUBSCRIBERS } from '../data/subscribers'
import { count, type SeedContext } from '../lib/context'

/** The demo's readers, by e-mail; consent and confirmation a month before the seed's today. */
export async function seedSubscribers(ctx: SeedContext): Promise<void> {
  const { payload, clock } = ctx
  const consented = clock.instant(clock.day(-40))
  for (const fixture of SUBSCRIBERS) {
    const { totalDocs } = await payload.count({ collection: 'subscribers', where: { email: { equals: fixture.email } }, overrideAccess: true })
    if (totalDocs > 0) {
      count(ctx, 'subscribers', 'existing')
      continue
    }
    await payload.create({
      collection: 'subscribers',
      data: {
        email: fixture.email,
        name: fixture.name,
        status: fixture.status,
        interests: { supportFields: fixture.supportFields as never, regions: fixture.regions as never },
        consentedAt: consented,
        confirmedAt: fixture.status === 'pending' ? undefined : clock.instant(clock.day(-39)),
        unsubscribedAt: fixture.status === 'unsubscribed' ? clock.instant(clock.day(-10)) : undefined,
      },
      overrideAccess: true,
      depth: 0,
    })
    count(ctx, 'subscribers', 'created')
  }
  ctx.log(`subscribers: ${SUBSCRIBERS.length} ready (${SUBSCRIBERS.filter((s) => s.status === 'confirmed').length} confirmed)`)
}

/**
 * Last month's issue, already sent, so the archive and its web edition are not empty. This
 * month's issue is left for the editor to compose, preview and send from the admin.
 */
export async function seedLastIssue(ctx: SeedContext): Promise<void> {
  const { payload, clock } = ctx
  const lastMonth = addDays(`${clock.today.slice(0, 7)}-01`, -1).slice(0, 7)
  const { totalDocs } = await payload.count({ collection: 'newsletters', where: { issueMonth: { equals: lastMonth } }, overrideAccess: true })
  if (totalDocs > 0) {
    count(ctx, 'newsletters', 'existing')
    return
  }
  const pick = async (collection: 'card-news' | 'partner-guides', where: Record<string, unknown>, limit: number) =>
    (await payload.find({ collection, where: where as never, sort: '-createdAt', limit, depth: 0, overrideAccess: true })).docs.map((doc) => doc.id)
  const confirmed = SUBSCRIBERS.filter((s) => s.status !== 'pending').length
  const [year, month] = lastMonth.split('-').map(Number)
  await payload.create({
    collection: 'newsletters',
    data: {
      issueMonth: lastMonth,
      title: `${year}년 ${month}월 상생누리 소식 — 이달의 상생협력 프로그램과 협력사 등록 안내`,
      preheader: '모집 중인 교육·판로·기술 지원 프로그램과 새 협력사 등록 안내를 모았습니다.',
      intro: '대기업과 공공기관이 중소기업에 문을 연 상생협력 프로그램을 한곳에 모았습니다. 신청 기간을 확인하고 상생누리에서 바로 신청해 보세요.',
      cardNews: await pick('card-news', { status: { equals: 'published' } }, 3),
      partnerGuides: await pick('partner-guides', { published: { equals: true } }, 2),
      status: 'sent',
      sentAt: clock.instant(`${lastMonth}-15`),
      counts: { recipients: confirmed, sent: confirmed, failed: 0, unknown: 0 },
    },
    overrideAccess: true,
    context: { trustedWrite: true, skipSiteRebuild: true },
    depth: 0,
  })
  count(ctx, 'newsletters', 'created')
  ctx.log(`newsletters: ${lastMonth} sent issue ready`)
}
