/**
 * Newsletter subscription as a reader meets it, on the real `npm start` server without SMTP
 * (messages go to <dataDir>/outbox as .eml): the sign-up form with JavaScript off, the
 * confirmation e-mail's link, preferences, the unsubscribe button, axe-core (WCAG 2.2 AA rules)
 * on every page of the flow at phone and desktop widths, and the per-IP limit behind Express.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, test } from 'vitest'
import { recipientLinks } from '../../newsletter/links'
import { axeViolations } from '../helpers/axe'
import { screenshotOnFailure } from '../helpers/browser'
import { bootBrowserSuite } from '../helpers/browserSuite'
import { outboxTo } from '../helpers/outbox'

const ADDRESS = 'browser.reader@example.kr'
const PASSWORD = 'winwin-demo-1234'

/** Links of the subscriber the flow creates, as paths on the test suite.server. */
const links = { confirm: '', preferences: '', unsubscribe: '' }

const suite = bootBrowserSuite({ env: { SMTP_URL: '', SITE_URL: '' } })

beforeAll(async () => {
  // No SMTP_URL: the server writes every message to its outbox, which the test reads.
})

const pathOf = (url: string) => { const u = new URL(url); return `${u.pathname}${u.search}` }

async function rest(method: string, url: string, token?: string, body?: unknown) {
  const res = await fetch(`${suite.server.url}${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: await res.json().catch(() => ({})) }
}

async function subscriberRecord(email: string) {
  const { body: login } = await rest('POST', '/api/users/login', undefined, { email: 'editor@winwinnuri.test', password: PASSWORD })
  const { body } = await rest('GET', `/api/subscribers?depth=0&where[email][equals]=${encodeURIComponent(email)}`, login.token)
  return body.docs?.[0]
}

/**
 * Preferences and unsubscribe links as the sender makes them, with the secret the server signs
 * with. Payload keeps a hash of the configured secret as payload.secret (its constructor:
 * sha256, hex, first 32 characters); both candidates are tried so the test does not depend on
 * that detail, and the one the server accepts is kept.
 */
async function linksFor(id: string | number): Promise<{ preferences: string; unsubscribe: string }> {
  const configured = fs.readFileSync(path.join(suite.server.dataDir, '.secret'), 'utf8').trim()
  const candidates = [crypto.createHash('sha256').update(configured).digest('hex').slice(0, 32), configured]
  for (const secret of candidates) {
    const made = recipientLinks(id, { siteUrl: suite.server.url, secret })
    if ((await fetch(made.preferencesUrl)).status === 200) return { preferences: pathOf(made.preferencesUrl), unsubscribe: pathOf(made.unsubscribeUrl) }
  }
  throw new Error('the server accepted no preferences link made with its secret')
}

describe('subscribing without JavaScript', () => {
  test('sign up on /newsletter/, confirm from the e-mail, change preferences, unsubscribe', async () => {
    const context = await suite.browser.browser.newContext({ javaScriptEnabled: false, locale: 'ko-KR' })
    const page = await context.newPage()
    screenshotOnFailure(page, 'subscribe')

    await page.goto(`${suite.server.url}/newsletter/`)
    await page.fill('#subscribe-email', ADDRESS)
    await page.fill('#subscribe-name', '브라우저 독자')
    await page.check('#subscribe-alerts')
    await page.click('.subscribe__form button[type="submit"]')
    await page.waitForURL(`${suite.server.url}/newsletter/check-email/`)
    expect(await page.locator('h1').innerText()).toBe('확인 메일을 보냈습니다')

    const [mail] = await outboxTo(suite.server.dataDir, ADDRESS)
    expect(mail.subject).toMatch(/구독/)
    const confirmUrl = /https?:\/\/\S+\/api\/subscribers\/confirm\?token=[\w.%-]+/.exec(mail.text ?? '')?.[0]
    expect(confirmUrl).toBeTruthy()
    expect(String(mail.html)).toContain(confirmUrl)
    links.confirm = pathOf(confirmUrl!)
    expect((await subscriberRecord(ADDRESS))?.status).toBe('pending')

    await page.goto(`${suite.server.url}${links.confirm}`)
    await page.waitForURL(`${suite.server.url}/newsletter/thanks/`)
    expect(await page.locator('h1').innerText()).toBe('구독해 주셔서 감사합니다')
    const confirmed = await subscriberRecord(ADDRESS)
    expect(confirmed?.status).toBe('confirmed')
    expect(confirmed?.programAlerts?.enabled, 'the sign-up form’s alert box').toBe(true)

    Object.assign(links, await linksFor(confirmed.id))
    await page.goto(`${suite.server.url}${links.preferences}`)
    expect(await page.locator('h1').innerText()).toBe('소식지 구독 설정')
    expect(await page.inputValue('#preferences-name')).toBe('브라우저 독자')
    await page.getByLabel('기술지원').check()
    await page.getByLabel('판로지원').check()
    await page.getByLabel('부산').check()
    await page.fill('#preferences-name', '브라우저 구독자')
    await page.click('.preferences-form button[type="submit"]')
    await page.locator('h1', { hasText: '구독 설정을 저장했습니다' }).waitFor()
    expect(await page.locator('.facts').innerText()).toMatch(/기술지원, 판로지원/)
    expect(await subscriberRecord(ADDRESS)).toMatchObject({ name: '브라우저 구독자', interests: { supportFields: ['technology', 'market'], regions: ['busan'] }, programAlerts: { enabled: true } })

    // The form shows what was saved.
    await page.goto(`${suite.server.url}${links.preferences}`)
    expect(await page.getByLabel('기술지원').isChecked()).toBe(true)
    expect(await page.getByLabel('금융지원').isChecked()).toBe(false)

    await page.goto(`${suite.server.url}${links.unsubscribe}`)
    expect((await subscriberRecord(ADDRESS))?.status).toBe('confirmed')
    await page.click('button:has-text("구독 해지하기")')
    await page.locator('h1', { hasText: '구독이 해지되었습니다' }).waitFor()
    const gone = await subscriberRecord(ADDRESS)
    expect(gone?.status).toBe('unsubscribed')
    expect(gone?.unsubscribedAt).toBeTruthy()
    await context.close()
  })

  test('token pages are not cached and send no Referer', async () => {
    for (const url of [links.preferences, links.unsubscribe, '/api/subscribers/confirm?token=expired.or.bad']) {
      const res = await fetch(`${suite.server.url}${url}`, { redirect: 'manual' })
      expect(res.headers.get('cache-control'), url).toBe('no-store')
      expect(res.headers.get('referrer-policy'), url).toBe('no-referrer')
    }
  })
})

describe('accessibility (axe-core, WCAG 2.2 AA) on every page of the subscription flow', () => {
  for (const width of [360, 1280]) {
    test(`no violations at ${width} px`, async () => {
      expect(links.preferences, 'the flow test runs first').toBeTruthy()
      const page = await suite.browser.context.newPage()
      screenshotOnFailure(page, 'subscribe')
      await page.setViewportSize({ width, height: 900 })
      const violations: string[] = []
      const check = async (label: string) => violations.push(...(await axeViolations(page, `${label} (${width} px)`)))

      for (const [label, url] of [
        ['check-email', '/newsletter/check-email/'],
        ['thanks', '/newsletter/thanks/'],
        ['bad link', '/api/subscribers/confirm?token=expired.or.bad'],
        ['unsubscribe form', links.unsubscribe],
        ['preferences form', links.preferences],
      ]) {
        await page.goto(`${suite.server.url}${url}`)
        await check(label)
      }
      // Pages that answer a post: saving preferences, unsubscribing (again: it is idempotent),
      // and a sign-up the server refuses (an address the browser's own check lets through).
      await page.goto(`${suite.server.url}${links.preferences}`)
      await page.click('.preferences-form button[type="submit"]')
      await page.locator('h1', { hasText: '구독 설정을 저장했습니다' }).waitFor()
      await check('preferences saved')
      await page.goto(`${suite.server.url}${links.unsubscribe}`)
      await page.click('button:has-text("구독 해지하기")')
      await page.locator('h1', { hasText: '구독이 해지되었습니다' }).waitFor()
      await check('unsubscribed')
      await page.goto(`${suite.server.url}/newsletter/`)
      await page.fill('#subscribe-email', 'someone@localhost')
      await page.click('.subscribe__form button[type="submit"]')
      await page.locator('h1', { hasText: '구독 신청을 처리하지 못했습니다' }).waitFor()
      await check('sign-up refused')

      expect(violations).toEqual([])
      await page.close()
    })
  }
})

describe('the sign-up limit behind Express', () => {
  test('a client cannot dodge the per-IP limit by sending its own client-IP header', async () => {
    // One sign-up from this machine already happened in the flow above; the limit is 5 per 10 minutes.
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${suite.server.url}/api/subscribers/subscribe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-winwinnuri-client-ip': `198.51.100.${i}` },
        body: JSON.stringify({ email: `limit${i}@example.kr` }),
      })
      statuses.push(res.status)
    }
    expect(statuses).toEqual([202, 202, 202, 202, 429])
  })
})

describe('the data folder after a start, a demo seed, a site build and mail in the outbox', () => {
  test('nothing in it can be read by another user: folders 0700, files 0600', async () => {
    const readable: string[] = []
    const seen = new Set<string>()
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name)
        if (entry.isSymbolicLink()) continue // data/site points into site-builds, which is walked
        const mode = fs.statSync(file).mode & 0o777
        seen.add(path.relative(suite.server.dataDir, file).split(path.sep)[0])
        if (mode & 0o077) readable.push(`${path.relative(suite.server.dataDir, file)} ${mode.toString(8)}`)
        if (entry.isDirectory()) walk(file)
      }
    }
    expect(fs.statSync(suite.server.dataDir).mode & 0o777).toBe(0o700)
    walk(suite.server.dataDir)
    // What the check must have looked at: the database, the secret, the outbox, the site builds.
    expect([...seen]).toEqual(expect.arrayContaining(['winwinnuri.db', '.secret', 'outbox', 'site-builds']))
    expect(readable).toEqual([])
  })
})
