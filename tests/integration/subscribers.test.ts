/**
 * Newsletter sign-up end to end through Payload's real REST handlers, with a real SMTP server
 * (the sink) receiving the confirmation e-mail: double opt-in, the same answer for every state
 * of an address, the resend interval, refusal of bad input, the per-IP limit. The links in the
 * e-mails (unsubscribe, preferences, bad tokens) are tested in subscriber-links.test.ts.
 */
import { parse } from 'node-html-parser'
import { afterAll, describe, expect, test } from 'vitest'
import type { Subscriber } from '../../kernel/payload-types'
import { CONFIRMATION_SUBJECT } from '../../newsletter/render/confirmation'
import { CLIENT_IP_HEADER } from '../../kernel/http/clientAddress'
import { confirmationsSettled } from '../../newsletter/subscribe/sendConfirmation'
import { testConfig } from '../helpers/payload'
import { rawRequest } from '../helpers/rawRest'
import type { SinkMessage } from '../helpers/smtpSink'
import { freshIp, get, pathOf, seedSubscriber, subscribeForm, subscribeJson, subscriberCount, subscriberRecord } from '../helpers/subscribers'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload({ smtp: true })
afterAll(async () => {
  await confirmationsSettled()
  // Not one message more than the tests expected, whichever test would have sent it.
  expect(suite.sink.messages.length).toBe(expectedTotal)
})

const record = (email: string): Promise<Subscriber | undefined> => subscriberRecord(suite.payload, email)
const seed = (email: string, data: Partial<Subscriber>) => seedSubscriber(suite.payload, email, data)

/** How many messages the sink should hold by now; checked exactly at the end of the file. */
let expectedTotal = 0

/**
 * Mails to `email`, after the `expected` new ones (across all recipients) have arrived: the
 * sends run after the answer, and the sink parses each message after accepting it.
 */
async function mailsTo(email: string, expected: number): Promise<SinkMessage[]> {
  await confirmationsSettled()
  expectedTotal += expected
  await suite.sink.waitFor(expectedTotal, 10_000)
  await suite.sink.settled()
  return suite.sink.to(email)
}

/** The confirm link of a message, read from its text part and its HTML part; both must agree. */
function confirmLinkOf(message: SinkMessage): string {
  const fromText = /https?:\/\/\S+\/api\/subscribers\/confirm\?token=[\w.%-]+/.exec(message.mail.text ?? '')?.[0]
  const anchors = parse(String(message.mail.html)).querySelectorAll('a').map((a) => a.getAttribute('href') ?? '')
  const fromHtml = anchors.find((href) => href.includes('/api/subscribers/confirm?token='))
  expect(fromText).toBeTruthy()
  expect(fromHtml).toBe(fromText)
  return fromText!
}

const ACCEPTED_STATUS = 202
let acceptedBody: unknown

