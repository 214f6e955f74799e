/**
 * A new SME signs up the way the guide describes, in Chromium with JavaScript off, on the real
 * `npm start` server with the demo data: 기업검색 finds nothing, 기업등록 with 중복확인 and
 * 주거래기업 두산중공업, lands signed in on /my/ and sees 두산중공업's 협력사 program among its
 * recommendations. Then axe-core (WCAG 2.2 AA) on every sign-in, sign-up and member page, at
 * phone and desktop widths, without sideways scrolling.
 */
import crypto from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, onTestFailed, test } from 'vitest'
import { completeBizRegNo, formatBizRegNo } from '../../cms/domain/bizRegNo'
import { axeViolations } from '../helpers/axe'
import { launchBrowser } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'

const EMAIL = `founder.${crypto.randomBytes(3).toString('hex')}@example.kr`
/** The demo member (SPEC "Demo accounts"): an SME whose main partner is 두산중공업, with applications. */
const DEMO_MEMBER = { email: 'sme@winwinnuri.test', password: 'winwin-demo-1234' }
const PASSWORD = 'saessak-pass-2026'
const BIZ_REG_NO = formatBizRegNo(completeBizRegNo(`22088${String(crypto.randomInt(10_000)).padStart(4, '0')}`))

let server: RunningServer
let browser: Awaited<ReturnType<typeof launchBrowser>>
let doosanId = ''

beforeAll(async () => {
  server = await startServer()
  browser = await launchBrowser()
  const res = await fetch(`${server.url}/api/companies?depth=0&where[name][equals]=${encodeURIComponent('두산중공업')}`)
  doosanId = String((await res.json()).docs[0].id)
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

function screenshotOnFailure(page: Page) {
  onTestFailed(async () => {
    const shot = path.join(os.tmpdir(), `winwinnuri-member-signup-failure-${Date.now()}.png`)
    await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined)
    console.error(`screenshot: ${shot}`)
  })
}

describe('a new SME signs up without JavaScript', () => {
  test('기업검색 → 기업등록 (중복확인) → /my/ with 두산중공업’s 협력사 program recommended', async () => {
    const context = await browser.browser.newContext({ javaScriptEnabled: false, locale: 'ko-KR', timezoneId: 'Asia/Seoul', reducedMotion: 'reduce' })
    const page = await context.newPage()
    screenshotOnFailure(page)

    await page.goto(`${server.url}/join/`)
    await page.fill('#f-q', '새싹로보틱스')
    await page.click('button:has-text("기업검색")')
    await page.locator('text=검색된 기업이 없습니다').waitFor()
    await page.click('a:has-text("찾는 기업이 없나요? 기업등록")')
    await page.waitForURL(`${server.url}/join/company/`)

    const [a, b, c] = BIZ_REG_NO.split('-')
    await page.getByLabel('앞 3자리').fill(a)
    await page.getByLabel('가운데 2자리').fill(b)
    await page.getByLabel('뒤 5자리').fill(c)
    await page.fill('#f-companyName', '주식회사 새싹로보틱스')
    await page.click('button:has-text("중복확인")')
    expect(await page.locator('#f-bizRegNo-answer').innerText()).toContain('사용할 수 있는 사업자등록번호입니다')
    expect(await page.inputValue('#f-companyName')).toBe('주식회사 새싹로보틱스')

    await page.fill('#f-ceoName', '김새싹')
    await page.fill('#f-postcode', '51497')
    await page.fill('#f-line1', '경상남도 창원시 성산구 중앙대로 151')
    await page.fill('#f-homepage', 'https://saessak-robotics.example.kr')
    await page.selectOption('#f-category', 'sme')
    await page.selectOption('#f-industry', 'C')
    await page.fill('#f-industryDetail', '산업용 로봇 제조업')
    await page.selectOption('#f-partnerCompany1', doosanId)
    await page.selectOption('#f-partnerTier1', 'tier1')
    await page.fill('#f-name', '김새싹')
    await page.fill('#f-email', EMAIL)
    await page.fill('#f-password', PASSWORD)
    await page.fill('#f-passwordConfirm', PASSWORD)
    await page.getByLabel('개인정보 수집·이용에 동의합니다.').check()
    await page.click('button:has-text("기업등록하고 가입하기")')

    await page.waitForURL(`${server.url}/my/?welcome=1`)
    expect(await page.locator('h1').innerText()).toBe('마이페이지')
    expect(await page.locator('.member-summary__hello').innerText()).toBe('안녕하세요 김새싹 님 환영합니다. 일반회원')
    const titles = await page.locator('#recommended .program-card__title').allInnerTexts()
    const partnersCourse = titles.find((t) => t.includes('협력사 품질관리 실무 과정'))
    expect(partnersCourse, titles.join('\n')).toBeTruthy()
    const card = page.locator('#recommended .program-card', { hasText: '협력사 품질관리 실무 과정' })
    expect(await card.locator('.program-card__company').innerText()).toBe('두산중공업')
    expect(await card.locator('a:has-text("신청하기")').count()).toBe(1)
    expect(await page.locator('.member-counters').innerText()).toContain(`추천 프로그램 ${titles.length}건`)
    await context.close()
  })
})

describe('accessibility (axe-core, WCAG 2.2 AA) of the member pages', () => {
  for (const width of [360, 1280]) {
    test(`no violations at ${width} px`, async () => {
      const context = await browser.browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul', viewport: { width, height: 900 } })
      const page = await context.newPage()
      screenshotOnFailure(page)
      const violations: string[] = []
      const check = async (label: string) => violations.push(...(await axeViolations(page, `${label} (${width} px)`)))

      for (const [label, url] of [
        ['login', '/login/'],
        ['join search', `/join/?q=${encodeURIComponent('두산')}`],
        ['join company', '/join/company/'],
        ['join account', `/join/account/?company=${doosanId}`],
      ]) {
        await page.goto(`${server.url}${url}`)
        await check(label)
      }
      // Refused forms: the error summary and the messages next to their fields.
      await page.goto(`${server.url}/join/company/`)
      await page.click('button:has-text("기업등록하고 가입하기")')
      await page.locator('.error-summary').waitFor()
      await check('join company refused')
      await page.goto(`${server.url}/login/`)
      await page.fill('#f-email', DEMO_MEMBER.email)
      await page.fill('#f-password', 'wrong-password-1')
      await page.click('main button:has-text("로그인")')
      await page.locator('.error-summary').waitFor()
      await check('login refused')

      await page.fill('#f-email', DEMO_MEMBER.email)
      await page.fill('#f-password', DEMO_MEMBER.password)
      await page.click('main button:has-text("로그인")')
      await page.waitForURL(`${server.url}/my/`)
      await check('my')
      await page.goto(`${server.url}/my/profile/`)
      await check('profile')
      await page.fill('#f-homepage', 'not a homepage')
      await page.click('main button:has-text("저장")')
      await page.locator('.error-summary').waitFor()
      await check('profile refused')

      expect(violations).toEqual([])
      await context.close()
    })
  }
})
