import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { expect, onTestFailed, test } from 'vitest'
import { kstToday } from '../../kernel/rules/dates'
import { adminLogin, saveDocument } from '../helpers/admin'
import { bootBrowserSuite } from '../helpers/browserSuite'

const MONTH = kstToday().slice(0, 7)
const TITLE = `${MONTH} 상생누리 소식 (브라우저 테스트)`
const EDITED_TITLE = `${MONTH} 상생누리 소식 (수정본)`
const TEST_ADDRESS = 'newsletter-tester@example.kr'


const suite = bootBrowserSuite()

/** Waits until the preview frame's own document (same origin) holds `text`; returns its HTML. */
async function frameHtmlWith(frame: Locator, text: string): Promise<string> {
  let html = ''
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    html = await frame.evaluate((el) => (el as HTMLIFrameElement).contentDocument?.documentElement?.outerHTML ?? '')
    if (html.includes(text)) return html
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`the preview never showed "${text}"; last HTML:\n${html.slice(0, 2000)}`)
}

const widthOf = (frame: Locator) => frame.evaluate((el) => Math.round(el.getBoundingClientRect().width))

/** The raw .eml messages in the server's outbox addressed to `address`. */
function outboxMessagesTo(address: string): string[] {
  const dir = path.join(suite.server.dataDir, 'outbox')
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.eml'))
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
    .filter((raw) => new RegExp(`^To:.*${address.replace(/[.]/g, '\\.')}`, 'mi').test(raw))
}

/** The demo's subscribers, read through the REST API with the editor's cookie. */
async function subscribers(page: Page): Promise<{ email: string; status: string }[]> {
  const res = await page.request.get(`${suite.server.url}/api/subscribers?limit=100&depth=0`)
  expect(res.status()).toBe(200)
  return ((await res.json()) as { docs: { email: string; status: string }[] }).docs
}

