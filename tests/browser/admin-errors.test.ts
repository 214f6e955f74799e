import type { Locator, Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { addDays, kstToday } from '../../kernel/rules/dates'
import { msg } from '../../kernel/i18n/messages'
import { adminLogin, chooseOption, fillDay, submitAndWait } from '../helpers/admin'
import { axeViolations } from '../helpers/axe'
import { pdf } from '../helpers/documents'
import { launchBrowser, screenshotOnFailure } from '../helpers/browser'
import { bootBrowserSuite } from '../helpers/browserSuite'

/**
 * Issue 11, "errors that say why", as the operator sees it: kwater@ saves a program that breaks
 * four rules and reads each reason under its field, with the live 200자 counter on 개요 (issue 13:
 * a right-to-left override in 담당부서 is named there too).
 */


const suite = bootBrowserSuite()

/** The field's own block in Payload's form (label, error, input, description, counter): the innermost .field-type around its input. */
const fieldBlock = (page: Page, id: string): Locator => page.locator(`.field-type:has(#field-${id})`).last()

/** Words in Latin letters the Korean form may show: file types, the date format, the guide's XXX placeholder. */
const ALLOWED_LATIN = new Set(['XXX', 'PDF', 'JPG', 'PNG', 'HWP', 'HWPX', 'DOCX', 'XLSX', 'PPTX', 'YYYY', 'MM', 'DD', 'KSIC'])

test('a refused save names each reason under its field in Korean (a bidi override too), and 개요 counts 201 / 200자', async () => {
  const page = await suite.browser.context.newPage()
  screenshotOnFailure(page, 'admin-errors', () => suite.server.output().slice(-4000))
  await adminLogin(page, suite.server.url, 'kwater@winwinnuri.test')
  // The admin names itself 상생누리, not Payload: page titles, og tags and the icon.
  await page.goto(`${suite.server.url}/admin/evaluation`)
  expect(await page.title()).toMatch(/^동반성장 평가\s+— 상생누리 관리$/)
  await page.goto(`${suite.server.url}/admin/collections/programs/create`)
  await page.locator('#field-title').waitFor()
  expect(await page.title()).toMatch(/프로그램\s+— 상생누리 관리$/)
  const head = await page.evaluate(() => ({
    site: document.querySelector('meta[property="og:site_name"]')?.getAttribute('content'),
    icons: [...document.querySelectorAll('link[rel="icon"]')].map((link) => link.getAttribute('href')),
  }))
  expect(head).toEqual({ site: '상생누리', icons: ['/assets/favicon.svg'] })

  await chooseOption(page, 'field-business', '물산업 혁신기업 육성')
  await page.fill('#field-title', '물산업 스타트업 현장 실증 지원')
  // The counter follows the typing, counted as the server counts (a Hangul syllable is one).
  const counter = fieldBlock(page, 'summary').locator('[id="field-summary-count"]')
  await expect.poll(() => counter.innerText()).toBe('0 / 200자')
  await page.fill('#field-summary', '가'.repeat(12))
  await expect.poll(() => counter.innerText()).toBe('12 / 200자')
  await page.fill('#field-summary', '가'.repeat(201))
  await expect.poll(() => counter.innerText()).toBe('201 / 200자 (1자 초과)')
  // Tied to the textarea and announced politely; over the limit it says so in words.
  expect(await page.locator('#field-summary').getAttribute('aria-describedby')).toContain('field-summary-count')
  expect(await counter.getAttribute('aria-live')).toBe('polite')
  expect(await counter.getAttribute('data-over')).toBe('true')
  await page.fill('#field-purpose', '중소기업이 실증 실적을 확보하도록 돕습니다.')
  await expect.poll(() => fieldBlock(page, 'purpose').locator('[id="field-purpose-count"]').innerText()).toBe('24 / 200자')
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: '/tmp/admin-counter.png', fullPage: true })

  await chooseOption(page, 'field-supportField', '기술지원')
  await chooseOption(page, 'field-targetScope', '전체 오픈')
  const today = kstToday()
  await fillDay(page, 'applyStart', addDays(today, 10))
  await fillDay(page, 'applyEnd', addDays(today, 5))
  await fillDay(page, 'supportStart', addDays(today, 20))
  await fillDay(page, 'supportEnd', addDays(today, 120))
  await chooseOption(page, 'field-regions', '대전')
  // A right-to-left override (U+202E) makes a line read backwards on the site and in e-mails.
  await page.fill('#field-contact__department', '상생협력처\u202e')
  await page.fill('#field-contact__phone', '042-629-0000')

  // Programs are versioned: a company admin's 저장 saves a draft, and the rules run on drafts too.
  await page.keyboard.press('Escape')
  const save = page.locator('#action-save-draft:visible, #action-save:visible').first()
  const response = await submitAndWait(page, save, (res) => /\/api\/programs(\?|$)/.test(res.url()) && res.request().method() === 'POST')
  // The server refuses in Payload's per-field shape, the one the form reads to mark each field.
  expect(response?.status()).toBe(400)
  const body = (await response!.json()) as { errors: { data?: { errors?: { path: string; label: string }[] } }[] }
  expect(body.errors[0].data?.errors?.map(({ path, label }) => `${path}:${label}`).sort()).toEqual(['applyEnd:신청기간 종료일', 'contact.department:문의처 > 담당부서', 'summary:프로그램개요', 'title:프로그램명'])
  // The summary on screen names the fields by their labels, never a code name.
  const summary = page.locator('[data-sonner-toast]', { hasText: '유효하지 않습니다' }).first()
  await summary.waitFor({ timeout: 10_000 })
  const summaryText = await summary.innerText()
  for (const label of ['프로그램명', '프로그램개요', '신청기간 종료일', '담당부서']) expect(summaryText).toContain(label)
  expect(summaryText).not.toMatch(/\b(title|summary|applyEnd|contact|department)\b/)

  const expectations = [
    ['title', msg(null, 'titleNeedsPeriod')],
    ['summary', msg(null, 'tooLong', { max: 200, count: 201 })],
    ['applyEnd', msg(null, 'applyEndBeforeStart')],
    ['contact__department', msg(null, 'controlCharacters', { field: '담당부서' })],
  ] as const
  for (const [id, message] of expectations) {
    const block = fieldBlock(page, id)
    await block.locator('.field-error', { hasText: message }).waitFor({ timeout: 30_000 })
    // Payload marks the field itself (its error class) and shows the reason at it.
    expect(await block.getAttribute('class'), id).toMatch(/\berror\b/)
    expect(await block.locator('.field-error').innerText(), id).toBe(message)
  }
  // Nothing else is flagged, and nothing was saved: still the create form.
  expect(await page.locator('.field-error').count()).toBe(expectations.length)
  expect(new URL(page.url()).pathname).toBe('/admin/collections/programs/create')
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: '/tmp/admin-errors.png', fullPage: true })

  // The form speaks Korean: no English sentence or word beyond file types and the date format.
  const text = await page.locator('main, .collection-edit').first().innerText()
  const latin = [...new Set(text.match(/[A-Za-z]{2,}/g) ?? [])].filter((word) => !ALLOWED_LATIN.has(word))
  expect(latin, text).toEqual([])

  // axe on the form: our own markup (the counter) must pass; Payload's own findings are listed.
  const violations = await axeViolations(page, 'program form with errors', { include: '.collection-edit' })
  const ours = violations.filter((line) => line.includes('count'))
  expect(ours).toEqual([])
  if (violations.length) console.info(`axe on Payload's form (not ours):\n${violations.join('\n')}`)
})

