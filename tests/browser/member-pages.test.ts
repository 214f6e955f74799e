/**
 * Issue 11, point 8, as the people who use these pages meet them — on the real `npm start` server
 * with the demo data, in Debian's Chromium: the 활용안내 steps an operator follows, the /my/
 * history on a phone, withdrawing with a confirmation, where focus lands after a refusal or a
 * confirmation, fields tied to their errors, what /my/ offers for programs already applied to,
 * and the demo card-news images. Each page is checked with axe-core at 360 and 1280 px, and a
 * screenshot of each is written to the temp folder.
 */
import os from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { axeViolations } from '../helpers/axe'
import { screenshotOnFailure } from '../helpers/browser'
import { bootBrowserSuite } from '../helpers/browserSuite'
import { outboxTo } from '../helpers/outbox'
import { DEMO_PASSWORD } from '../../seed/data/users'

const suite = bootBrowserSuite()

const WIDTHS = [360, 1280] as const

async function newContext(width: number, options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  return suite.browser.browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul', viewport: { width, height: 800 }, ...options })
}

async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  screenshotOnFailure(page, 'member-pages', () => suite.server.output().slice(-3000))
  return page
}

/** A full-page screenshot to look at (named in the report). */
async function shoot(page: Page, name: string): Promise<string> {
  const file = path.join(os.tmpdir(), `member-pages-${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** axe at both widths, and a screenshot at each, of the page `open` leads to. */
async function checkAtBothWidths(name: string, open: (page: Page) => Promise<void>): Promise<string[]> {
  const violations: string[] = []
  for (const width of WIDTHS) {
    const context = await newContext(width)
    const page = await newPage(context)
    await open(page)
    violations.push(...(await axeViolations(page, `${name} (${width} px)`)))
    await shoot(page, `${name}-${width}`)
    await context.close()
  }
  return violations
}

describe('/guide/: the operator’s steps ①–④ as the product works', () => {
  test('① signs up at /join/ and asks the platform admin for operator rights; ② the 동반성장 프로그램 group; ③ + 프로그램 inside the 사업; ④ 검토 의견, 확인 이력 and the e-mail', async () => {
    const context = await newContext(1280, { javaScriptEnabled: false })
    const page = await newPage(context)
    await page.goto(`${suite.server.url}/guide/`)
    const step = (n: number) => page.locator('#steps ol.steps > li').nth(n - 1)
    expect(await page.locator('#steps ol.steps > li').count()).toBe(4)

    const signup = step(1)
    expect(await signup.innerText()).toContain('회원가입')
    expect(await signup.locator('a[href="/join/"]').count()).toBe(1)
    expect(await signup.locator('a[href="/admin"]').count()).toBe(0)
    expect(await signup.innerText()).toContain('운영기업 관리자 권한')
    expect(await signup.innerText()).toContain('상생누리 관리자')
    // The link to 가입 시 유의사항 ③ lands on that heading.
    const note = await signup.locator('a[href="#signup-admin"]').getAttribute('href')
    expect(await page.locator(note!).innerText()).toContain('③ 운영기업 관리자 권한 요청하기')

    expect(await step(2).innerText()).toMatch(/동반성장 프로그램[\s\S]*‘사업’[\s\S]*‘프로그램’/)
    expect(await step(3).innerText()).toContain('+ 프로그램')
    expect(await step(3).innerText()).toContain('확인요청')
    const result = await step(4).innerText()
    for (const words of ['검토 의견', '확인 이력', '메일', '확인완료', '수정요청']) expect(result).toContain(words)
    await context.close()

    expect(await checkAtBothWidths('guide', async (p) => void (await p.goto(`${suite.server.url}/guide/`)))).toEqual([])
  })
})

async function memberLogin(page: Page, email: string): Promise<void> {
  await page.context().clearCookies()
  await page.goto(`${suite.server.url}/login/`)
  await page.fill('#f-email', email)
  await page.fill('#f-password', DEMO_PASSWORD)
  await page.click('main button:has-text("로그인")')
  await page.waitForURL((url) => url.pathname === '/my/')
}

/** Elements of `main` that reach past the viewport's sides (what is hidden from sight aside). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    return [...document.querySelectorAll('main *')]
      .filter((el) => !el.closest('thead, .visually-hidden') && el.getClientRects().length > 0)
      .filter((el) => {
        const box = el.getBoundingClientRect()
        return box.width > width || box.left < -0.5 || box.right > width + 0.5
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().width)} px)`)
  })
}

