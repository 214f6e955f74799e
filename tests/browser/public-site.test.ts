/**
 * The public site as a reader meets it: served by the real `npm start`, in Debian's Chromium.
 * Korean-aware search with filters, and axe-core (WCAG 2.2 AA rules) on every page template
 * at phone and desktop widths.
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, test } from 'vitest'
import { addDays, kstToday } from '../../kernel/rules/dates'
import { axeViolations } from '../helpers/axe'
import { screenshotOnFailure } from '../helpers/browser'
import { bootBrowserSuite } from '../helpers/browserSuite'

const PASSWORD = 'winwin-demo-1234'
const YEAR = kstToday().slice(0, 4)
/** Texts where the searched word only ever appears with a particle attached. */
const PROGRAMS = {
  seoul: { title: `${YEAR}년 수도권 판로 개척 상담회`, summary: '서울은 물론 수도권 중소기업 누구나 바이어와 만날 수 있는 상담회입니다.' },
  training: { title: `${YEAR}년 현장 직무 역량 과정`, summary: '협력사 임직원이 품질관리 교육을 받는 과정입니다.' },
}

/** A month of its own: the demo seed has sent issues of its own. */
const EDITION = '2025-12'

const ids: Record<keyof typeof PROGRAMS, string | number> = { seoul: '', training: '' }

async function rest(method: string, url: string, token?: string, body?: unknown) {
  const res = await fetch(`${suite.server.url}${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await res.json().catch(() => ({}))
  if (res.status >= 400) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(json)}`)
  return json
}
const login = async (email: string) => (await rest('POST', '/api/users/login', undefined, { email, password: PASSWORD })).token as string

/** Registers, submits and approves a program through the REST API (the workflow of the spec). */
async function publishProgram(kwater: string, admin: string, text: { title: string; summary: string }): Promise<string | number> {
  const { docs } = await rest('GET', '/api/businesses?limit=1&depth=0', kwater)
  const today = kstToday()
  const { doc } = await rest('POST', '/api/programs', kwater, {
    business: docs[0].id, ...text, purpose: '중소기업의 판로와 역량을 넓힙니다.', supportField: 'market', targetScope: 'open',
    applyStart: today, applyEnd: addDays(today, 10), supportStart: addDays(today, 11), supportEnd: addDays(today, 60),
    regions: ['busan'], contact: { department: '상생협력처', phone: '042-629-0000' }, applyOnline: true,
  })
  await rest('POST', `/api/programs/${doc.id}/submit`, kwater)
  await rest('POST', `/api/programs/${doc.id}/review`, admin, { decision: 'approve' })
  return doc.id
}

async function waitForPage(url: string, timeoutMs = 30_000): Promise<void> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if ((await fetch(`${suite.server.url}${url}`)).status === 200) return
    await new Promise((r) => setTimeout(r, 250))
  }
  // What the server said of its builds tells why (a failed build, a queue behind a slow one).
  throw new Error(`${url} did not go live within ${timeoutMs} ms; the server's last output:\n${suite.server.output().slice(-4000)}`)
}

const suite = bootBrowserSuite()

beforeAll(async () => {
  const [kwater, admin, editor] = [await login('kwater@winwinnuri.test'), await login('admin@winwinnuri.test'), await login('editor@winwinnuri.test')]
  ids.seoul = await publishProgram(kwater, admin, PROGRAMS.seoul)
  ids.training = await publishProgram(kwater, admin, PROGRAMS.training)
  // A newsletter sent for real (the server's jobs queue sends it to the demo subscribers'
  // outbox), so the web edition has a page to check.
  const issue = await rest('POST', '/api/newsletters', editor, { issueMonth: EDITION, title: '2025년 12월 상생누리 소식', intro: '이달의 상생협력 소식입니다.', programs: [ids.seoul] })
  await rest('POST', `/api/newsletters/${issue.doc.id}/send`, editor, {})
  await waitForPage(`/programs/${ids.training}/`)
  await waitForPage(`/newsletter/${EDITION}/`, 120_000)
})

