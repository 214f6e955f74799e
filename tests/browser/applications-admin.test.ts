/**
 * 신청서 in the Korean admin, as the program's company admin sees it (the demo's
 * doosan@winwinnuri.test, whose courses the demo SMEs applied to): the list names each applicant
 * company and person with their phone and e-mail, the program, 상태 and 신청일; the search finds an
 * applicant by name; the detail shows 신청자 정보 first, read-only, and the attachments as downloads.
 * Another company's admin (kwater@) sees none of it. And the apply form after a refusal: the page
 * title says 오류, the summary has the focus, the phone field is marked and described by its message.
 * Screenshots: /tmp/applications-list.png, /tmp/application-detail.png, /tmp/apply-error.png.
 */
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { kstToday } from '../../kernel/rules/dates'
import { DEMO_PASSWORD } from '../../seed/data/users'
import { adminLogin } from '../helpers/admin'
import { axeViolations } from '../helpers/axe'
import { screenshotOnFailure } from '../helpers/browser'
import { bootBrowserSuite } from '../helpers/browserSuite'

/** The demo's applications to 두산중공업's courses (seed/data/participation.ts, seed/data/users.ts). */
const APPLICANTS = [
  { company: '(주)바른데이터랩', name: '김소연', email: 'data@winwinnuri.test', phone: '010-2345-6781', program: '[교육] 생산계획수립', status: '선정' },
  { company: '그린물산업(주)', name: '이도현', email: 'water@winwinnuri.test', phone: '042-123-4567', program: '[교육] 생산계획수립', status: '접수' },
  { company: '(주)세움반도체부품', name: '정하윤', email: 'seum@winwinnuri.test', phone: '055-234-5678', program: '[교육] 원자력 품질보증실무', status: '접수' },
]
const HEADERS = ['신청기업명', '신청자', '연락처/이메일', '프로그램', '상태', '신청일']


const suite = bootBrowserSuite()

async function newPage(name: string): Promise<Page> {
  await suite.browser.context.clearCookies()
  const page = await suite.browser.context.newPage()
  screenshotOnFailure(page, name, () => suite.server.output().slice(-3000))
  return page
}

const listUrl = () => `${suite.server.url}/admin/collections/applications`
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The list's rows as the person reads them: one array of cell texts per row. */
async function rows(page: Page): Promise<string[][]> {
  await page.locator('table tbody tr').first().waitFor()
  return page.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.replace(/\s+/g, ' ').trim())))
}

