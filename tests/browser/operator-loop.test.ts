/**
 * Issue 11: the operator's loop in the admin, as the guide draws it (① 가입 → ② 사업 및 프로그램
 * 관리 → ③ 사업 + 프로그램 → ④ 확인결과 체크), walked in Debian Chromium against the real
 * `npm start` with the demo, as kwater@ (한국수자원공사) and admin@, with every work e-mail caught
 * by a real SMTP server. Each step asserts what the person sees: the per-field Korean errors of a
 * refused save, the 수정요청 reason in the form and in the e-mail, each dashboard chip opening the
 * right list, the applicant's name in 신청서, and the public page keeping the approved text while
 * an edit waits for review.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { addDays, kstToday } from '../../cms/domain/dates'
import { adminLogin, chooseOption, fillDay, saveDocument } from '../helpers/admin'
import { axeViolations } from '../helpers/axe'
import { launchBrowser, screenshotOnFailure } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { startSmtpSink, type SinkMessage, type SmtpSink } from '../helpers/smtpSink'
import { DEMO_PASSWORD } from '../../seed/data/users'

const YEAR = kstToday().slice(0, 4)
const TITLE = `${YEAR}년 물산업 스타트업 현장 실증 지원`
const FIRST_SUMMARY = '물산업 스타트업의 신기술을 수자원공사 현장에서 실증하도록 지원합니다.'
const REVISED_SUMMARY = '물산업 스타트업의 신기술을 수자원공사 정수장 세 곳에서 실증하도록 지원합니다.'
const REASON = '지원내용에 실증 장소와 기간을 적어 주세요.'
const KWATER = 'kwater@winwinnuri.test'
const ADMIN = 'admin@winwinnuri.test'

let server: RunningServer
let sink: SmtpSink
let browser: Awaited<ReturnType<typeof launchBrowser>>
const state = { programId: '', programUrl: '' }

beforeAll(async () => {
  sink = await startSmtpSink()
  server = await startServer({ env: { SMTP_URL: sink.url } })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await sink?.close()
})

async function staffPage(email: string): Promise<Page> {
  const page = await browser.context.newPage()
  screenshotOnFailure(page, 'operator-loop', () => server.output().slice(-4000))
  await page.context().clearCookies()
  await adminLogin(page, server.url, email)
  return page
}

/** The one message to `to` whose subject contains `subject`, once it has arrived. */
async function mailTo(to: string, subject: string): Promise<SinkMessage> {
  await expect.poll(async () => {
    await sink.settled()
    return sink.to(to).filter((m) => m.mail.subject?.includes(subject)).length
  }, { timeout: 30_000 }).toBeGreaterThan(0)
  const found = sink.to(to).filter((m) => m.mail.subject?.includes(subject))
  expect(found, `one "${subject}" e-mail to ${to}`).toHaveLength(1)
  return found[0]
}

/** The live public page's HTML once it answers 200 and contains `text` (the site rebuilds in the background). */
async function publicPageWith(text: string): Promise<string> {
  let html = ''
  await expect.poll(async () => {
    const res = await fetch(`${server.url}/programs/${state.programId}/`)
    html = res.status === 200 ? await res.text() : ''
    return html.includes(text)
  }, { timeout: 60_000, interval: 500 }).toBe(true)
  return html
}

/** The dashboard chip whose label starts with `label`: its count and where it leads. */
async function chip(page: Page, label: string): Promise<{ count: number; href: string }> {
  await page.goto(`${server.url}/admin`)
  const link = page.locator('.winwin-dashboard-summary a', { hasText: label }).first()
  const text = await link.innerText()
  return { count: Number(/(\d+)\s*건/.exec(text)?.[1]), href: (await link.getAttribute('href'))! }
}

/** Opens a chip and reads the list it leads to: the rows' text. */
async function openChip(page: Page, label: string): Promise<{ count: number; rows: string[] }> {
  const { count, href } = await chip(page, label)
  await page.goto(`${server.url}${href}`)
  await page.locator('.collection-list').waitFor()
  const rows = count === 0 ? [] : await page.locator('.collection-list table tbody tr').allInnerTexts()
  return { count, rows }
}