/** Searches on /programs/ and returns the result titles once the status line settles. */
async function search(page: Page, query: string, filters: Record<string, string> = {}): Promise<string[]> {
  await page.goto(`${suite.server.url}/programs/`)
  await page.locator('#program-search').waitFor()
  for (const [name, value] of Object.entries(filters)) await page.selectOption(`select[name="${name}"]`, value)
  await page.fill('input[name="q"]', query)
  await page.press('input[name="q"]', 'Enter')
  await page.locator('#search-status', { hasText: /검색 결과 \d+건|일치하는 프로그램이 없습니다/ }).waitFor({ timeout: 15_000 })
  return page.locator('#search-results .program-card__title').allInnerTexts()
}

describe('Korean-aware search', () => {
  test.each([
    ['서울', 'seoul'],
    ['서울에서', 'seoul'],
    ['교육', 'training'],
    ['교육을', 'training'],
  ] as const)('%s finds the program whose text has the word only with a particle', async (query, program) => {
    const page = await suite.browser.context.newPage()
    screenshotOnFailure(page, 'site')
    expect(await search(page, query)).toContain(PROGRAMS[program].title)
    await page.close()
  })

  test('filters narrow the results and the count matches what is listed', async () => {
    const page = await suite.browser.context.newPage()
    screenshotOnFailure(page, 'site')
    await page.goto(`${suite.server.url}/programs/`)
    const total = Number(/전체 프로그램 ([\d,]+)건/.exec(await page.locator('#search-status').innerText())?.[1].replace(/,/g, ''))
    expect(total).toBeGreaterThan(30)
    const education = await search(page, '', { field: '교육지원' })
    expect(education.length).toBeGreaterThan(0)
    expect(education.length).toBeLessThan(total)
    const fields = await page.locator('#search-results .program-card').allInnerTexts()
    expect(fields.every((text) => text.includes('교육지원'))).toBe(true)
    const status = await page.locator('#search-status').innerText()
    expect(Number(/검색 결과 (\d+)건/.exec(status)?.[1])).toBe(education.length)
    const busan = await search(page, '', { phase: '모집중', company: '한국수자원공사' })
    expect(busan).toEqual(expect.arrayContaining([PROGRAMS.seoul.title, PROGRAMS.training.title]))
    await page.close()
  })

  test('a program approved after the last full build is found at once, through the publish\'s search delta', async () => {
    const [kwater, admin] = [await login('kwater@winwinnuri.test'), await login('admin@winwinnuri.test')]
    const title = `${YEAR}년 메타버스 전시 증분검색 상담회`
    const id = await publishProgram(kwater, admin, { title, summary: '가상공간 전시관에서 해외 바이어와 상담합니다.' })
    await waitForPage(`/programs/${id}/`)
    // The publish that put the page up ends with the search: the delta names the program.
    for (let i = 0; i < 120 && !(await (await fetch(`${suite.server.url}/pagefind/delta.json`)).text()).includes(`/programs/${id}/`); i++) {
      await new Promise((r) => setTimeout(r, 250))
    }
    const page = await suite.browser.context.newPage()
    screenshotOnFailure(page, 'site')
    // The beginning of a compound (증분검색), and two words; counted as listed.
    expect(await search(page, '증분')).toEqual([title])
    expect(await search(page, '메타버스 전시')).toEqual([title])
    const count = Number(/검색 결과 (\d+)건/.exec(await page.locator('#search-status').innerText())?.[1])
    expect(count).toBe(1)
    await page.close()
  })

  test('without JavaScript the program list is still there', async () => {
    const context = await suite.browser.browser.newContext({ javaScriptEnabled: false, locale: 'ko-KR' })
    const page = await context.newPage()
    await page.goto(`${suite.server.url}/programs/`)
    expect(await page.locator('#program-list a[href^="/programs/"]').count()).toBeGreaterThan(5)
    await context.close()
  })
})