describe('/my/ 신청 및 참여이력 on a phone', () => {
  for (const width of [320, 360, 375]) {
    test(`at ${width} px nothing is wider than the screen and 결과 안내 is in view, read as a table`, async () => {
      const context = await newContext(width)
      const page = await newPage(context)
      await memberLogin(page, 'data@winwinnuri.test') // selected, with the company's message
      const row = page.locator('#history tbody tr', { hasText: '생산계획수립' })
      const note = row.locator('.history-table__note')
      await note.scrollIntoViewIfNeeded()
      expect(await overflowing(page)).toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0)
      const box = (await note.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(width)
      expect(await note.innerText()).toContain('결과 안내')
      expect(await note.innerText()).toContain('교육 2일 전에 안내 문자를 보내 드립니다.')
      // Still a table with its headers for assistive technology; the visible labels are not read twice.
      expect(await page.getByRole('table', { name: '신청 및 참여이력' }).count()).toBe(1)
      expect(await page.getByRole('columnheader', { name: '결과 안내' }).count()).toBe(1)
      expect(await row.getByRole('cell').filter({ hasText: '교육 2일 전에' }).count()).toBe(1)
      expect(await note.locator('.history-table__label').getAttribute('aria-hidden')).toBe('true')
      if (width === 360) await shoot(page, 'my-history-360')
      await context.close()
    })
  }

  test('from 640 px up it is an ordinary table row (the labels hidden)', async () => {
    const context = await newContext(1280)
    const page = await newPage(context)
    await memberLogin(page, 'data@winwinnuri.test')
    expect(await page.locator('#history thead').isVisible()).toBe(true)
    expect(await page.locator('#history .history-table__label').first().isVisible()).toBe(false)
    expect(await page.locator('#history tbody tr').first().evaluate((tr) => getComputedStyle(tr).display)).toBe('table-row')
    await context.close()
  })

  test('axe at 360 and 1280 px', async () => {
    expect(await checkAtBothWidths('my-data', (page) => memberLogin(page, 'data@winwinnuri.test'))).toEqual([])
  })
})

describe('신청 철회 asks first, and works without JavaScript', () => {
  test('신청 철회 → the confirmation names the program → 돌아가기 changes nothing → 철회하기 withdraws; /my/ then says so, focused, in its title', async () => {
    const noScript = await suite.browser.browser.newContext({ javaScriptEnabled: false, locale: 'ko-KR', timezoneId: 'Asia/Seoul', viewport: { width: 360, height: 800 } })
    const page = await newPage(noScript)
    await memberLogin(page, 'water@winwinnuri.test') // 접수 to 생산계획수립
    const row = () => page.locator('#history tbody tr', { hasText: '생산계획수립' })
    const program = (await row().locator('th a').innerText()).trim()
    expect(await row().locator('.status').innerText()).toBe('접수')

    await row().getByRole('link', { name: /신청 철회/ }).click()
    await page.waitForURL(/\/my\/applications\/[^/]+\/withdraw$/)
    const confirmUrl = page.url()
    expect(await page.locator('h1').innerText()).toBe('신청을 철회할까요?')
    expect(await page.locator('.withdraw-facts').innerText()).toContain(program)
    expect(await page.title()).toBe(`신청 철회 확인: ${program} | 상생누리`)
    await shoot(page, 'withdraw-confirm-360')

    await page.getByRole('link', { name: '철회하지 않고 마이페이지로 돌아가기' }).click()
    await page.waitForURL((url) => url.pathname === '/my/')
    expect(await row().locator('.status').innerText()).toBe('접수')

    await page.goto(confirmUrl)
    await page.getByRole('button', { name: '철회하기' }).click()
    await page.waitForURL((url) => url.pathname === '/my/' && url.searchParams.get('withdrawn') === '1')
    expect(await row().locator('.status').innerText()).toBe('철회')
    expect(await row().getByRole('link', { name: /신청 철회/ }).count()).toBe(0)
    expect(await page.title()).toBe('신청 철회 완료: 마이페이지 | 상생누리')
    await noScript.close()

    // The same page with script on, to ask the browser where focus is: on the message.
    const context = await newContext(360)
    const withScript = await newPage(context)
    await memberLogin(withScript, 'water@winwinnuri.test')
    await withScript.goto(`${suite.server.url}/my/?withdrawn=1`)
    await withScript.waitForFunction(() => document.activeElement?.getAttribute('role') === 'status')
    expect(await withScript.evaluate(() => document.activeElement?.textContent?.trim())).toBe('신청을 철회했습니다.')
    await context.close()
  })

  test('axe on the confirmation at 360 and 1280 px', async () => {
    expect(await checkAtBothWidths('withdraw-confirm', async (page) => {
      await memberLogin(page, 'seum@winwinnuri.test')
      await page.locator('#history tbody tr').first().getByRole('link', { name: /신청 철회/ }).click()
      await page.waitForURL(/\/withdraw$/)
    })).toEqual([])
  })
})