describe('신청서 as 두산중공업\'s company admin', () => {
  test('the list names each applicant: company, person, phone and e-mail, program, 상태, 신청일', async () => {
    const page = await newPage('applications-list')
    await adminLogin(page, suite.server.url, 'doosan@winwinnuri.test')
    await page.goto(listUrl())
    await page.locator('table tbody tr').first().waitFor()
    // The column headers, in this order, after the row-selection column.
    const headers = (await page.locator('table thead th').allInnerTexts()).map(squash).filter(Boolean)
    expect(headers).toEqual(HEADERS)
    const table = await rows(page)
    expect(table).toHaveLength(APPLICANTS.length)
    for (const applicant of APPLICANTS) {
      const row = table.find((cells) => cells.includes(applicant.company))
      expect(row, applicant.company).toBeDefined()
      const [company, name, contact, program, status, day] = row!.filter(Boolean)
      expect([company, name, status]).toEqual([applicant.company, applicant.name, applicant.status])
      expect(contact).toBe(`${applicant.phone} ${applicant.email}`)
      expect(program).toMatch(/^\d{4}년 /)
      expect(program).toContain(applicant.program)
      expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(day <= kstToday()).toBe(true)
    }
    // Nothing in the list is an id or a placeholder for a record the admin may not read.
    const text = await page.locator('table').innerText()
    expect(text).not.toMatch(/제목 없음|ID: \d|불러오는 중/)
    await page.screenshot({ path: '/tmp/applications-list.png', fullPage: true })
    const ours = await axeViolations(page, 'applications list cells', { include: '.applicant-contact' })
    expect(ours).toEqual([])
    const all = await axeViolations(page, 'applications list')
    if (all.length > 0) console.warn(`axe on the whole admin list (Payload's chrome included):\n${all.join('\n')}`)
    await page.close()
  })

  test('the search finds an applicant by company or person', async () => {
    const page = await newPage('applications-search')
    await adminLogin(page, suite.server.url, 'doosan@winwinnuri.test')
    for (const [query, company] of [['세움반도체', '(주)세움반도체부품'], ['이도현', '그린물산업(주)']]) {
      await page.goto(`${listUrl()}?search=${encodeURIComponent(query)}`)
      await expect.poll(async () => (await rows(page)).map((cells) => cells.filter(Boolean)[0])).toEqual([company])
    }
    await page.close()
  })

  test('the detail: titled by the company, 신청자 정보 read-only at the top, the attachment downloadable', async () => {
    const page = await newPage('application-detail')
    await adminLogin(page, suite.server.url, 'doosan@winwinnuri.test')
    await page.goto(listUrl())
    const applicant = APPLICANTS[0]
    await page.locator('table tbody tr', { hasText: applicant.company }).locator('a').first().click()
    await page.waitForURL(/\/admin\/collections\/applications\/[^/]+$/)
    await expect.poll(() => page.locator('h1').first().innerText()).toBe(applicant.company)
    const values: Record<string, string> = {
      applicantCompanyName: applicant.company, applicantName: applicant.name, applicantEmail: applicant.email, applicantPhone: applicant.phone,
    }
    for (const [field, value] of Object.entries(values)) {
      const input = page.locator(`#field-${field}`)
      await expect.poll(() => input.inputValue()).toBe(value)
      expect(await input.isDisabled() || (await input.getAttribute('readonly')) !== null, `${field} read-only`).toBe(true)
    }
    // The labels the person reads, and 신청자 정보 above 신청 내용.
    for (const text of ['신청기업명', '신청자', '이메일', '연락처', '프로그램', '신청 내용', '첨부서류']) {
      expect(await page.locator('label', { hasText: new RegExp(`^${text}`) }).count(), text).toBeGreaterThan(0)
    }
    const top = async (selector: string) => (await page.locator(selector).boundingBox())!.y
    expect(await top('#field-applicantPhone')).toBeLessThan(await top('#field-answers'))
    // The company admin sees neither a user id nor an unreadable account link.
    expect(await page.locator('#field-applicant').count()).toBe(0)
    expect(await page.locator('main, .collection-edit').first().innerText()).not.toMatch(/제목 없음|ID: \d/)
    // The attachment the applicant sent is offered as a download, and the server sends it.
    const file = page.locator('.field-type.upload a[href*="/api/private-files/file/"], a[href*="/api/private-files/file/"]').first()
    await file.waitFor()
    const href = await file.getAttribute('href')
    const cookies = (await suite.browser.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
    const download = await fetch(new URL(href!, suite.server.url), { headers: { cookie: cookies } })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-disposition')).toMatch(/^attachment/)
    await page.screenshot({ path: '/tmp/application-detail.png', fullPage: true })
    await page.close()
  })
})

describe('another company\'s admin', () => {
  test('kwater@ sees none of 두산중공업\'s applicants, in the list or by the address', async () => {
    const doosan = await newPage('applications-other-admin')
    await adminLogin(doosan, suite.server.url, 'doosan@winwinnuri.test')
    await doosan.goto(listUrl())
    await doosan.locator('table tbody tr', { hasText: APPLICANTS[0].company }).locator('a').first().click()
    await doosan.waitForURL(/\/admin\/collections\/applications\/[^/]+$/)
    const detailUrl = doosan.url()
    await doosan.close()

    const page = await newPage('applications-other-admin')
    await adminLogin(page, suite.server.url, 'kwater@winwinnuri.test')
    await page.goto(listUrl())
    await page.waitForLoadState('networkidle')
    const text = await page.locator('main, body').first().innerText()
    for (const applicant of APPLICANTS) {
      expect(text).not.toContain(applicant.company)
      expect(text).not.toContain(applicant.email)
    }
    await page.goto(detailUrl)
    await page.waitForLoadState('networkidle')
    const detail = await page.locator('body').innerText()
    expect(detail).not.toContain(APPLICANTS[0].email)
    expect(detail).not.toContain(APPLICANTS[0].phone)
    await page.close()
  })
})

describe('the apply form after a refusal (keyboard and screen reader)', () => {
  test('오류 in the title, the focus on the summary, the phone marked invalid and described by its message', async () => {
    const page = await newPage('apply-error')
    await page.goto(`${suite.server.url}/login/`)
    await page.fill('#f-email', 'sme@winwinnuri.test')
    await page.fill('#f-password', DEMO_PASSWORD)
    await page.click('form button[type=submit]')
    await page.waitForURL(/\/my\//)
    const open = await fetch(`${suite.server.url}/api/programs?depth=0&where[title][contains]=${encodeURIComponent('생산계획수립')}`)
    const applyPath = `/programs/${(await open.json()).docs[0].id}/apply/`
    await page.goto(`${suite.server.url}${applyPath}`)
    expect(await page.title()).not.toMatch(/^오류/)
    const phone = page.locator('#f-phone')
    expect([await phone.getAttribute('type'), await phone.getAttribute('autocomplete')]).toEqual(['tel', 'tel'])
    await page.fill('#f-phone', '공일공-1234')
    await page.fill('#f-answers', '품질관리 담당자 1명이 참여하고자 합니다.')
    await page.check('#f-consent')
    await page.click('form.apply-form button[type=submit]')
    await page.waitForLoadState('load')
    expect(await page.title()).toMatch(/^오류: /)
    const focused = await page.evaluate(() => ({ className: document.activeElement?.className ?? '', text: (document.activeElement as HTMLElement | null)?.innerText ?? '' }))
    expect(focused.className).toContain('error-summary')
    expect(focused.text).toContain('국내 전화번호')
    expect(await phone.getAttribute('aria-invalid')).toBe('true')
    const described = (await phone.getAttribute('aria-describedby'))!.split(' ')
    expect(described).toContain('f-phone-error')
    expect(await page.locator('#f-phone-error').innerText()).toContain('국내 전화번호')
    expect(await phone.inputValue()).toBe('공일공-1234')
    // The summary's link takes the keyboard to the field.
    await page.locator('.error-summary a[href="#f-phone"]').click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-phone')
    expect(await axeViolations(page, 'apply form with an error')).toEqual([])
    await page.screenshot({ path: '/tmp/apply-error.png', fullPage: true })
    await page.close()
  })
})
