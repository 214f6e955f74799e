/**
 * The links in subscriber e-mails, through Payload's real REST handlers: signed per purpose and
 * expiring (a bad one gets a 400 page and changes nothing), one-click unsubscribe (RFC 8058)
 * behind a page with a button, and the preferences form.
 */
import { parse } from 'node-html-parser'
import { describe, expect, test } from 'vitest'
import { createToken } from '../../kernel/rules/tokens'
import type { Subscriber } from '../../kernel/payload-types'
import { recipientLinks, subscriberLink } from '../../newsletter/links'
import { testConfig } from '../helpers/payload'
import { rawRequest } from '../helpers/rawRest'
import { get, pathOf, postForm, seedSubscriber, subscriberRecord } from '../helpers/subscribers'
import { useTestPayload } from '../helpers/suite'

const suite = useTestPayload()

const record = (email: string): Promise<Subscriber | undefined> => subscriberRecord(suite.payload, email)
const seed = (email: string, data: Partial<Subscriber>) => seedSubscriber(suite.payload, email, data)

describe('signed links', () => {
  test('an expired, altered, unsubscribe-purpose or missing token cannot confirm (400 page), and nothing changes', async () => {
    const sub = await seed('waiting@example.kr', { consentedAt: new Date().toISOString() })
    const secret = suite.payload.secret
    const valid = subscriberLink('confirm', sub.id, { siteUrl: '', secret })
    const token = new URL(valid, 'http://x').searchParams.get('token')!
    const flip = (c: string) => (c === 'A' ? 'B' : 'A')
    // A character inside the signature: the last one of a base64url string may carry only padding
    // bits, so flipping it (A↔B) sometimes decoded to the same bytes and the token stayed valid.
    const at = token.length - 6
    const tampered = `${token.slice(0, at)}${flip(token[at])}${token.slice(at + 1)}`
    const expired = createToken({ purpose: 'confirm', subject: String(sub.id), expiresAt: new Date(Date.now() - 1000) }, secret)
    const otherPurpose = new URL(recipientLinks(sub.id, { siteUrl: 'http://x', secret }).unsubscribeUrl).searchParams.get('token')!
    const noSuchSubscriber = createToken({ purpose: 'confirm', subject: '987654', expiresAt: new Date(Date.now() + 86_400_000) }, secret)
    const foreign = createToken({ purpose: 'confirm', subject: String(sub.id), expiresAt: new Date(Date.now() + 86_400_000) }, 'another-instance')
    for (const bad of [expired, tampered, otherPurpose, noSuchSubscriber, foreign, '', 'garbage']) {
      const res = await get(`/api/subscribers/confirm?token=${encodeURIComponent(bad)}`)
      expect(res.status, bad).toBe(400)
      expect(res.text).toMatch(/링크가 만료되었거나 올바르지 않습니다/)
      expect(res.headers.get('cache-control')).toBe('no-store')
    }
    expect((await get('/api/subscribers/confirm')).status).toBe(400)
    expect(await record('waiting@example.kr')).toMatchObject({ status: 'pending', confirmedAt: null })
    // The untouched link still works.
    expect((await get(valid)).status).toBe(303)
    expect((await record('waiting@example.kr'))?.status).toBe('confirmed')
  })

  test('a confirm link does not bring back an address that unsubscribed after it was sent', async () => {
    const sub = await seed('left@example.kr', { status: 'unsubscribed', unsubscribedAt: new Date().toISOString() })
    const res = await get(subscriberLink('confirm', sub.id, { siteUrl: '', secret: suite.payload.secret }))
    expect(res.status).toBe(400)
    expect((await record('left@example.kr'))?.status).toBe('unsubscribed')
  })
})

describe('unsubscribe (RFC 8058 one-click)', () => {
  test('GET shows a form with a button and changes nothing; POST List-Unsubscribe=One-Click → 200 and unsubscribed; again → same', async () => {
    const sub = await seed('leaving@example.kr', { status: 'confirmed', confirmedAt: new Date().toISOString() })
    const link = pathOf(recipientLinks(sub.id, { siteUrl: 'http://localhost:3000', secret: suite.payload.secret }).unsubscribeUrl)

    const page = await get(link)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    const form = parse(page.text).querySelector('form')
    expect(form?.getAttribute('method')).toBe('post')
    expect(form?.getAttribute('action')).toBe(link)
    expect(form?.querySelector('button[type="submit"]')?.text).toMatch(/구독 해지/)
    expect((await record('leaving@example.kr'))?.status).toBe('confirmed')

    const oneClick = await postForm(link, [['List-Unsubscribe', 'One-Click']])
    expect(oneClick.status).toBe(200)
    expect(oneClick.text).toMatch(/구독이 해지되었습니다/)
    const gone = await record('leaving@example.kr')
    expect(gone?.status).toBe('unsubscribed')
    expect(gone?.unsubscribedAt).toBeTruthy()

    const again = await postForm(link, [['List-Unsubscribe', 'One-Click']])
    expect(again.status).toBe(200)
    expect((await record('leaving@example.kr'))?.unsubscribedAt).toBe(gone?.unsubscribedAt)
  })

  test('one-click as multipart/form-data; a bad token is refused and changes nothing', async () => {
    const sub = await seed('multi.leave@example.kr', { status: 'confirmed' })
    const link = pathOf(recipientLinks(sub.id, { siteUrl: 'http://localhost:3000', secret: suite.payload.secret }).unsubscribeUrl)
    const preferences = pathOf(recipientLinks(sub.id, { siteUrl: 'http://localhost:3000', secret: suite.payload.secret }).preferencesUrl)
    const body = new FormData()
    body.append('List-Unsubscribe', 'One-Click')
    // A preferences token is not an unsubscribe token.
    const wrong = await rawRequest(testConfig(), 'POST', preferences.replace('/preferences', '/unsubscribe'), { body })
    expect(wrong.status).toBe(400)
    expect((await get(preferences.replace('/preferences', '/unsubscribe'))).status).toBe(400)
    expect((await record('multi.leave@example.kr'))?.status).toBe('confirmed')
    const res = await rawRequest(testConfig(), 'POST', link, { body })
    expect(res.status).toBe(200)
    expect((await record('multi.leave@example.kr'))?.status).toBe('unsubscribed')
  })
})