describe('after a post, the answer is where focus is', () => {
  test('a failed sign-in: the message is focused, the title says 로그인 오류, both fields are marked invalid', async () => {
    const context = await newContext(360)
    const page = await newPage(context)
    await page.goto(`${suite.server.url}/login/`)
    await page.fill('#f-email', 'sme@winwinnuri.test')
    await page.fill('#f-password', 'wrong-password-1')
    await page.click('main button:has-text("로그인")')
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'))
    expect(await page.title()).toBe('로그인 오류 | 상생누리')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('이메일 또는 비밀번호가 올바르지 않습니다')
    for (const field of ['#f-email', '#f-password']) {
      // What a sighted person sees: the red border of an invalid field; what a reader hears: the message.
      expect(await page.locator(field).evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(164, 22, 26)')
      expect(await page.locator(field).evaluate((el) => (el as HTMLInputElement).ariaInvalid)).toBe('true')
      const described = await page.locator(field).getAttribute('aria-describedby')
      expect(await page.locator(`#${described!.split(' ').pop()}`).innerText()).toContain('이메일 또는 비밀번호가 올바르지 않습니다')
    }
    await shoot(page, 'login-error-360')
    // Tab from the message goes on into the page, not back to the top.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-email')
    expect(await axeViolations(page, 'login error (360 px)')).toEqual([])
    await context.close()
  })

  test('/my/?applied=: 신청서 접수 완료 in the title, the confirmation focused', async () => {
    const context = await newContext(1280)
    const page = await newPage(context)
    await memberLogin(page, 'data@winwinnuri.test')
    const id = (await page.locator('#history tbody tr').first().getAttribute('id'))!.replace('application-', '')
    await page.goto(`${suite.server.url}/my/?applied=${id}`)
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'status')
    expect(await page.title()).toBe('신청서 접수 완료: 마이페이지 | 상생누리')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('신청서를 접수했습니다')
    await shoot(page, 'my-applied-1280')
    await context.close()
  })
})