test('an editor creates this month\'s issue, previews it at desktop and phone widths, sends a test, then sends it to every confirmed subscriber', async () => {
  const page = await suite.browser.context.newPage()
  onTestFailed(async () => {
    const shot = path.join(os.tmpdir(), `winwinnuri-newsletter-failure-${Date.now()}.png`)
    await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined)
    console.error(`screenshot: ${shot}\nserver output:\n${suite.server.output().slice(-4000)}`)
  })
  await adminLogin(page, suite.server.url, 'editor@winwinnuri.test')

  await page.goto(`${suite.server.url}/admin/collections/newsletters/create`)
  await page.locator('#field-title').waitFor()
  // Nothing to preview or send before the first save.
  const panel = page.getByTestId('newsletter-send-panel')
  await expect.poll(() => panel.innerText()).toContain('먼저 저장')
  expect(await panel.locator('iframe').count()).toBe(0)

  await page.fill('#field-issueMonth', MONTH)
  await page.fill('#field-title', TITLE)
  await page.fill('#field-intro', '이번 달 상생누리 소식을 전해 드립니다.')
  await saveDocument(page)
  await page.waitForURL(/\/admin\/collections\/newsletters\/[^/]+$/)
  expect(page.url()).not.toMatch(/\/create$/)

  // Desktop first: a 680 px frame showing the rendered issue.
  const frame = panel.locator('iframe')
  await frame.waitFor()
  const desktop = panel.getByRole('button', { name: /데스크톱/ })
  const phone = panel.getByRole('button', { name: /휴대폰/ })
  expect(await desktop.getAttribute('aria-pressed')).toBe('true')
  expect(await phone.getAttribute('aria-pressed')).toBe('false')
  expect(await frame.getAttribute('title')).toMatch(/미리보기.*데스크톱/)
  expect(await widthOf(frame)).toBe(680)
  const html = await frameHtmlWith(frame, TITLE)
  expect(html).toMatch(/<html[^>]*\blang="ko"/)

  // Phone: 375 px, same issue, and the mail fits without scrolling sideways.
  await phone.press('Enter')
  expect(await phone.getAttribute('aria-pressed')).toBe('true')
  expect(await desktop.getAttribute('aria-pressed')).toBe('false')
  expect(await widthOf(frame)).toBe(375)
  expect(await frame.getAttribute('title')).toMatch(/휴대폰/)
  await frameHtmlWith(frame, TITLE)
  const overflow = await frame.evaluate((el) => {
    const doc = (el as HTMLIFrameElement).contentDocument!.documentElement
    return doc.scrollWidth - doc.clientWidth
  })
  expect(overflow).toBeLessThanOrEqual(0)

  // The plain-text part, with the editor's cookie.
  const textHref = await panel.getByRole('link', { name: '텍스트 버전 열기' }).getAttribute('href')
  const textRes = await page.request.get(new URL(textHref!, suite.server.url).href)
  expect(textRes.status()).toBe(200)
  expect(textRes.headers()['content-type']).toBe('text/plain; charset=utf-8')
  expect(await textRes.text()).toContain(TITLE)

  // Saving again refreshes the preview.
  await page.fill('#field-title', EDITED_TITLE)
  await saveDocument(page)
  await frameHtmlWith(frame, EDITED_TITLE)

  // A test message: the server's Korean answer in the live region, an .eml in the outbox.
  await panel.getByLabel('받는 이메일 주소').fill(TEST_ADDRESS)
  await panel.getByRole('button', { name: '테스트 발송' }).click()
  const result = panel.getByTestId('newsletter-test-result')
  await expect.poll(() => result.innerText(), { timeout: 30_000 }).toMatch(/[가-힣]/)
  expect(await result.getAttribute('aria-live')).toBe('polite')
  expect(await result.getAttribute('data-outcome')).toBe('success')
  await expect.poll(() => outboxMessagesTo(TEST_ADDRESS).length, { timeout: 30_000 }).toBe(1)

  // The send: confirmed after a dialog that names how many, followed live in 발송 현황.
  const readers = await subscribers(page)
  const confirmed = readers.filter((r) => r.status === 'confirmed')
  expect(confirmed.length).toBeGreaterThan(0)
  let question = ''
  page.once('dialog', (dialog) => {
    question = dialog.message()
    void dialog.accept()
  })
  await panel.getByRole('button', { name: '발송하기' }).click()
  await expect.poll(() => panel.getByTestId('newsletter-status').innerText(), { timeout: 60_000 }).toBe('발송완료')
  expect(question).toContain(`${confirmed.length}명`)
  const count = (key: string) => panel.locator(`[data-count="${key}"] dd`).innerText()
  await expect.poll(() => count('sent'), { timeout: 30_000 }).toBe(String(confirmed.length))
  expect(await count('recipients')).toBe(String(confirmed.length))
  for (const key of ['pending', 'sending', 'failed', 'unknown', 'dropped']) expect(await count(key), key).toBe('0')
  expect(await panel.getByLabel(/발송 진행률/).getAttribute('value')).toBe(String(confirmed.length))
  expect(await panel.getByRole('button', { name: '발송하기' }).count()).toBe(0)
  for (const reader of readers) expect(outboxMessagesTo(reader.email).length, reader.email).toBe(reader.status === 'confirmed' ? 1 : 0)
  const [delivered] = outboxMessagesTo(confirmed[0].email)
  expect(delivered).toMatch(/^List-Unsubscribe:\s+<http:\/\/[^>]+\/api\/subscribers\/unsubscribe\?token=[\w.-]+>/m)
  expect(delivered).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m)

  // Sending rebuilt the site: the web edition is live and listed in the archive.
  const live = async (url: string) => {
    const res = await fetch(`${suite.server.url}${url}`)
    return res.status === 200 ? res.text() : ''
  }
  await expect.poll(() => live(`/newsletter/${MONTH}/`), { timeout: 120_000 }).toContain(EDITED_TITLE)
  expect(await live('/newsletter/')).toContain(`/newsletter/${MONTH}/`)

  // The form took the server's status, so a later correction saves without a status error.
  expect(await page.locator('#field-status').innerText()).toContain('발송완료')
  await page.fill('#field-intro', '이번 달 상생누리 소식을 전해 드립니다. (오탈자 수정)')
  await saveDocument(page)
})