describe('the operator loop', () => {
  test('③ in a 사업, + 새로 추가 opens a program with the 사업 chosen; a save that breaks three rules names each reason under its field', async () => {
    const page = await staffPage(KWATER)
    await page.goto(`${server.url}/admin/collections/businesses`)
    // The operator's list holds its own 사업 only, each with its programs counted.
    const businesses = await page.locator('.collection-list table tbody tr').allInnerTexts()
    expect(businesses.length).toBeGreaterThan(0)
    for (const row of businesses) expect(row).not.toContain('두산')
    await page.locator('.collection-list table tbody tr a', { hasText: '물산업 혁신기업 육성' }).click()
    await page.locator('#field-name').waitFor()
    // The 사업 lists its programs with their 진행단계.
    const joined = page.locator('.field-type.join')
    await expect.poll(() => joined.innerText()).toContain('진행단계')
    await joined.getByRole('button', { name: '새로 추가' }).click()
    const drawer = page.locator('.drawer--is-open, [class*="drawer"][class*="open"]').last()
    await drawer.locator('#field-title').waitFor()
    expect(await drawer.locator('#field-business').innerText()).toContain('물산업 혁신기업 육성')

    // Three rules broken at once: no period in the title, 201 characters of 개요, an end before its start.
    await drawer.locator('#field-title').fill('물산업 스타트업 현장 실증 지원')
    await drawer.locator('#field-summary').fill('가'.repeat(201))
    await drawer.locator('#field-purpose').fill('중소기업이 실증 실적을 확보하여 판로를 넓히도록 돕습니다.')
    await chooseOption(drawer, 'field-supportField', '기술지원')
    await chooseOption(drawer, 'field-targetScope', '전체 오픈')
    const today = kstToday()
    await fillDay(drawer, 'applyStart', today)
    await fillDay(drawer, 'applyEnd', addDays(today, -1))
    await fillDay(drawer, 'supportStart', addDays(today, 20))
    await fillDay(drawer, 'supportEnd', addDays(today, 120))
    await chooseOption(drawer, 'field-regions', '대전')
    await drawer.locator('#field-contact__department').fill('상생협력처')
    await drawer.locator('#field-contact__phone').fill('042-629-0000')
    // Payload draws its own box over the input, which would intercept a plain click.
    await drawer.locator('#field-applyOnline').check({ force: true })
    await drawer.locator('#action-save-draft').click()
    const errors = drawer.locator('.field-error')
    await expect.poll(() => errors.allInnerTexts().then((all) => all.join('\n')), { timeout: 30_000 }).toContain('시기를 명시')
    const shown = (await errors.allInnerTexts()).join('\n')
    expect(shown).toContain('200자 이내로 입력해 주세요 (현재 201자)')
    expect(shown).toContain('신청기간의 종료일이 시작일보다 빠릅니다')
    for (const id of ['title', 'summary', 'applyEnd']) {
      expect(await drawer.locator(`.field-type.error:has(#field-${id})`).count(), `${id} is marked`).toBeGreaterThan(0)
    }
    await page.screenshot({ path: '/tmp/operator-loop-refused.png', fullPage: true })

    // Fixed, and sent for review (확인요청).
    await drawer.locator('#field-title').fill(TITLE)
    await drawer.locator('#field-summary').fill(FIRST_SUMMARY)
    await fillDay(drawer, 'applyEnd', addDays(today, 14))
    await chooseOption(drawer, 'field-reviewStatus', '확인요청')
    await drawer.locator('#action-save-draft').click()
    await page.locator('[data-sonner-toast]', { hasText: /되었습니다|했습니다/ }).first().waitFor({ timeout: 30_000 })
    const created = await (await fetch(`${server.url}/api/programs?where[title][equals]=${encodeURIComponent(TITLE)}&depth=0`, {
      headers: { cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
    })).json() as { docs: { id: number; reviewStatus: string }[] }
    expect(created.docs.map((d) => d.reviewStatus)).toEqual(['submitted'])
    state.programId = String(created.docs[0].id)
    state.programUrl = `${server.url}/admin/collections/programs/${state.programId}`
    // Not public yet.
    expect((await fetch(`${server.url}/api/programs/${state.programId}`)).status).toBe(404)
    await page.close()
  })

  test('the platform admins get the hourly 확인요청 digest; admin@ asks for changes with a reason', async () => {
    const digest = await mailTo(ADMIN, '[상생누리] 확인요청')
    expect(digest.mail.text).toContain(TITLE)
    const page = await staffPage(ADMIN)
    const queue = await openChip(page, '확인 대기 프로그램')
    expect(queue.rows.some((row) => row.includes(TITLE))).toBe(true)
    for (const row of queue.rows) expect(row).toContain('확인요청')
    await page.goto(state.programUrl)
    await page.locator('#field-reviewNote').waitFor()
    await chooseOption(page, 'field-reviewStatus', '수정요청')
    await page.fill('#field-reviewNote', REASON)
    await saveDocument(page, '#action-save-draft')
    await page.close()
  })

  test('④ kwater is e-mailed the reason with a link to the form, and the form shows it (read-only) with the 확인 이력', async () => {
    const mail = await mailTo(KWATER, `[상생누리] 수정요청: ${TITLE}`)
    expect(mail.mail.text).toContain(REASON)
    const link = /https?:\/\/\S+\/admin\/collections\/programs\/\d+/.exec(mail.mail.text ?? '')?.[0]
    expect(link).toBeTruthy()
    const page = await staffPage(KWATER)
    // The chip 수정요청 받음 counts it and opens the list of exactly those programs.
    const changes = await openChip(page, '수정요청 받음')
    expect(changes.count).toBe(1)
    expect(changes.rows).toHaveLength(1)
    expect(changes.rows[0]).toContain(TITLE)
    expect(changes.rows[0]).toContain('수정요청')
    await page.goto(new URL(new URL(link!).pathname, server.url).toString())
    const notice = page.locator('.winwin-review-notice--changes')
    await notice.waitFor()
    expect(await notice.innerText()).toContain('수정요청 사유')
    expect(await notice.innerText()).toContain(REASON)
    // The reason is not an editable box for the operator.
    expect(await page.locator('#field-reviewNote').count()).toBe(0)
    const history = await page.locator('.winwin-review-history').innerText()
    expect(history).toContain('확인요청 → 수정요청')
    expect(history).toContain(REASON)
    // The 확인상태 select offers the operator only what it may choose.
    await page.locator('#field-reviewStatus .rs__control').click()
    const options = await page.locator('#field-reviewStatus .rs__option').allInnerTexts()
    expect(options.sort()).toEqual(['수정요청', '작성중', '확인요청'].sort())
    await page.keyboard.press('Escape')
    expect(await axeViolations(page, 'review notice', { include: '.winwin-review-notice' })).toEqual([])
    expect(await axeViolations(page, 'review history', { include: '.winwin-review-history' })).toEqual([])
    await page.screenshot({ path: '/tmp/operator-loop-changes-requested.png', fullPage: true })

    await page.fill('#field-notes', '실증 장소: 대전·세종 정수장, 기간: 선정 후 6개월')
    await chooseOption(page, 'field-reviewStatus', '확인요청')
    await saveDocument(page, '#action-save-draft')
    await page.reload()
    expect(await page.locator('.winwin-review-notice--submitted').innerText()).toContain('확인요청 중')
    await page.close()
  })

  test('admin@ approves (확인완료·공개): kwater gets the public link, and the page goes live', async () => {
    const page = await staffPage(ADMIN)
    await page.goto(state.programUrl)
    await page.locator('#action-save').waitFor()
    expect(await page.locator('#action-save').innerText()).toContain('확인완료·공개')
    await saveDocument(page, '#action-save')
    await page.close()
    const mail = await mailTo(KWATER, `[상생누리] 확인완료: ${TITLE}`)
    expect(mail.mail.text).toContain(`/programs/${state.programId}/`)
    await publicPageWith(FIRST_SUMMARY)
  })

  test('an SME applies; kwater is e-mailed and sees the applicant in 신청서 through its 접수된 신청서 chip', async () => {
    const page = await browser.context.newPage()
    screenshotOnFailure(page, 'operator-loop', () => server.output().slice(-4000))
    await page.context().clearCookies()
    await page.goto(`${server.url}/login/`)
    await page.fill('#f-email', 'sme@winwinnuri.test')
    await page.fill('#f-password', DEMO_PASSWORD)
    await page.click('main button:has-text("로그인")')
    await page.waitForURL((url) => url.pathname === '/my/')
    await page.goto(`${server.url}/programs/${state.programId}/apply/`)
    await page.fill('#f-phone', '010-2345-6789')
    await page.fill('#f-answers', '수질 센서 실증을 신청합니다.')
    await page.check('#f-consent')
    await page.click('form.apply-form button[type=submit]')
    await page.waitForURL((url) => url.pathname === '/my/' && url.searchParams.has('applied'))
    await page.close()

    await mailTo(KWATER, `[상생누리] 새 신청서: ${TITLE}`)
    const staff = await staffPage(KWATER)
    const received = await openChip(staff, '접수된 신청서')
    expect(received.count).toBeGreaterThanOrEqual(1)
    const row = received.rows.find((r) => r.includes(TITLE))
    expect(row).toBeTruthy()
    expect(row).toContain('(주)한빛정밀')
    expect(row).not.toContain('제목 없음')
    for (const r of received.rows) expect(r).toContain('접수')
    await staff.locator('.collection-list table tbody tr', { hasText: TITLE }).locator('a').first().click()
    await staff.locator('#field-applicantCompanyName').waitFor()
    expect(await staff.inputValue('#field-applicantCompanyName')).toBe('(주)한빛정밀')
    expect(await staff.inputValue('#field-applicantPhone')).toBe('010-2345-6789')
    expect(await staff.inputValue('#field-applicantName')).toBeTruthy()
    await staff.close()
  })

  test('an edit of the live program waits as a revision: the form says so first, the public page keeps the approved text until admin@ approves', async () => {
    const page = await staffPage(KWATER)
    await page.goto(state.programUrl)
    const live = page.locator('.winwin-review-notice--live')
    await live.waitFor()
    expect(await live.innerText()).toContain('공개 중')
    expect(await live.innerText()).toContain('확인완료할 때까지')
    await page.fill('#field-summary', REVISED_SUMMARY)
    await saveDocument(page, '#action-save-draft')
    await page.reload()
    const pending = await page.locator('.winwin-review-notice--submitted').innerText()
    expect(pending).toContain('확인요청 중')
    expect(pending).toContain('수정본')
    await page.screenshot({ path: '/tmp/operator-loop-revision.png', fullPage: true })
    // The chip 확인요청 중 opens the revision, which shows both 진행단계.
    const waiting = await openChip(page, '확인요청 중')
    const row = waiting.rows.find((r) => r.includes(TITLE))
    expect(row).toContain('확인요청')
    expect(row).toContain('모집중')
    await page.close()

    // No rebuild was queued: the public page still serves the approved text.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    const html = await (await fetch(`${server.url}/programs/${state.programId}/`)).text()
    expect(html).toContain(FIRST_SUMMARY)
    expect(html).not.toContain(REVISED_SUMMARY)
    const api = await (await fetch(`${server.url}/api/programs/${state.programId}?depth=0`)).json() as { summary: string; phase: string }
    expect([api.summary, api.phase]).toEqual([FIRST_SUMMARY, 'recruiting'])

    const admin = await staffPage(ADMIN)
    await admin.goto(state.programUrl)
    await admin.locator('#action-save').waitFor()
    await saveDocument(admin, '#action-save')
    await admin.close()
    await publicPageWith(REVISED_SUMMARY)
  })
})
