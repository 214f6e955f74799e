/**
 * The 동반성장 평가 admin views in the real server and Chromium: the demo's platform admin opens
 * the list from the navigation, sees every company's points (the same numbers as the API),
 * opens a company's evidence, downloads the CSV; axe-core (WCAG 2.2 AA rules) on both views.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, expect, onTestFailed, test } from 'vitest'
import { kstToday } from '../../kernel/rules/dates'
import type { CompanyReport, EvaluationReport } from '../../evaluation/types'
import { DEMO_PASSWORD } from '../../seed/data/users'
import { adminLogin } from '../helpers/admin'
import { axeViolations } from '../helpers/axe'
import { bootBrowserSuite } from '../helpers/browserSuite'

const YEAR = Number(kstToday().slice(0, 4))
let report: EvaluationReport

const suite = bootBrowserSuite()

beforeAll(async () => {
  const login = await fetch(`${suite.server.url}/api/users/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@winwinnuri.test', password: DEMO_PASSWORD }),
  })
  if (login.status !== 200) throw new Error(`demo admin login: ${login.status} ${await login.text()}\n${suite.server.output().slice(-4000)}`)
  const { token } = (await login.json()) as { token: string }
  const res = await fetch(`${suite.server.url}/api/reports/evaluation?year=${YEAR}`, { headers: { Authorization: `JWT ${token}` } })
  expect(res.status).toBe(200)
  report = (await res.json()) as EvaluationReport
})

/** A fresh page, signed out (the profile is shared between the tests). */
async function newPage(): Promise<Page> {
  await suite.browser.context.clearCookies()
  const page = await suite.browser.context.newPage()
  onTestFailed(async () => {
    const shot = path.join(os.tmpdir(), `winwinnuri-evaluation-failure-${Date.now()}.png`)
    await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined)
    console.error(`screenshot: ${shot}\nserver output:\n${suite.server.output().slice(-4000)}`)
  })
  return page
}

/** Violations in our view's markup (asserted), and in Payload's own chrome around it (reported only). */
async function axe(page: Page, label: string): Promise<string[]> {
  const chrome = await axeViolations(page, label)
  if (chrome.length > 0) console.warn(`axe on the whole admin page (Payload's chrome included):\n${chrome.join('\n')}`)
  return axeViolations(page, label, { include: '[data-winwin-evaluation]' })
}

/** The company with the most to show: promotion evidence files first, then the highest total. */
function richest(companies: CompanyReport[]): CompanyReport {
  const files = (c: CompanyReport) => c.items[1].evidence.some((e) => e.type === 'promotion' && e.files.length > 0)
  return [...companies].sort((a, b) => Number(files(b)) - Number(files(a)) || b.total - a.total)[0]
}

test('the platform admin opens 동반성장 평가 from the navigation and sees every company with its points', async () => {
  expect(report.companies.length).toBeGreaterThan(0)
  expect(report.companies.some((c) => c.total > 0)).toBe(true)
  const page = await newPage()
  await adminLogin(page, suite.server.url, 'admin@winwinnuri.test')
  const nav = page.locator('#nav-winwin-evaluation')
  expect(await nav.innerText()).toBe('동반성장 평가')
  await page.goto(`${suite.server.url}${await nav.getAttribute('href')}?year=${YEAR}`)
  await page.locator('h1', { hasText: '동반성장 평가' }).waitFor()
  const rows = page.locator('[data-winwin-evaluation] tbody tr')
  expect(await rows.count()).toBe(report.companies.length)
  for (const company of report.companies) {
    const row = page.locator(`tr[data-company="${company.company.id}"]`)
    expect(await row.locator('th').innerText()).toBe(company.company.name)
    const cells = await row.locator('td').allInnerTexts()
    expect(cells.at(-2), company.company.name).toBe(`${company.total.toFixed(1)}점`)
    expect(cells[1]).toContain(`${company.items[0].points.toFixed(1)}점`)
  }
  expect(await page.locator('[data-winwin-evaluation]').innerText()).toContain('목표 50%')
  expect(await axe(page, 'list')).toEqual([])

  // The CSV link downloads the summary: BOM, header, one row per company.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[href*="format=csv"]')])
  expect(download.suggestedFilename()).toBe(`evaluation-${YEAR}.csv`)
  const lines = fs.readFileSync(await download.path(), 'utf8').split('\r\n').filter(Boolean)
  expect(lines[0].startsWith('\uFEFF기업명,기업분류,①개수,①점수')).toBe(true)
  expect(lines).toHaveLength(report.companies.length + 1)
  await page.screenshot({ path: path.join(os.tmpdir(), 'winwinnuri-evaluation-list.png'), fullPage: true })
  await page.close()
})

