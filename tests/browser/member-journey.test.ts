/**
 * The 일반회원 journey of issue 5, end to end on the real `npm start` server with the demo data,
 * in Debian's Chromium: a new SME signs up the way the guide describes with JavaScript off
 * (기업검색 finds nothing, 기업등록 with 중복확인 and 주거래기업 두산중공업 1차), sees 두산중공업's
 * 협력사 program among its recommendations, applies to it with a PDF; 두산중공업's admin opens
 * the application in the Korean admin, downloads the PDF, sets 선정 with a note; the SME sees
 * 선정 on /my/. The demo member (SPEC's sme@) is recommended the same program, applies, and is
 * selected by 두산중공업 too. Then axe-core
 * (WCAG 2.2 AA) on every sign-in, sign-up, member and apply page at 360 and 1280 px.
 */
import crypto from 'node:crypto'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { completeBizRegNo, formatBizRegNo } from '../../kernel/rules/bizRegNo'
import { DEMO_PASSWORD } from '../../seed/data/users'
import { adminLogin, chooseOption, saveDocument } from '../helpers/admin'
import { axeViolations } from '../helpers/axe'
import { screenshotOnFailure } from '../helpers/browser'
import { bootBrowserSuite } from '../helpers/browserSuite'
import { pdf } from '../helpers/documents'

const COURSE = '협력사 품질관리 실무 과정' // 두산중공업's 협력사 지원 program, 모집중, 상생누리 신청가능
const NOTE = '교육 일정은 담당자가 전화로 안내드립니다.'
const NEW_SME = { email: `founder.${crypto.randomBytes(3).toString('hex')}@example.kr`, password: 'saessak-pass-2026' }
const DEMO_SME = { email: 'sme@winwinnuri.test', password: DEMO_PASSWORD }
const BIZ_REG_NO = formatBizRegNo(completeBizRegNo(`22088${String(crypto.randomInt(10_000)).padStart(4, '0')}`))

let noScript: BrowserContext
const state = { doosanId: '', applyPath: '', applicationId: '', openCoursePath: '' }

const suite = bootBrowserSuite()

beforeAll(async () => {
  // The SME's own browser: no JavaScript, so every form must work as plain HTML.
  noScript = await suite.browser.browser.newContext({ javaScriptEnabled: false, locale: 'ko-KR', timezoneId: 'Asia/Seoul', reducedMotion: 'reduce' })
  const res = await fetch(`${suite.server.url}/api/companies?depth=0&where[name][equals]=${encodeURIComponent('두산중공업')}`)
  state.doosanId = String((await res.json()).docs[0].id)
  // An open 두산중공업 course nobody in this file applies to: its form is what axe checks.
  const open = await fetch(`${suite.server.url}/api/programs?depth=0&where[title][contains]=${encodeURIComponent('생산계획수립')}`)
  state.openCoursePath = `/programs/${(await open.json()).docs[0].id}/apply/`
})
afterAll(async () => {
  await noScript?.close()
})

async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  screenshotOnFailure(page, 'member-journey', () => suite.server.output().slice(-3000))
  return page
}

async function memberLogin(page: Page, who: { email: string; password: string }) {
  await page.context().clearCookies()
  await page.goto(`${suite.server.url}/login/`)
  await page.fill('#f-email', who.email)
  await page.fill('#f-password', who.password)
  await page.click('main button:has-text("로그인")')
  await page.waitForURL((url) => url.pathname === '/my/')
}

const courseCard = (page: Page) => page.locator('#recommended .program-card', { hasText: COURSE })
const courseRow = (page: Page) => page.locator('tr', { hasText: COURSE })