describe('sign-up and confirmation (double opt-in)', () => {
  test('a new address: 202, one confirmation e-mail with the link in both parts, the link confirms', async () => {
    const email = 'new.reader@example.kr'
    const res = await subscribeJson({ email: `  ${email} `, name: '김상생', interests: { supportFields: ['finance', 'hr'], regions: ['seoul'] } })
    expect(res.status).toBe(ACCEPTED_STATUS)
    acceptedBody = res.json()
    expect(acceptedBody).toEqual({ message: expect.stringMatching(/확인 메일/) })
    expect(res.headers.get('cache-control')).toBe('no-store')

    const pending = await record(email)
    expect(pending).toMatchObject({ status: 'pending', name: '김상생', interests: { supportFields: ['finance', 'hr'], regions: ['seoul'] } })
    expect(pending?.consentedAt).toBeTruthy()
    expect(pending?.confirmationSentAt).toBeTruthy()
    expect(pending?.confirmedAt ?? null).toBeNull()

    const mails = await mailsTo(email, 1)
    expect(mails).toHaveLength(1)
    expect(mails[0].mail.subject).toBe(CONFIRMATION_SUBJECT)
    expect(mails[0].mail.bcc).toBeUndefined()
    const link = confirmLinkOf(mails[0])
    expect(link).not.toContain(encodeURIComponent(email))
    expect(link).not.toContain('example.kr')

    const confirmed = await get(pathOf(link))
    expect(confirmed.status).toBe(303)
    expect(confirmed.headers.get('location')).toBe('/newsletter/thanks/')
    expect(confirmed.headers.get('referrer-policy')).toBe('no-referrer')
    const after = await record(email)
    expect(after).toMatchObject({ status: 'confirmed' })
    expect(after?.confirmedAt).toBeTruthy()

    // A second click is thanked the same way and changes nothing.
    const again = await get(pathOf(link))
    expect(again.status).toBe(303)
    expect(again.headers.get('location')).toBe('/newsletter/thanks/')
    expect((await record(email))?.confirmedAt).toBe(after?.confirmedAt)
  })

  test('the same answer for a new, pending, confirmed and unsubscribed address; no e-mail for the confirmed one', async () => {
    const longAgo = new Date(Date.now() - 3 * 86_400_000).toISOString()
    await seed('pending@example.kr', { confirmationSentAt: new Date(Date.now() - 20 * 60_000).toISOString(), consentedAt: longAgo })
    await seed('confirmed@example.kr', { status: 'confirmed', name: '구독중', confirmedAt: longAgo, confirmationSentAt: longAgo, interests: { supportFields: ['market'], regions: [] } })
    await seed('gone@example.kr', { status: 'unsubscribed', unsubscribedAt: longAgo, consentedAt: longAgo, confirmationSentAt: longAgo })

    const answers = []
    for (const email of ['fresh@example.kr', 'pending@example.kr', 'confirmed@example.kr', 'gone@example.kr']) {
      const res = await subscribeJson({ email, name: '새이름', interests: { supportFields: ['education'] } })
      answers.push({ status: res.status, body: res.text, type: res.headers.get('content-type') })
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1)
    expect(answers[0].status).toBe(202)
    expect(JSON.parse(answers[0].body)).toEqual(acceptedBody)

    expect((await mailsTo('fresh@example.kr', 3)).length).toBe(1)
    expect((await mailsTo('pending@example.kr', 0)).length).toBe(1)
    expect((await mailsTo('gone@example.kr', 0)).length).toBe(1)
    expect((await mailsTo('confirmed@example.kr', 0)).length).toBe(0)

    // A confirmed subscriber's details change only through preferences.
    expect(await record('confirmed@example.kr')).toMatchObject({ status: 'confirmed', name: '구독중', interests: { supportFields: ['market'] } })
    const back = await record('gone@example.kr')
    expect(back).toMatchObject({ status: 'pending', name: '새이름', interests: { supportFields: ['education'] } })
    expect(new Date(back!.consentedAt!).getTime()).toBeGreaterThan(new Date(longAgo).getTime())
    expect((await record('pending@example.kr'))?.consentedAt).toBe(longAgo)
  })

  test('a second sign-up within 10 minutes sends no second e-mail', async () => {
    const email = 'twice@example.kr'
    expect((await subscribeJson({ email })).status).toBe(202)
    const first = await record(email)
    expect((await subscribeJson({ email, name: '두번째' })).status).toBe(202)
    expect((await mailsTo(email, 1)).length).toBe(1)
    const second = await record(email)
    expect(second?.confirmationSentAt).toBe(first?.confirmationSentAt)
    expect(second?.name).toBe('두번째')
  })

  test('a plain HTML form post (no JavaScript): 303 to the check-email page, interests as repeated fields', async () => {
    const email = 'form.reader@example.kr'
    const res = await subscribeForm([['email', email], ['name', '이누리'], ['supportFields', 'technology'], ['supportFields', 'patent'], ['regions', 'busan']])
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/newsletter/check-email/')
    expect(await record(email)).toMatchObject({ status: 'pending', name: '이누리', interests: { supportFields: ['technology', 'patent'], regions: ['busan'] } })
    expect((await mailsTo(email, 1)).length).toBe(1)
    // A confirmed address posted by a form gets the same redirect.
    const confirmed = await subscribeForm([['email', 'confirmed@example.kr']])
    expect(confirmed.status).toBe(303)
    expect(confirmed.headers.get('location')).toBe('/newsletter/check-email/')
  })

  test('multipart/form-data is read too', async () => {
    const body = new FormData()
    body.append('email', 'multipart@example.kr')
    body.append('regions', 'jeju')
    const res = await rawRequest(testConfig(), 'POST', '/api/subscribers/subscribe', { headers: { [CLIENT_IP_HEADER]: freshIp() }, body })
    expect(res.status).toBe(303)
    expect(await record('multipart@example.kr')).toMatchObject({ interests: { regions: ['jeju'] } })
    expect((await mailsTo('multipart@example.kr', 1)).length).toBe(1)
  })
})