test("a company's detail lists each item's evidence, linked to its admin page, with downloadable evidence files", async () => {
  const company = richest(report.companies)
  const page = await newPage()
  await adminLogin(page, suite.server.url, 'admin@winwinnuri.test')
  await page.goto(`${suite.server.url}/admin/evaluation?year=${YEAR}`)
  await page.click(`tr[data-company="${company.company.id}"] th a`)
  await page.waitForURL((url) => url.pathname === `/admin/evaluation/${company.company.id}`)
  await page.locator('h1', { hasText: company.company.name }).waitFor()
  const root = page.locator('[data-winwin-evaluation]')
  for (const item of company.items) {
    const section = root.locator(`section[aria-labelledby="evaluation-item-${item.item}"]`)
    expect(await section.locator('h2').innerText()).toContain(`${item.count}건, ${item.points.toFixed(1)}점`)
    expect(await section.locator('tbody tr').count()).toBe(item.evidence.length)
  }
  const program = company.items[0].evidence[0]
  if (program) expect(await root.locator(`a[href="/admin/collections/programs/${program.id}"]`).count()).toBeGreaterThan(0)
  const file = company.items[1].evidence.flatMap((e) => (e.type === 'promotion' ? e.files : []))[0]
  if (file) {
    const link = root.locator(`a[href="${file.url}"]`)
    expect(await link.innerText()).toBe(file.filename)
    const res = await page.request.get(`${suite.server.url}${file.url}`)
    expect(res.status()).toBe(200)
  }
  expect(await axe(page, 'detail')).toEqual([])

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[href*="format=csv"]')])
  expect(download.suggestedFilename()).toBe(`evaluation-${YEAR}-${company.company.id}.csv`)
  const lines = fs.readFileSync(await download.path(), 'utf8').split('\r\n').filter(Boolean)
  expect(lines).toHaveLength(1 + company.items.reduce((n, item) => n + item.evidence.length, 0))
  await page.screenshot({ path: path.join(os.tmpdir(), 'winwinnuri-evaluation-detail.png'), fullPage: true })
  await page.close()
})

test("a company admin goes straight to its own company's page and cannot open another's", async () => {
  const page = await newPage()
  await adminLogin(page, suite.server.url, 'kwater@winwinnuri.test')
  await page.goto(`${suite.server.url}/admin/evaluation`)
  await page.waitForURL((url) => /^\/admin\/evaluation\/[^/]+$/.test(url.pathname))
  await page.locator('h1', { hasText: '한국수자원공사' }).waitFor()
  const other = report.companies.find((c) => c.company.name !== '한국수자원공사')
  if (other) {
    await page.goto(`${suite.server.url}/admin/evaluation/${other.company.id}?year=${YEAR}`)
    expect(await page.locator('[data-winwin-evaluation] [role="alert"]').innerText()).toBe('소속 기업의 동반성장 평가만 볼 수 있습니다.')
  }
  await page.close()
})

test('an editor has no 동반성장 평가 link and is told who may see it', async () => {
  const page = await newPage()
  await adminLogin(page, suite.server.url, 'editor@winwinnuri.test')
  expect(await page.locator('#nav-winwin-evaluation').count()).toBe(0)
  await page.goto(`${suite.server.url}/admin/evaluation`)
  expect(await page.locator('[data-winwin-evaluation] [role="alert"]').innerText()).toContain('상생누리 관리자와 운영기업 관리자만')
  await page.close()
})