describe('a new SME: sign-up → recommendations → application → 선정', () => {
  test('기업검색 → 기업등록 (중복확인) → /my/, with 두산중공업’s 협력사 program recommended', async () => {
    const page = await newPage(noScript)
    await page.goto(`${suite.server.url}/join/`)
    await page.fill('#f-q', '새싹로보틱스')
    await page.click('button:has-text("기업검색")')
    await page.locator('text=검색된 기업이 없습니다').waitFor()
    await page.click('a:has-text("찾는 기업이 없나요? 기업등록")')
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
    await page.selectOption('#f-partnerCompany1', state.doosanId)
    await page.selectOption('#f-partnerTier1', 'tier1')
    await page.fill('#f-name', '김새싹')
    await page.fill('#f-email', NEW_SME.email)
    await page.fill('#f-password', NEW_SME.password)
    await page.fill('#f-passwordConfirm', NEW_SME.password)
    await page.getByLabel('개인정보 수집·이용에 동의합니다.').check()
    await page.click('button:has-text("기업등록하고 가입하기")')

    await page.waitForURL(`${suite.server.url}/my/?welcome=1`)
    expect(await page.locator('.member-summary__hello').innerText()).toBe('안녕하세요 김새싹 님 환영합니다. 일반회원')
    const titles = await page.locator('#recommended .program-card__title').allInnerTexts()
    // The counter is the total; /my/ lists 20 a page.
    const total = Number(/추천 프로그램 (\d+)건/.exec(await page.locator('.member-counters').innerText())?.[1])
    expect(titles.length).toBe(Math.min(total, 20))
    expect(await courseCard(page).locator('.program-card__company').innerText()).toBe('두산중공업')
    expect(await courseCard(page).innerText()).toContain('주거래기업의 협력사 지원 프로그램입니다.')
    state.applyPath = (await courseCard(page).locator('a:has-text("신청하기")').getAttribute('href'))!
    expect(state.applyPath).toMatch(/^\/programs\/[^/]+\/apply\/$/)
    await page.close()
  })

  test('applies with a PDF through the plain form, and /my/ lists it as 접수', async () => {
    const page = await newPage(noScript)
    await page.goto(`${suite.server.url}${state.applyPath}`)
    expect(await page.locator('#apply-verdict').innerText()).toContain('신청할 수 있습니다')
    await page.fill('#f-phone', '010-1234-5678')
    await page.fill('#f-answers', '품질관리 담당자 1명이 참여하고자 합니다.')
    await page.setInputFiles('#f-attachments', { name: '회사소개서.pdf', mimeType: 'application/pdf', buffer: pdf('Company profile') })
    await page.check('#f-consent')
    await page.click('form.apply-form button[type=submit]')
    await page.waitForURL((url) => url.pathname === '/my/' && url.searchParams.has('applied'))
    state.applicationId = new URL(page.url()).searchParams.get('applied')!
    expect(await page.locator('[role=status]').innerText()).toContain('신청서를 접수했습니다')
    expect(await courseRow(page).innerText()).toContain('접수')
    await page.close()
  })

  test('두산중공업’s admin downloads the PDF in the admin, sets 선정 with a note, and saves', async () => {
    expect(state.applicationId, 'the SME applied first').toBeTruthy()
    const page = await newPage(suite.browser.context)
    await page.context().clearCookies()
    await adminLogin(page, suite.server.url, 'doosan@winwinnuri.test')
    await page.goto(`${suite.server.url}/admin/collections/applications/${state.applicationId}`)
    const download = page.locator('a[href*="/api/private-files/file/"]').first()
    await download.waitFor({ timeout: 30_000 })
    const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
    const file = await fetch(new URL((await download.getAttribute('href'))!, suite.server.url), { headers: { cookie: cookies } })
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
    await chooseOption(page, 'field-status', '선정')
    await page.fill('#field-decisionNote', NOTE)
    await saveDocument(page)
    await page.close()
  })

  test('the SME sees 선정 and the note on /my/; no 신청 철회 any more, and the card says 신청함 · 선정', async () => {
    const page = await newPage(noScript)
    await page.goto(`${suite.server.url}/my/`)
    expect(await courseRow(page).innerText()).toContain('선정')
    expect(await courseRow(page).innerText()).toContain(NOTE)
    expect(await courseRow(page).getByRole('link', { name: /신청 철회/ }).count()).toBe(0)
    expect(await courseCard(page).locator('.recommendation__applied').innerText()).toContain('신청함 · 선정')
    await page.close()
  })

  test('the demo member (main partner 두산중공업, 1차) is recommended the same program, applies, and is selected', async () => {
    const page = await newPage(noScript)
    await memberLogin(page, DEMO_SME)
    expect(await courseCard(page).innerText()).toContain('주거래기업의 협력사 지원 프로그램입니다.')
    await courseCard(page).locator('a:has-text("신청하기")').click()
    await page.fill('#f-phone', '010-1234-5678')
    await page.fill('#f-answers', '품질관리 담당자 2명이 참여하고자 합니다.')
    await page.setInputFiles('#f-attachments', { name: '참가자명단.pdf', mimeType: 'application/pdf', buffer: pdf('Participants') })
    await page.check('#f-consent')
    await page.click('form.apply-form button[type=submit]')
    await page.waitForURL((url) => url.pathname === '/my/' && url.searchParams.has('applied'))
    const id = new URL(page.url()).searchParams.get('applied')!
    // 두산중공업's admin decides through REST this time (the admin screen is the test above).
    const login = await fetch(`${suite.server.url}/api/users/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'doosan@winwinnuri.test', password: DEMO_PASSWORD }),
    })
    const { token } = await login.json()
    const decided = await fetch(`${suite.server.url}/api/applications/${id}`, {
      method: 'PATCH', headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ status: 'selected', decisionNote: NOTE }),
    })
    expect(decided.status).toBe(200)
    await page.goto(`${suite.server.url}/my/`)
    expect(await courseRow(page).innerText()).toContain('선정')
    await page.close()
  })
})

describe('accessibility (axe-core, WCAG 2.2 AA) of the member and apply pages', () => {
  for (const width of [360, 1280]) {
    test(`no violations at ${width} px`, async () => {
      const context = await suite.browser.browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul', viewport: { width, height: 900 } })
      const page = await newPage(context)
      const violations: string[] = []
      const check = async (label: string) => violations.push(...(await axeViolations(page, `${label} (${width} px)`)))
      const visit = async (label: string, url: string) => {
        await page.goto(`${suite.server.url}${url}`)
        await check(label)
      }
      const refused = async (label: string, button: string) => {
        await page.click(button)
        await page.locator('.error-summary').waitFor()
        await check(label)
      }

      await visit('login', '/login/')
      await visit('join search', `/join/?q=${encodeURIComponent('두산')}`)
      await visit('join account', `/join/account/?company=${state.doosanId}`)
      await visit('join company', '/join/company/')
      await refused('join company refused', 'button:has-text("기업등록하고 가입하기")')
      await page.goto(`${suite.server.url}/login/`)
      await page.fill('#f-email', DEMO_SME.email)
      await page.fill('#f-password', 'wrong-password-1')
      await refused('login refused', 'main button:has-text("로그인")')

      await memberLogin(page, DEMO_SME)
      await check('my')
      await visit('profile', '/my/profile/')
      await page.fill('#f-homepage', 'not a homepage')
      await refused('profile refused', 'main button:has-text("저장")')
      await visit('apply form', state.openCoursePath)
      await refused('apply form refused', 'form.apply-form button[type=submit]')
      // The SME that applied: the page says so (409) instead of showing the form.
      await memberLogin(page, NEW_SME)
      await visit('apply refusal', state.applyPath)
      expect(await page.locator('#refusal-message').innerText()).toContain('이미 이 프로그램에 신청했습니다')

      expect(violations).toEqual([])
      await context.close()
    })
  }
})
