/**
 * Company membership (issue 12) as people meet it, on the real `npm start` server with the demo
 * data, in Debian's Chromium: a colleague of (주)한빛정밀 signs up and is told the request waits;
 * sme@ (its 기업 담당자) opens the e-mail's link, sees who asked and confirms with the button; a
 * second request is declined on /my/; a person who asks to join 한국수자원공사 (no 담당자) is
 * confirmed by admin@ from the dashboard's 소속 승인 요청 in the admin. Each page is checked with
 * axe-core, and screenshots are written to the temp folder.
 */
import os from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { adminLogin } from '../helpers/admin'
import { axeViolations } from '../helpers/axe'
import { screenshotOnFailure } from '../helpers/browser'
import { bootBrowserSuite } from '../helpers/browserSuite'
import { outboxTo } from '../helpers/outbox'
import { DEMO_PASSWORD } from '../../seed/data/users'

const suite = bootBrowserSuite()
const NEW_PASSWORD = 'colleague-pass-1'

async function newPage(width = 1280): Promise<{ context: BrowserContext; page: Page }> {
  const context = await suite.browser.browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul', viewport: { width, height: 900 } })
  const page = await context.newPage()
  screenshotOnFailure(page, 'membership', () => suite.server.output().slice(-3000))
  return { context, page }
}

/** The whole page, and what the first screen shows (to look at before calling a screen done). */
async function shoot(page: Page, name: string) {
  await page.screenshot({ path: path.join(os.tmpdir(), `membership-${name}.png`), fullPage: true })
  await page.screenshot({ path: path.join(os.tmpdir(), `membership-${name}-first-screen.png`) })
}

/** 기업검색 → 이 기업으로 가입 → 회원정보 입력 → 가입하기, as a visitor does. */
async function signUpFor(page: Page, companyName: string, name: string, email: string) {
  await page.goto(`${suite.server.url}/join/?q=${encodeURIComponent(companyName)}`)
  await page.locator('table.company-search tr', { hasText: companyName }).locator('a:has-text("이 기업으로 가입")').click()
  await page.fill('#f-name', name)
  await page.fill('#f-email', email)
  await page.fill('#f-password', NEW_PASSWORD)
  await page.fill('#f-passwordConfirm', NEW_PASSWORD)
  await page.check('#f-consent')
  await page.click('button:has-text("가입하기")')
  await page.waitForURL((url) => url.pathname === '/my/')
}

async function signInOnSite(page: Page, email: string, next = '/my/') {
  await page.goto(`${suite.server.url}/login/?next=${encodeURIComponent(next)}`)
  await page.fill('#f-email', email)
  await page.fill('#f-password', DEMO_PASSWORD)
  await page.click('form button[type=submit]')
  await page.waitForURL((url) => url.pathname === next)
}