describe('preferences', () => {
  test('GET shows the current name and interests; POST saves; invalid values → 400 and nothing saved', async () => {
    const sub = await seed('prefs@example.kr', { status: 'confirmed', name: '박상생', interests: { supportFields: ['finance'], regions: ['seoul', 'jeju'] } })
    const links = recipientLinks(sub.id, { siteUrl: 'http://localhost:3000', secret: suite.payload.secret })
    const link = pathOf(links.preferencesUrl)

    const page = await get(link)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toBe('no-store')
    const doc = parse(page.text)
    const checked = (name: string) => doc.querySelectorAll(`input[name="${name}"]`).filter((i) => i.hasAttribute('checked')).map((i) => i.getAttribute('value'))
    expect(doc.querySelectorAll('input[name="supportFields"]')).toHaveLength(10)
    expect(doc.querySelectorAll('input[name="regions"]')).toHaveLength(18)
    expect(checked('supportFields')).toEqual(['finance'])
    expect(checked('regions')).toEqual(['seoul', 'jeju'])
    expect(doc.querySelector('#preferences-name')?.getAttribute('value')).toBe('박상생')
    expect(doc.querySelectorAll('fieldset legend').map((l) => l.text)).toEqual([expect.stringMatching(/지원분야/), expect.stringMatching(/지역/)])
    expect(doc.querySelector('form')?.getAttribute('action')).toBe(link)
    // Its unsubscribe link is a working unsubscribe link for the same subscriber.
    const unsubscribeHref = doc.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '').find((h) => h.startsWith('/api/subscribers/unsubscribe?token='))
    expect(unsubscribeHref).toBeTruthy()
    expect((await get(unsubscribeHref!)).status).toBe(200)

    for (const bad of [
      [['name', '박상생'], ['supportFields', 'lottery']],
      [['name', '박\r\nBcc: x@example.kr']],
      [['regions', 'seoul'], ['regions', 'atlantis']],
    ] as [string, string][][]) {
      const res = await postForm(link, bad)
      expect(res.status).toBe(400)
      expect(parse(res.text).querySelector('#preferences-error')?.text).toMatch(/바뀌지 않았습니다/)
    }
    expect(await record('prefs@example.kr')).toMatchObject({ name: '박상생', interests: { supportFields: ['finance'], regions: ['seoul', 'jeju'] } })

    const saved = await postForm(link, [['name', '박누리'], ['supportFields', 'market'], ['supportFields', 'hr'], ['regions', 'busan']])
    expect(saved.status).toBe(200)
    expect(saved.text).toMatch(/구독 설정을 저장했습니다/)
    expect(saved.text).toMatch(/판로지원, 인력지원/)
    expect(await record('prefs@example.kr')).toMatchObject({ status: 'confirmed', name: '박누리', interests: { supportFields: ['market', 'hr'], regions: ['busan'] } })

    // Nothing ticked: no interests.
    expect((await postForm(link, [['name', '']])).status).toBe(200)
    expect(await record('prefs@example.kr')).toMatchObject({ name: null, interests: { supportFields: [], regions: [] } })
  })

  test('a confirm or tampered token cannot open or change preferences', async () => {
    const sub = await seed('prefs2@example.kr', { status: 'confirmed', name: '그대로' })
    const confirmLink = subscriberLink('confirm', sub.id, { siteUrl: '', secret: suite.payload.secret }).replace('/confirm', '/preferences')
    expect((await get(confirmLink)).status).toBe(400)
    expect((await postForm(confirmLink, [['name', '바뀜']])).status).toBe(400)
    expect((await get('/api/subscribers/preferences?token=abc.def')).status).toBe(400)
    expect((await record('prefs2@example.kr'))?.name).toBe('그대로')
  })
})