describe('bad input changes nothing', () => {
  test.each([
    ['header injection in the address', { email: 'a@b.c\r\nBcc: x@y' }],
    ['header injection with a real domain', { email: 'victim@example.kr\nBcc: many@example.kr' }],
    ['not an address', { email: 'not-an-address' }],
    ['two @', { email: 'a@b@example.kr' }],
    ['no address at all', {}],
    ['header injection in the name', { email: 'named@example.kr', name: '김\r\nBcc: x@example.kr' }],
    ['a name over 50 characters', { email: 'named@example.kr', name: '가'.repeat(51) }],
    ['an unknown interest', { email: 'named@example.kr', interests: { regions: ['mars'] } }],
    ['an array as the address', { email: ['named@example.kr'] }],
  ])('%s → 400 with a Korean message, no record, no e-mail', async (_why, body) => {
    const [count, mails] = [await subscriberCount(suite.payload), suite.sink.messages.length]
    const res = await subscribeJson(body)
    expect(res.status).toBe(400)
    expect(res.json().errors[0].message).toMatch(/[가-힣]/)
    expect(await subscriberCount(suite.payload)).toBe(count)
    await confirmationsSettled()
    expect(suite.sink.messages.length).toBe(mails)
  })

  test('a body that is not JSON → 400', async () => {
    const res = await subscribeJson('{"email": ')
    expect(res.status).toBe(400)
  })

  test('a form post with an injected header gets a Korean page with a way back, status 400', async () => {
    const count = await subscriberCount(suite.payload)
    const res = await subscribeForm([['email', 'x@example.kr\r\nBcc: y@example.kr']])
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const page = parse(res.text)
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('ko')
    expect(page.querySelector('h1')?.text).toMatch(/구독 신청을 처리하지 못했습니다/)
    expect(page.querySelector('.notice')?.text).toMatch(/이메일 주소/)
    expect(page.querySelector('a[href^="/newsletter/"]')).toBeTruthy()
    expect(await subscriberCount(suite.payload)).toBe(count)
  })
})

describe('sign-up limit per client IP', () => {
  test('the 6th sign-up from one IP within 10 minutes → 429, nothing recorded; another IP goes on', async () => {
    const ip = '203.0.113.77'
    for (let i = 1; i <= 5; i++) expect((await subscribeJson({ email: `burst${i}@example.kr` }, ip)).status).toBe(202)
    const sixth = await subscribeJson({ email: 'burst6@example.kr' }, ip)
    expect(sixth.status).toBe(429)
    expect(sixth.json().errors[0].message).toMatch(/10분/)
    expect(await record('burst6@example.kr')).toBeUndefined()
    const asForm = await subscribeForm([['email', 'burst7@example.kr']], ip)
    expect(asForm.status).toBe(429)
    expect(asForm.text).toMatch(/잠시 후 다시 시도해 주세요/)
    expect((await subscribeJson({ email: 'burst6@example.kr' }, '203.0.113.78')).status).toBe(202)
    expect((await mailsTo('burst6@example.kr', 6)).length).toBe(1)
    expect(suite.sink.to('burst7@example.kr')).toHaveLength(0)
  })
})