test('the document-lock dialog names who holds the program and when, in Korean date form', async () => {
  const login = await fetch(`${suite.server.url}/api/users/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'kwater@winwinnuri.test', password: 'winwin-demo-1234' }),
  }).then((res) => res.json() as Promise<{ token: string; user: { company: number | { id: number } } }>)
  const company = typeof login.user.company === 'object' ? login.user.company.id : login.user.company
  const programs = await fetch(`${suite.server.url}/api/programs?depth=0&limit=1&where[company][equals]=${company}`, { headers: { Authorization: `JWT ${login.token}` } })
    .then((res) => res.json() as Promise<{ docs: { id: number }[] }>)
  const editUrl = `${suite.server.url}/admin/collections/programs/${programs.docs[0].id}`

  // The platform admin opens the program and starts editing it: Payload locks it to them.
  const holder = await launchBrowser()
  try {
    const adminPage = await holder.context.newPage()
    await adminLogin(adminPage, suite.server.url, 'admin@winwinnuri.test')
    await adminPage.goto(editUrl)
    await adminPage.locator('#field-notes').waitFor()
    await adminPage.fill('#field-notes', '검토 중입니다.')
    await adminPage.waitForTimeout(2_000)

    await suite.browser.context.clearCookies()
    const page = await suite.browser.context.newPage()
    screenshotOnFailure(page, 'admin-lock', () => suite.server.output().slice(-4000))
    await adminLogin(page, suite.server.url, 'kwater@winwinnuri.test')
    await page.goto(editUrl)
    const dialog = page.locator('.document-locked__content')
    await dialog.waitFor({ timeout: 30_000 })
    const text = await dialog.innerText()
    // Who: the holder's e-mail, not "사용자: 1"; when: YYYY-MM-DD HH:mm (Seoul), not "Dec 7, 2026".
    expect(text).toContain('admin@winwinnuri.test')
    expect(text).not.toMatch(/사용자: \d/)
    await expect.poll(async () => (await dialog.locator('p').nth(1).locator('strong').innerText()).trim()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    expect(await dialog.innerText()).not.toMatch(/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|\b[AP]M\b/)
    await page.screenshot({ path: '/tmp/admin-lock.png', fullPage: true })
  } finally {
    await holder.close()
  }
})

test('a file added through 첨부문서 › 새로 생성 is confirmed in Korean, not "Successfully saved 1 files"', async () => {
  await suite.browser.context.clearCookies()
  const page = await suite.browser.context.newPage()
  screenshotOnFailure(page, 'admin-upload', () => suite.server.output().slice(-4000))
  await adminLogin(page, suite.server.url, 'kwater@winwinnuri.test')
  await page.goto(`${suite.server.url}/admin/collections/programs/create`)
  const attachments = page.locator('.field-type.upload').filter({ hasText: '첨부문서' }).first()
  await attachments.getByRole('button', { name: '새로 생성' }).click()
  await page.locator('.bulk-upload--add-files input[type=file]').setInputFiles({ name: '모집공고.pdf', mimeType: 'application/pdf', buffer: await pdf('Recruitment notice') })
  // The drawer has an actions bar per layout (one hidden): the visible 저장.
  const saveAll = page.locator('.bulk-upload--actions-bar__buttons button:visible', { hasText: '저장' }).first()
  await saveAll.waitFor()
  await saveAll.click()
  await page.locator('[data-sonner-toast]', { hasText: '파일 1개를 저장했습니다.' }).waitFor({ timeout: 30_000 })
  expect(await page.locator('[data-sonner-toast]', { hasText: /Successfully|files/ }).count()).toBe(0)
})
