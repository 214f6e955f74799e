/**
 * Turning program alerts off and on: the one-click opt-out behind every alert's
 * List-Unsubscribe header and "이 알림 그만 받기" link (alerts only: the newsletter subscription
 * stays, and the newsletter's own unsubscribe leaves the alert alone), bad links, and the alert
 * checkbox on the subscriber's preferences page and at sign-up.
 */
import { parse } from 'node-html-parser'
import { beforeAll, describe, expect, test } from 'vitest'
import { createToken } from '../../kernel/rules/tokens'
import { recipientLinks } from '../../newsletter/links'
import { runProgramAlerts } from '../../newsletter/alerts/send'
import { confirmationsSettled } from '../../newsletter/subscribe/sendConfirmation'
import { bootAlertWorld, MAIL } from '../helpers/alertFixtures'
import { rawHeader } from '../helpers/newsletterFixtures'
import { get, pathOf, postForm, seedSubscriber, subscribeJson, subscriberRecord } from '../helpers/subscribers'

const world = bootAlertWorld()
const oneClick = (path: string) => postForm(path, [['List-Unsubscribe', 'One-Click']])
const optOutPath = (email: string) => pathOf(String(rawHeader(world.latest(email).mail, 'List-Unsubscribe')).slice(1, -1))
const record = (email: string) => subscriberRecord(world.payload, email)

beforeAll(async () => {
  await runProgramAlerts(world.payload)
  await world.sink.settled()
})

describe('the opt-out', () => {
  test('GET shows a page with a button and changes nothing', async () => {
    const link = optOutPath(MAIL.s1)
    const page = await get(link)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toBe('no-store')
    const form = parse(page.text).querySelector('form')
    expect(form?.getAttribute('method')).toBe('post')
    expect(form?.getAttribute('action')).toBe(link)
    expect(form?.querySelector('button[type="submit"]')?.text).toMatch(/알림 그만 받기/)
    expect((await world.subscriberAlerts(MAIL.s1))?.enabled).toBe(true)
  })

  test("POSTing the header's URL (one-click) turns alerts off for that reader only; the newsletter stays", async () => {
    const res = await oneClick(optOutPath(MAIL.s1))
    expect(res.status).toBe(200)
    expect(res.text).toMatch(/새 프로그램 알림을 껐습니다/)
    expect(await record(MAIL.s1)).toMatchObject({ status: 'confirmed', programAlerts: { enabled: false } })
    expect((await world.subscriberAlerts(MAIL.s2))?.enabled).toBe(true)
    expect((await world.userAlerts(MAIL.member2))?.enabled).toBe(true)
    // Again: same answer, nothing else changes.
    expect((await oneClick(optOutPath(MAIL.s1))).status).toBe(200)
  })

  test('a member who also subscribed: both records stop alerting, the subscription stays', async () => {
    expect((await oneClick(optOutPath(MAIL.member))).status).toBe(200)
    expect((await world.userAlerts(MAIL.member))?.enabled).toBe(false)
    expect(await record(MAIL.member)).toMatchObject({ status: 'confirmed', programAlerts: { enabled: false } })
  })

  test('the newsletter unsubscribe leaves the alert switch alone (and an unsubscribed reader gets no alerts)', async () => {
    const sub = (await record(MAIL.s2))!
    const unsubscribe = pathOf(recipientLinks(sub.id, { siteUrl: 'http://localhost:3000', secret: world.payload.secret }).unsubscribeUrl)
    expect((await oneClick(unsubscribe)).status).toBe(200)
    expect(await record(MAIL.s2)).toMatchObject({ status: 'unsubscribed', programAlerts: { enabled: true } })

    await world.addProgram('afterOptOuts', world.businesses.a, new Date().toISOString(), { supportField: 'technology', regions: ['nationwide'] })
    const sent = world.sink.messages.length
    await runProgramAlerts(world.payload)
    await world.sink.settled()
    expect(world.sink.messages.slice(sent).map((m) => m.envelopeTo[0])).toEqual([MAIL.member2])
  })

  test('a bad, expired or newsletter token: 400 page, nothing changes', async () => {
    const { secret } = world.payload
    const id = world.users.member2.id
    const expired = createToken({ purpose: 'alerts', subject: `user:${id}`, expiresAt: new Date(Date.now() - 1000) }, secret)
    const newsletterToken = new URL(recipientLinks(id, { siteUrl: 'http://x', secret }).unsubscribeUrl).searchParams.get('token')!
    const noSuchUser = createToken({ purpose: 'alerts', subject: 'user:987654', expiresAt: new Date(Date.now() + 86_400_000) }, secret)
    for (const bad of [expired, newsletterToken, noSuchUser, 'garbage', '']) {
      const path = `/api/alerts/unsubscribe?token=${encodeURIComponent(bad)}`
      for (const res of [await get(path), await oneClick(path)]) {
        expect(res.status, bad).toBe(400)
        expect(res.text).toMatch(/링크가 만료되었거나 올바르지 않습니다/)
      }
    }
    expect((await world.userAlerts(MAIL.member2))?.enabled).toBe(true)
  })
})

describe("the subscriber's preferences page", () => {
  test('has the alert checkbox, bound to programAlerts.enabled and saved with the rest', async () => {
    const sub = await seedSubscriber(world.payload, 'prefs.alerts@example.kr', { status: 'confirmed', interests: { supportFields: ['hr'], regions: [] } })
    const link = pathOf(recipientLinks(sub.id, { siteUrl: 'http://localhost:3000', secret: world.payload.secret }).preferencesUrl)
    const box = async () => parse((await get(link)).text).querySelector('input[name="programAlerts"]')
    const labelled = await box()
    expect(labelled?.parentNode?.text.trim()).toBe('관심 분야의 새 프로그램을 매주 메일로 받기')
    expect(labelled?.hasAttribute('checked')).toBe(false)

    const saved = await postForm(link, [['name', '알림 독자'], ['supportFields', 'hr'], ['programAlerts', 'on']])
    expect(saved.status).toBe(200)
    expect(saved.text).toMatch(/매주 받음/)
    expect(await record('prefs.alerts@example.kr')).toMatchObject({ status: 'confirmed', name: '알림 독자', programAlerts: { enabled: true } })
    expect((await box())?.hasAttribute('checked')).toBe(true)

    // An unticked box is a form saying no; the subscription itself is untouched.
    expect((await postForm(link, [['name', '알림 독자'], ['supportFields', 'hr']])).status).toBe(200)
    expect(await record('prefs.alerts@example.kr')).toMatchObject({ status: 'confirmed', programAlerts: { enabled: false } })
    expect((await postForm(link, [['programAlerts', 'maybe']])).status).toBe(400)
    expect((await record('prefs.alerts@example.kr'))?.name).toBe('알림 독자')
  })

  test('a sign-up may ask for the alert too (JSON programAlerts.enabled)', async () => {
    expect((await subscribeJson({ email: 'signup.alerts@example.kr', programAlerts: { enabled: true } } as never)).status).toBe(202)
    expect(await record('signup.alerts@example.kr')).toMatchObject({ status: 'pending', programAlerts: { enabled: true } })
    expect((await subscribeJson({ email: 'signup.bad@example.kr', programAlerts: 'yes' } as never)).status).toBe(400)
    await confirmationsSettled()
  })
})
