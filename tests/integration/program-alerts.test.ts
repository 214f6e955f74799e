/**
 * The weekly program alerts, sent against a real SMTP server and read back with mailparser:
 * who gets which new programs (subscribers and members, one alert for a person who is both,
 * eligibility for members, nobody with alerts off or nothing new), the message itself,
 * watermarks (a second run sends nothing, a later approval comes next time, a failed recipient
 * is retried), the dry run, and the Monday 09:00 schedule. Opt-out: program-alerts-opt-out.test.ts.
 */
import { describe, expect, test } from 'vitest'
import { parse } from 'node-html-parser'
import { addDays, kstToday } from '../../kernel/rules/dates'
import { runProgramAlerts } from '../../newsletter/alerts/send'
import { bootAlertWorld, linkedPrograms, MAIL } from '../helpers/alertFixtures'
import { rawHeader } from '../helpers/newsletterFixtures'
import { ALERTS_QUEUE, ALERTS_TASK } from '../../kernel/jobs'

const world = bootAlertWorld()
const today = kstToday()

describe('a run', () => {
  test('--dry-run says who would get what, and sends and records nothing', async () => {
    const plans: { email: string; programs: string[] }[] = []
    const report = await runProgramAlerts(world.payload, { dryRun: true, onPlan: (p) => plans.push({ email: p.recipient.email, programs: p.programs.map((x) => x.id) }) })
    expect(report).toMatchObject({ sent: 4, failed: 0 })
    expect(plans.map((p) => p.email).sort()).toEqual([MAIL.member, MAIL.member2, MAIL.s1, MAIL.s2].sort())
    expect(plans.find((p) => p.email === MAIL.s1)?.programs).toEqual([world.programs.techSeoul])
    expect(world.sink.messages).toHaveLength(0)
    expect((await world.subscriberAlerts(MAIL.s1))?.coveredUntil ?? null).toBeNull()
  })

  test('(as the queued job) sends each opted-in reader exactly the matching new programs, once', async () => {
    await world.payload.jobs.queue({ task: ALERTS_TASK, queue: ALERTS_QUEUE, input: {} })
    await world.payload.jobs.run({ queue: ALERTS_QUEUE })
    await world.sink.settled()
    expect(Object.fromEntries(world.sink.countsByRecipient())).toEqual({ [MAIL.s1]: 1, [MAIL.s2]: 1, [MAIL.member]: 1, [MAIL.member2]: 1 })
    const { techSeoul, financeNationwide, partnersBusan } = world.programs
    expect(linkedPrograms(world.latest(MAIL.s1))).toEqual([techSeoul])
    // No interests: every new open program, the partners-only one too (a subscriber has no company).
    expect(linkedPrograms(world.latest(MAIL.s2)).sort()).toEqual([techSeoul, financeNationwide, partnersBusan].sort())
    // 누리테크 is B's tier-1 partner; 다온소프트 is not. Both follow 기술지원 (the member's interests, not the subscription's).
    expect(linkedPrograms(world.latest(MAIL.member)).sort()).toEqual([techSeoul, partnersBusan].sort())
    expect(linkedPrograms(world.latest(MAIL.member2))).toEqual([techSeoul])
  })

  test('the message: Korean subject with count and date, text part, one-click opt-out headers and link', async () => {
    const { mail } = world.latest(MAIL.s2)
    expect(mail.subject).toBe(`[상생누리] 관심 분야 새 프로그램 3건 (${today})`)
    expect(mail.text).toContain(`/programs/${world.programs.techSeoul}/`)
    const listUnsubscribe = String(rawHeader(mail, 'List-Unsubscribe'))
    expect(listUnsubscribe).toMatch(/^<https?:\/\/[^>]+\/api\/alerts\/unsubscribe\?token=[\w.-]+>$/)
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    const optOut = parse(String(mail.html)).querySelectorAll('a').find((a) => a.text.trim() === '이 알림 그만 받기')
    expect(optOut?.getAttribute('href')).toBe(listUnsubscribe.slice(1, -1))
    expect(mail.text).toContain(`이 알림 그만 받기: ${listUnsubscribe.slice(1, -1)}`)
  })

  test('moves the watermark of everyone done (nothing new too), keeps alerts on, and leaves the others alone', async () => {
    for (const email of [MAIL.s1, MAIL.s2, MAIL.patent, MAIL.member]) {
      expect(await world.subscriberAlerts(email), email).toMatchObject({ enabled: true, coveredUntil: expect.any(String) })
    }
    for (const email of [MAIL.member, MAIL.member2]) expect(await world.userAlerts(email), email).toMatchObject({ enabled: true, coveredUntil: expect.any(String) })
    expect((await world.subscriberAlerts(MAIL.off))?.coveredUntil ?? null).toBeNull()
    expect((await world.subscriberAlerts(MAIL.pending))?.coveredUntil ?? null).toBeNull()
  })

  test('a second run right after sends nothing', async () => {
    expect(await runProgramAlerts(world.payload)).toMatchObject({ sent: 0, failed: 0 })
    expect(world.sink.messages).toHaveLength(4)
  })

  test('a program approved after a run is in the next one; a failed recipient keeps its watermark and gets it the time after', async () => {
    const later = await world.addProgram('later', world.businesses.a, new Date().toISOString(), { supportField: 'technology', regions: ['nationwide'] })
    const before = (await world.subscriberAlerts(MAIL.s2))?.coveredUntil
    world.sink.failWith(550, 'mailbox unavailable', 1, MAIL.s2)
    expect(await runProgramAlerts(world.payload)).toMatchObject({ sent: 3, failed: 1 })
    await world.sink.settled()
    for (const email of [MAIL.s1, MAIL.member, MAIL.member2]) {
      expect(world.sink.to(email), email).toHaveLength(2)
      expect(linkedPrograms(world.latest(email))).toEqual([later])
    }
    expect(world.sink.to(MAIL.s2)).toHaveLength(1)
    expect((await world.subscriberAlerts(MAIL.s2))?.coveredUntil).toBe(before)

    expect(await runProgramAlerts(world.payload)).toMatchObject({ sent: 1, failed: 0 })
    await world.sink.settled()
    expect(linkedPrograms(world.latest(MAIL.s2))).toEqual([later])
    expect(world.sink.to(MAIL.patent)).toHaveLength(0)
  })
})

/** The next Monday 09:00 in Seoul strictly after `now`. */
function nextMondayNine(now: Date): Date {
  const day = kstToday(now)
  const weekday = new Date(`${day}T12:00:00+09:00`).getUTCDay()
  for (let ahead = (8 - weekday) % 7; ; ahead += 7) {
    const at = new Date(`${addDays(day, ahead)}T09:00:00+09:00`)
    if (at.getTime() > now.getTime()) return at
  }
}

describe('the schedule', () => {
  test('sendProgramAlerts is scheduled for Monday 09:00 in Seoul on the alerts queue', async () => {
    // The server runs with TZ=Asia/Seoul (cli/start.mjs); Payload reads its crons in the process's zone.
    const zone = process.env.TZ
    process.env.TZ = 'Asia/Seoul'
    try {
      const result = await world.payload.jobs.handleSchedules({ queue: ALERTS_QUEUE })
      expect(result.queued.map((q) => q.taskConfig?.slug)).toEqual([ALERTS_TASK])
      const { docs } = await world.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: ALERTS_TASK } }, depth: 0 })
      expect(docs).toHaveLength(1)
      expect(docs[0].queue).toBe(ALERTS_QUEUE)
      expect(new Date(docs[0].waitUntil!).toISOString()).toBe(nextMondayNine(new Date()).toISOString())
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })
})
