/**
 * Applying online and selection, end to end on the real `npm start` server and Chromium: a
 * member applies with a PDF through the real form (no script needed), the program company's
 * admin opens the application in the Korean admin, sees the attachment's download link, sets
 * 선정 with a note and saves, and the member sees 선정 on /my/. axe-core (WCAG 2.2 AA) on the
 * apply form, the refused form and the refusal page, at 360 and 1280 px.
 */
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, onTestFailed, test } from 'vitest'
import { addDays, kstToday } from '../../cms/domain/dates'
import { adminLogin, saveDocument } from '../helpers/admin'
import { launchBrowser } from '../helpers/browser'
import { pdf } from '../helpers/documents'
import { startServer, type RunningServer } from '../helpers/server'

const PASSWORD = 'winwin-demo-1234'
const MEMBER = 'sme@winwinnuri.test'
const TITLE = `${kstToday().slice(0, 4)}년 두산중공업 협력사 품질혁신 컨설팅 (브라우저 신청 테스트)`

let server: RunningServer
let browser: Awaited<ReturnType<typeof launchBrowser>>
const state = { programId: '', applicationId: '' }

async function rest(method: string, url: string, token?: string, body?: unknown) {
  const res = await fetch(`${server.url}${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json().catch(() => ({}))) as any }
}
const tokenOf = async (email: string) => (await rest('POST', '/api/users/login', undefined, { email, password: PASSWORD })).body.token as string

/** A new 두산중공업 program, 모집중 and open to all, through the review workflow. */
async function recruitingProgram(): Promise<string> {
  const doosan = await tokenOf('doosan@winwinnuri.test')
  const me = await rest('GET', '/api/users/me', doosan)
  const company = typeof me.body.user.company === 'object' ? me.body.user.company.id : me.body.user.company
  const businesses = await rest('GET', `/api/businesses?depth=0&where[company][equals]=${company}`, doosan)
  const today = kstToday()
  const created = await rest('POST', '/api/programs', doosan, {
    business: businesses.body.docs[0].id, title: TITLE,
    summary: '협력 중소기업의 품질 경쟁력 강화를 위한 전문가 컨설팅을 지원합니다.', purpose: '협력사 품질 수준 향상',
    supportField: 'consulting', targetScope: 'open', applyStart: addDays(today, -1), applyEnd: addDays(today, 14),
    supportStart: addDays(today, 20), supportEnd: addDays(today, 120), regions: ['nationwide'],
    contact: { department: '동반성장팀', phone: '055-278-0000' }, applyOnline: true,
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = String(created.body.doc.id)
  expect((await rest('POST', `/api/programs/${id}/submit`, doosan)).status).toBe(200)
  expect((await rest('POST', `/api/programs/${id}/review`, await tokenOf('admin@winwinnuri.test'), { decision: 'approve' })).status).toBe(200)
  return id
}

beforeAll(async () => {
  server = await startServer()
  browser = await launchBrowser()
  state.programId = await recruitingProgram()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

function screenshotOnFailure(page: Page) {
  onTestFailed(async () => {
    const shot = path.join(os.tmpdir(), `winwinnuri-apply-failure-${Date.now()}.png`)
    await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined)
    console.error(`screenshot: ${shot}\nserver output:\n${server.output().slice(-4000)}`)
  })
}

async function memberLogin(page: Page) {
  await page.context().clearCookies()
  await page.goto(`${server.url}/login/`)
  await page.fill('#f-email', MEMBER)
  await page.fill('#f-password', PASSWORD)
  await page.click('form.member-form button[type=submit]')
  await page.waitForURL((url) => url.pathname.startsWith('/my'))
}

type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] }
async function axeViolations(page: Page, label: string): Promise<string[]> {
  await page.addScriptTag({ path: path.resolve('node_modules/axe-core/axe.min.js') })
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<AxeResult> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  )
  const found = result.violations.map((v) => `${label}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  if (overflow > 0) found.push(`${label}: the page scrolls sideways by ${overflow} px`)
  return found
}

describe('applying and selection', () => {
  test('axe on the form and on the refused form, before applying', async () => {
    const page = await browser.context.newPage()
    screenshotOnFailure(page)
    await memberLogin(page)
    const violations: string[] = []
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(`${server.url}/programs/${state.programId}/apply/`)
      expect(await page.locator('h1').innerText()).toBe('프로그램 신청')
      violations.push(...(await axeViolations(page, `form (${width} px)`)))
      // Sent without answers or consent: the form comes back with the errors, nothing stored.
      await page.click('form.apply-form button[type=submit]')
      await page.locator('.error-summary').waitFor()
      violations.push(...(await axeViolations(page, `refused form (${width} px)`)))
    }
    await page.close()
    expect(violations).toEqual([])
  })

  test('a member applies with a PDF through the real form', async () => {
    const page = await browser.context.newPage()
    screenshotOnFailure(page)
    await memberLogin(page)
    await page.goto(`${server.url}/programs/${state.programId}/apply/`)
    await expect.poll(() => page.locator('#apply-verdict').innerText()).toContain('신청할 수 있습니다')
    await page.fill('#f-answers', '품질관리 담당자 2명이 컨설팅에 참여하고자 합니다.')
    await page.setInputFiles('#f-attachments', { name: '회사소개서.pdf', mimeType: 'application/pdf', buffer: pdf('Company profile') })
    await page.check('#f-consent')
    await page.click('form.apply-form button[type=submit]')
    await page.waitForURL((url) => url.pathname === '/my/' && url.searchParams.has('applied'))
    state.applicationId = new URL(page.url()).searchParams.get('applied')!
    const row = page.locator('tr', { hasText: TITLE })
    await expect.poll(() => row.innerText()).toContain('접수')
    await page.close()
  })

  test('the program company\'s admin sees the attachment, sets 선정 with a note, and saves', async () => {
    expect(state.applicationId, 'the member applied first').toBeTruthy()
    const page = await browser.context.newPage()
    screenshotOnFailure(page)
    await page.context().clearCookies()
    await adminLogin(page, server.url, 'doosan@winwinnuri.test')
    await page.goto(`${server.url}/admin/collections/applications/${state.applicationId}`)
    await page.locator('#field-status').waitFor()
    const download = page.locator('a[href*="/api/private-files/file/"]').first()
    await download.waitFor({ timeout: 30_000 })
    const href = await download.getAttribute('href')
    const cookies = await page.context().cookies()
    const file = await fetch(new URL(href!, server.url), { headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') } })
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')

    const field = page.locator('#field-status')
    const option = field.locator('.rs__option', { hasText: '선정' }).filter({ hasNotText: '미선정' }).first()
    await field.locator('.rs__control').click()
    for (let attempt = 0; attempt < 5 && !(await option.isVisible()); attempt++) {
      await field.locator('input.rs__input').press('ArrowDown').catch(() => undefined)
      await option.waitFor({ timeout: 5_000 }).catch(() => undefined)
    }
    await option.click()
    await page.fill('#field-decisionNote', '컨설팅 일정은 담당자가 전화로 안내드립니다.')
    await saveDocument(page)
    await page.close()
  })

  test('the member sees 선정 and the note on /my/; the apply page now says the company already applied', async () => {
    const page = await browser.context.newPage()
    screenshotOnFailure(page)
    await memberLogin(page)
    await page.goto(`${server.url}/my/`)
    const row = page.locator('tr', { hasText: TITLE })
    await expect.poll(() => row.innerText()).toContain('선정')
    expect(await row.innerText()).toContain('컨설팅 일정은 담당자가 전화로 안내드립니다.')
    expect(await row.locator('form.withdraw-form').count()).toBe(0)

    const violations: string[] = []
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 })
      const res = await page.goto(`${server.url}/programs/${state.programId}/apply/`)
      expect(res?.status()).toBe(409)
      expect(await page.locator('#refusal-message').innerText()).toContain('이미 이 프로그램에 신청했습니다')
      violations.push(...(await axeViolations(page, `refusal (${width} px)`)))
    }
    await page.close()
    expect(violations).toEqual([])
  })
})