describe('/join/company/: the 사업자등록번호 boxes', () => {
  test('required; a number 중복확인 refuses marks all three invalid, and the answer is focused', async () => {
    const context = await newContext(360)
    const page = await newPage(context)
    await page.goto(`${suite.server.url}/join/company/`)
    for (const label of ['앞 3자리', '가운데 2자리', '뒤 5자리']) expect(await page.getByLabel(label).evaluate((el) => (el as HTMLInputElement).required)).toBe(true)
    await page.getByLabel('앞 3자리').fill('101')
    await page.getByLabel('가운데 2자리').fill('80')
    await page.getByLabel('뒤 5자리').fill('00001') // the check digit is wrong
    await page.click('button:has-text("중복확인")')
    await page.waitForFunction(() => document.activeElement?.id === 'f-bizRegNo-answer')
    const answer = await page.locator('#f-bizRegNo-answer').innerText()
    expect(answer).toMatch(/사업자등록번호/)
    for (const label of ['앞 3자리', '가운데 2자리', '뒤 5자리']) {
      const box = page.getByLabel(label)
      expect(await box.getAttribute('aria-invalid')).toBe('true')
      expect(await box.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(164, 22, 26)')
      expect((await box.getAttribute('aria-describedby'))!.split(' ')).toContain('f-bizRegNo-answer')
    }
    await shoot(page, 'join-company-check-refused-360')
    expect(await axeViolations(page, 'join company check refused (360 px)')).toEqual([])
    await context.close()
  })
})

describe('/my/ recommendations already applied to', () => {
  test('show "신청함 · 접수" leading to the history row instead of 신청하기', async () => {
    const context = await newContext(1280)
    const page = await newPage(context)
    await memberLogin(page, 'seum@winwinnuri.test') // 접수 to 원자력 품질보증실무
    const card = page.locator('#recommended .program-card', { hasText: '원자력 품질보증실무' })
    expect(await card.getByRole('link', { name: /신청하기/ }).count()).toBe(0)
    const state = card.locator('.recommendation__applied a')
    expect(await state.innerText()).toContain('신청함 · 접수')
    // Other recommended programs the company has not applied to still offer 신청하기.
    expect(await page.locator('#recommended .program-card').getByRole('link', { name: /신청하기/ }).count()).toBeGreaterThan(0)
    await state.click()
    const target = new URL(page.url()).hash
    expect(target).toMatch(/^#application-/)
    expect(await page.locator(target).innerText()).toContain('원자력 품질보증실무')
    expect(await page.locator(target).isVisible()).toBe(true)
    await card.scrollIntoViewIfNeeded()
    await shoot(page, 'my-recommended-applied-1280')
    await context.close()
  })
})

describe('the demo card news', () => {
  test('each card is a drawn image with its number and text in the alt; the page passes axe', async () => {
    const context = await newContext(1280)
    const page = await newPage(context)
    await page.goto(`${suite.server.url}/news/`)
    await page.locator('a[href^="/news/"][href$="/"]:not([href="/news/"])', { hasText: '두산중공업 직무교육' }).first().click()
    const images = page.locator('.card-images img')
    expect(await images.count()).toBe(3)
    for (let i = 0; i < 3; i++) {
      const image = images.nth(i)
      await image.scrollIntoViewIfNeeded()
      await image.evaluate((img: HTMLImageElement) => (img.complete ? null : new Promise((r) => img.addEventListener('load', r, { once: true }))))
      expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
      expect(await image.getAttribute('alt')).toMatch(new RegExp(`^카드 ${i + 1}/3: \\S`))
    }
    await shoot(page, 'news-card-1280')
    expect(await axeViolations(page, 'news item (1280 px)')).toEqual([])
    await context.close()
  })
})

describe('비밀번호 찾기 from the login page', () => {
  test('the link on /login/ → the same answer for any address, focused → the mail\'s link → a short password marked on its field → a new one signs in', async () => {
    const context = await newContext(360)
    const page = await newPage(context)
    await page.goto(`${suite.server.url}/login/`)
    await page.click('a:has-text("비밀번호 찾기")')
    expect(new URL(page.url()).pathname).toBe('/forgot/')
    await page.fill('#f-email', 'sme@winwinnuri.test')
    await page.click('main button:has-text("재설정 메일 받기")')
    // The answer is a new page: wait for it (the click may return before it has loaded).
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role') ?? null), { timeout: 10_000 }).toBe('status')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('비밀번호 재설정 메일을 보냈습니다')
    await shoot(page, 'forgot-sent-360')

    // The e-mail the server wrote (no SMTP_URL: its outbox): an absolute link to the site's /reset/ page.
    const [mail] = await outboxTo(suite.server.dataDir, 'sme@winwinnuri.test')
    expect(mail.subject).toBe('[상생누리] 비밀번호 재설정 안내')
    const link = /href="(https?:\/\/[^"]+\/reset\/[0-9a-f]{40}\/)"/.exec(String(mail.html))?.[1]
    expect(link).toBeDefined()
    await page.goto(`${suite.server.url}${new URL(link!).pathname}`)
    await page.fill('#f-password', 'short')
    await page.fill('#f-passwordConfirm', 'short')
    await page.click('main button:has-text("비밀번호 바꾸기")')
    expect(await page.title()).toBe('비밀번호 재설정 오류 | 상생누리')
    expect(await page.locator('#f-password').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#f-password-error').innerText()).toContain('비밀번호는 10자 이상으로 입력해 주세요.')
    expect(await page.locator('#f-password').evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(164, 22, 26)')
    await shoot(page, 'reset-error-360')
    expect(await axeViolations(page, 'reset error (360 px)')).toEqual([])

    // The demo password again, so the other tests' sign-ins still work.
    await page.fill('#f-password', DEMO_PASSWORD)
    await page.fill('#f-passwordConfirm', DEMO_PASSWORD)
    await page.click('main button:has-text("비밀번호 바꾸기")')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('비밀번호를 바꿨습니다')
    await page.click('a:has-text("마이페이지로 가기")')
    expect(new URL(page.url()).pathname).toBe('/my/')
    await context.close()

    expect(await checkAtBothWidths('forgot', async (p) => void (await p.goto(`${suite.server.url}/forgot/`)))).toEqual([])
  })
})