describe('the pages rendered as TypeScript views, read as a person reads them', () => {
  test('the program list without JavaScript: the count and the page in the status line, the pager to page 2 and what it says there', async () => {
    const context = await suite.browser.browser.newContext({ javaScriptEnabled: false, locale: 'ko-KR' })
    const page = await context.newPage()
    await page.goto(`${suite.server.url}/programs/`)
    const status = page.locator('#search-status')
    const [, total, pages] = /전체 프로그램 ([\d,]+)건 \(1\/(\d+)쪽\)/.exec(await status.innerText()) ?? []
    expect(Number(total?.replace(/,/g, ''))).toBeGreaterThan(20)
    const pager = page.getByRole('navigation', { name: '프로그램 목록 쪽 이동' })
    await pager.getByRole('link', { name: '2 쪽', exact: true }).click()
    await page.waitForURL(`${suite.server.url}/programs/page/2/`)
    expect(await page.title()).toBe('프로그램 검색 (2쪽) | 상생누리')
    expect(await status.innerText()).toBe(`전체 프로그램 ${total}건 (2/${pages}쪽)`)
    expect(await pager.locator('[aria-current="page"]').innerText()).toMatch(/^2/)
    expect(await page.locator('#program-list .program-card__title').count()).toBeGreaterThan(0)
    await context.close()
  })

  test("a company page: its name, its facts, its program table by caption, its partner guide and the link to register", async () => {
    const page = await suite.browser.context.newPage()
    await page.goto(`${suite.server.url}/partners/`)
    const companyLink = page.locator('a[href^="/companies/"]').first()
    const href = (await companyLink.getAttribute('href'))!.replace(/#.*$/, '')
    await page.goto(`${suite.server.url}${href}`)
    const name = (await page.locator('h1').innerText()).trim()
    expect(name.length).toBeGreaterThan(1)
    expect(await page.getByRole('region', { name: '기업 정보' }).locator('dt').allInnerTexts()).toEqual(expect.arrayContaining(['기업명', '기업분류', '업종', '공개 프로그램']))
    expect(await page.locator('table caption').innerText()).toBe(`${name}의 상생협력 프로그램 (모집중 먼저, 신청 마감순)`)
    expect(await page.getByRole('heading', { name: '협력사 등록 안내' }).count()).toBe(1)
    expect(await page.getByRole('link', { name: `${name} 협력사 등록 사이트로 이동` }).count()).toBe(1)
    await page.close()
  })

  test("kwater's page lists the program approved at the start of this file, linked", async () => {
    const page = await suite.browser.context.newPage()
    await page.goto(`${suite.server.url}/programs/${ids.seoul}/`)
    const companyHref = await page.locator(`a[href^="/companies/"]`).first().getAttribute('href')
    await page.goto(`${suite.server.url}${companyHref}`)
    await expect(page.locator('table').getByRole('link', { name: PROGRAMS.seoul.title }).getAttribute('href')).resolves.toBe(`/programs/${ids.seoul}/`)
    await page.close()
  })
})

describe('accessibility (axe-core, WCAG 2.2 AA) on every page template', () => {
  const templates = () => [
    '/', '/programs/', `/programs/${ids.seoul}/`, '/companies/', '/partners/', '/news/', '/newsletter/', `/newsletter/${EDITION}/`, '/stats/', '/guide/', '/no-such-page/',
  ]
  for (const width of [360, 1280]) {
    test(`no violations at ${width} px`, async () => {
      const page = await suite.browser.context.newPage()
      await page.setViewportSize({ width, height: 900 })
      const violations: string[] = []
      const companyHref = async () => {
        await page.goto(`${suite.server.url}/partners/`)
        return page.locator('a[href^="/companies/"]').first().getAttribute('href')
      }
      const newsHref = async () => {
        await page.goto(`${suite.server.url}/news/`)
        return page.locator('a[href^="/news/"][href$="/"]:not([href="/news/"])').first().getAttribute('href')
      }
      const urls = templates().filter((url) => url !== '/companies/')
      urls.push((await companyHref())!, (await newsHref())!)
      for (const url of urls) {
        await page.goto(`${suite.server.url}${url}`)
        violations.push(...(await axeViolations(page, url)))
      }
      expect(violations).toEqual([])
      await page.close()
    })
  }
})
