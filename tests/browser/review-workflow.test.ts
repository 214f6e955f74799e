import type { Page } from 'playwright-core'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, onTestFailed, test } from 'vitest'
import { addDays, kstToday } from '../../cms/domain/dates'
import { adminLogin, saveDocument } from '../helpers/admin'
import { launchBrowser } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'

const TITLE = `${kstToday().slice(0, 4)}년 물산업 스타트업 현장 실증 지원 (브라우저 테스트)`

let server: RunningServer
let browser: Awaited<ReturnType<typeof launchBrowser>>

beforeAll(async () => {
  server = await startServer()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Picks an option of a Payload select/relationship field by its visible label. */
async function choose(page: Page, fieldId: string, text: string) {
  const field = page.locator(`#field-${fieldId}`)
  const option = field.locator('.rs__option', { hasText: text }).first()
  await field.locator('.rs__control').click()
  // ArrowDown opens the menu without toggling it shut (a click can land before hydration).
  for (let attempt = 0; attempt < 5 && !(await option.isVisible()); attempt++) {
    await field.locator('input.rs__input').press('ArrowDown').catch(() => undefined)
    await option.waitFor({ timeout: 5_000 }).catch(() => undefined)
  }
  await option.click()
}

async function fillDay(page: Page, fieldId: string, day: string) {
  const input = page.locator(`#field-${fieldId} input`)
  await input.fill(day)
  await input.press('Escape')
}

async function anonymousTitles(): Promise<string[]> {
  const res = await fetch(`${server.url}/api/programs?limit=0&depth=0`)
  expect(res.status).toBe(200)
  const body = (await res.json()) as { docs: { title: string; phase: string }[] }
  return body.docs.map((doc) => doc.title)
}

test('a company admin registers and submits a program in the Korean admin; the platform admin approves it; its public page appears without a restart', async () => {
  const page = await browser.context.newPage()
  onTestFailed(async () => {
    const shot = path.join(os.tmpdir(), `winwinnuri-failure-${Date.now()}.png`)
    await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined)
    console.error(`screenshot: ${shot}\nserver output:\n${server.output().slice(-4000)}`)
  })
  await adminLogin(page, server.url, 'kwater@winwinnuri.test')
  expect(await page.locator('html').getAttribute('lang')).toBe('ko')
  // The guide's 운영기업 관리자 summary: 등록건수 사업 N건 / 프로그램 N건.
  const summary = await page.locator('.winwin-dashboard-summary').innerText()
  expect(summary).toContain('운영기업 관리자')
  expect(summary).toMatch(/사업\s*\d+\s*건/)
  const programsBefore = Number(/프로그램\s*(\d+)\s*건/.exec(summary)?.[1])

  await page.goto(`${server.url}/admin/collections/programs/create`)
  await page.locator('#field-title').waitFor()
  await choose(page, 'business', '물산업 혁신기업 육성')
  await page.fill('#field-title', TITLE)
  await page.fill('#field-summary', '물산업 스타트업의 신기술을 수자원공사 현장에서 실증할 수 있도록 지원합니다.')
  await page.fill('#field-purpose', '중소기업이 실증 실적을 확보하여 판로를 넓히도록 돕습니다.')
  await choose(page, 'supportField', '기술지원')
  await choose(page, 'targetScope', '전체 오픈')
  const today = kstToday()
  await fillDay(page, 'applyStart', today)
  await fillDay(page, 'applyEnd', addDays(today, 14))
  await fillDay(page, 'supportStart', addDays(today, 20))
  await fillDay(page, 'supportEnd', addDays(today, 120))
  await choose(page, 'regions', '대전')
  await page.fill('#field-contact__department', '상생협력처')
  await page.fill('#field-contact__phone', '042-629-0000')
  await choose(page, 'reviewStatus', '확인요청')
  await saveDocument(page)
  await page.waitForURL(/\/admin\/collections\/programs\/[^/]+$/)
  const programUrl = page.url()

  // Submitted, not yet public; counted on the company admin's dashboard.
  expect(await anonymousTitles()).not.toContain(TITLE)
  await page.goto(`${server.url}/admin`)
  const after = await page.locator('.winwin-dashboard-summary').innerText()
  expect(Number(/프로그램\s*(\d+)\s*건/.exec(after)?.[1])).toBe(programsBefore + 1)

  await page.context().clearCookies()
  await adminLogin(page, server.url, 'admin@winwinnuri.test')
  await page.goto(programUrl)
  await page.locator('#field-title').waitFor()
  expect(await page.inputValue('#field-title')).toBe(TITLE)
  await choose(page, 'reviewStatus', '확인완료')
  await saveDocument(page)

  const res = await fetch(`${server.url}/api/programs?where[title][equals]=${encodeURIComponent(TITLE)}`)
  const body = (await res.json()) as { docs: { title: string; phase: string; reviewStatus: string; reviewNote?: string }[] }
  expect(body.docs).toHaveLength(1)
  expect(body.docs[0].reviewStatus).toBe('approved')
  expect(body.docs[0].phase).toBe('recruiting')
  expect(body.docs[0]).not.toHaveProperty('reviewNote')

  // The rebuild job publishes the page within seconds; the server is not restarted.
  const id = programUrl.split('/').pop()
  const approvedAt = Date.now()
  let status = 0
  while (Date.now() - approvedAt < 30_000) {
    const pageRes = await fetch(`${server.url}/programs/${id}/`)
    status = pageRes.status
    if (status === 200 && (await pageRes.text()).includes(TITLE)) break
    await new Promise((r) => setTimeout(r, 250))
  }
  expect(status).toBe(200)
  await page.goto(`${server.url}/programs/${id}/`)
  expect(await page.locator('h1').innerText()).toContain(TITLE)
  expect(await page.locator('.phase').first().innerText()).toBe('모집중')
})