describe('joining (주)한빛정밀: the 기업 담당자 confirms by the e-mail link', () => {
  test('the newcomer reads that the request waits, sees recommendations and no 신청하기', async () => {
    const { context, page } = await newPage(360)
    await signUpFor(page, '(주)한빛정밀', '한빛 신입', 'hanbit.new@example.kr')
    const notice = page.locator('#membership-pending')
    expect(await notice.innerText()).toContain('(주)한빛정밀 소속 승인을 기다리고 있습니다')
    expect(await page.locator('.member-summary').innerText()).toContain('승인 대기')
    expect(await page.locator('#recommended h2').innerText()).toMatch(/추천 프로그램 \d+건/)
    expect(await page.locator('#recommended a:has-text("신청하기")').count()).toBe(0)
    expect(await axeViolations(page, 'my, waiting (360 px)')).toEqual([])
    await shoot(page, 'my-waiting-360')
    await context.close()
  })

  test('sme@ opens the link from the e-mail: who asked, 승인 / 거절; 승인 confirms and says so', async () => {
    const [mail] = await outboxTo(suite.server.dataDir, 'sme@winwinnuri.test')
    expect(mail.subject).toBe('[상생누리] 소속 승인 요청: (주)한빛정밀')
    const link = /href="(https?:\/\/[^"]+\/my\/members\/[^/"]+\/)"/.exec(String(mail.html))?.[1]
    expect(link).toBeDefined()
    const { context, page } = await newPage()
    // Signed out, the link leads through sign-in and back to the request.
    await page.goto(`${suite.server.url}${new URL(link!).pathname}`)
    expect(new URL(page.url()).pathname).toBe('/login/')
    await signInOnSite(page, 'sme@winwinnuri.test', new URL(link!).pathname)
    expect(await page.locator('h1').innerText()).toBe('소속 승인 요청')
    expect(await page.locator('.facts').innerText()).toContain('hanbit.new@example.kr')
    expect(await axeViolations(page, 'membership decision')).toEqual([])
    await shoot(page, 'decision-1280')
    await page.click('button:has-text("승인")')
    await page.waitForURL((url) => url.pathname === '/my/' && url.search === '?membership=confirmed')
    expect(await page.locator('[role="status"]').first().innerText()).toContain('소속을 승인했습니다')
    expect(await page.title()).toContain('소속 승인 완료')
    await context.close()

    const newcomer = await newPage()
    await newcomer.page.goto(`${suite.server.url}/login/`)
    await newcomer.page.fill('#f-email', 'hanbit.new@example.kr')
    await newcomer.page.fill('#f-password', NEW_PASSWORD)
    await newcomer.page.click('form button[type=submit]')
    await newcomer.page.waitForURL((url) => url.pathname === '/my/')
    expect(await newcomer.page.locator('#membership-pending').count()).toBe(0)
    expect(await newcomer.page.locator('.member-summary').innerText()).not.toContain('승인 대기')
    const [answer] = await outboxTo(suite.server.dataDir, 'hanbit.new@example.kr')
    expect(answer.subject).toBe('[상생누리] 소속 승인: (주)한빛정밀')
    await newcomer.context.close()
  })

  test('a second request shows on sme@’s /my/ with 승인 and 거절; 거절 removes it', async () => {
    const visitor = await newPage()
    await signUpFor(visitor.page, '(주)한빛정밀', '모르는 사람', 'stranger@example.kr')
    await visitor.context.close()
    const { context, page } = await newPage(360)
    await signInOnSite(page, 'sme@winwinnuri.test')
    const section = page.locator('#membership')
    expect(await section.locator('h2').innerText()).toBe('소속 승인 요청 1건')
    expect(await section.innerText()).toContain('stranger@example.kr')
    expect(await axeViolations(page, 'my, manager with a request (360 px)')).toEqual([])
    await shoot(page, 'my-manager-360')
    await section.locator('button:has-text("거절")').click()
    await page.waitForURL((url) => url.search === '?membership=declined')
    expect(await page.locator('[role="status"]').first().innerText()).toContain('소속 요청을 거절했습니다')
    expect(await page.locator('#membership').count()).toBe(0)
    await context.close()
  })
})

describe('a company without a 담당자: the platform admin confirms in the admin', () => {
  test('dashboard 소속 승인 요청 → the account → 승인; the company is set and the notice gone', async () => {
    const visitor = await newPage()
    await signUpFor(visitor.page, '한국수자원공사', '수자원 신입', 'kwater.new@example.kr')
    await visitor.context.close()
    const [mail] = await outboxTo(suite.server.dataDir, 'admin@winwinnuri.test')
    expect(mail.subject).toBe('[상생누리] 소속 승인 요청: 한국수자원공사')

    const { context, page } = await newPage()
    await adminLogin(page, suite.server.url, 'admin@winwinnuri.test')
    const chip = page.locator('a', { hasText: '소속 승인 요청' }).first()
    expect(await chip.innerText()).toMatch(/소속 승인 요청\s*1/)
    await chip.click()
    await page.waitForURL((url) => url.pathname === '/admin/collections/users')
    await page.locator('table tbody tr', { hasText: 'kwater.new@example.kr' }).locator('a').first().click()
    const notice = page.locator('.winwin-membership')
    await notice.waitFor()
    expect(await notice.innerText()).toContain('수자원 신입 님이 한국수자원공사 소속을 요청했습니다')
    expect(await notice.innerText()).toContain('대기업·공공기관에는 기업 담당자가 없어 상생누리 관리자가 확인합니다')
    await shoot(page, 'admin-request-1280')
    await notice.locator('button:has-text("승인")').click()
    await expect.poll(() => notice.locator('[role="status"]').innerText().catch(() => ''), { timeout: 10_000 })
      .toBe('수자원 신입 님을 한국수자원공사 소속으로 승인했습니다.')
    await page.waitForLoadState('load')
    await expect.poll(() => page.locator('.winwin-membership').count(), { timeout: 20_000 }).toBe(0)
    // After the reload the form shows the new 소속 기업 (the relationship's label arrives after the page).
    await expect.poll(() => page.locator('#field-company').innerText(), { timeout: 20_000 }).toContain('한국수자원공사')
    expect(await page.locator('#field-pendingCompany').innerText()).not.toContain('한국수자원공사')
    await shoot(page, 'admin-confirmed-1280')
    await context.close()
  })
})
