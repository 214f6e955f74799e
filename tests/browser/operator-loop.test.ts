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
import { describe, expect, test } from 'vitest'
import { addDays, kstToday } from '../../kernel/rules/dates'
import { adminLogin, chooseOption, fillDay, saveDocument, submitAndWait } from '../helpers/admin'
import { axeViolations } from '../helpers/axe'
import { screenshotOnFailure } from '../helpers/browser'
import { bootBrowserSuite } from '../helpers/browserSuite'
import type { SinkMessage } from '../helpers/smtpSink'
import { DEMO_PASSWORD } from '../../seed/data/users'

const YEAR = kstToday().slice(0, 4)
const TITLE = `${YEAR}년 물산업 스타트업 현장 실증 지원`
const FIRST_SUMMARY = '물산업 스타트업의 신기술을 수자원공사 현장에서 실증하도록 지원합니다.'
const REVISED_SUMMARY = '물산업 스타트업의 신기술을 수자원공사 정수장 세 곳에서 실증하도록 지원합니다.'
const REASON = '지원내용에 실증 장소와 기간을 적어 주세요.'
const KWATER = 'kwater@winwinnuri.test'
const ADMIN = 'admin@winwinnuri.test'

const state = { programId: '', programUrl: '' }

// The server's work e-mails go to a real SMTP server on loopback (the sink).
const suite = bootBrowserSuite({ smtp: true })

async function staffPage(email: string): Promise<Page> {
  const page = await suite.browser.context.newPage()
  screenshotOnFailure(page, 'operator-loop', () => suite.server.output().slice(-4000))
  await page.context().clearCookies()
  await adminLogin(page, suite.server.url, email)
  return page
}

/**
 * Leaves the form as a person does, by the admin's own link to the dashboard: Payload releases
 * the document lock when its form is left inside the admin (closing the tab or loading another
 * URL keeps it until it expires, and the next person meets the lock dialog).
 */
async function toDashboard(page: Page): Promise<void> {
  await page.locator('a[href="/admin"]').first().click()
  await page.locator('.winwin-dashboard-summary').waitFor()
}

async function leave(page: Page): Promise<void> {
  await toDashboard(page)
  await page.close()
}

/**
 * Opens a program's form. Payload may still hold the previous editor's lock (a form-state request
 * still in flight when they saved can lock the document again, until the lock expires); the next
 * person then sees the Korean lock dialog naming who edited last, and takes over, as a person would.
 */
async function openProgramForm(page: Page, url = state.programUrl): Promise<void> {
  await page.goto(url)
  await page.locator('#field-title').waitFor()
  const locked = page.locator('#document-locked')
  // The dialog comes once the form has asked who holds the document.
  if (await locked.waitFor({ timeout: 5_000 }).then(() => true, () => false)) {
    expect(await locked.innerText()).toContain('님이 이 문서를 편집하고 있습니다')
    await locked.getByRole('button', { name: '인수하기' }).click()
    await locked.waitFor({ state: 'hidden' })
  }
}

/** The one message to `to` whose subject contains `subject`, once it has arrived. */
async function mailTo(to: string, subject: string): Promise<SinkMessage> {
  await expect.poll(async () => {
    await suite.sink.settled()
    return suite.sink.to(to).filter((m) => m.mail.subject?.includes(subject)).length
  }, { timeout: 30_000 }).toBeGreaterThan(0)
  const found = suite.sink.to(to).filter((m) => m.mail.subject?.includes(subject))
  expect(found, `one "${subject}" e-mail to ${to}`).toHaveLength(1)
  return found[0]
}

/** The live public page's HTML once it answers 200 and contains `text` (the site rebuilds in the background). */
async function publicPageWith(text: string): Promise<string> {
  let html = ''
  await expect.poll(async () => {
    const res = await fetch(`${suite.server.url}/programs/${state.programId}/`)
    html = res.status === 200 ? await res.text() : ''
    return html.includes(text)
  }, { timeout: 60_000, interval: 500 }).toBe(true)
  return html
}

/**
 * Clicks the dashboard chip whose label starts with `label` and reads the list it opens: the
 * chip's count, the list's rows and the filter in its address.
 */
async function openChip(page: Page, label: string): Promise<{ count: number; rows: string[]; url: string }> {
  await page.goto(`${suite.server.url}/admin`)
  const link = page.locator('.winwin-dashboard-summary a', { hasText: label }).first()
  const count = Number(/(\d+)\s*건/.exec(await link.innerText())?.[1])
  await link.click()
  await page.waitForURL(/\/admin\/collections\//)
  await page.locator('.collection-list').waitFor()
  const rows = count === 0 ? [] : await page.locator('.collection-list table tbody tr').allInnerTexts()
  // The list shows exactly what the chip counted, and its filter is a real query, not "[object Object]".
  expect(rows, `${label}: ${count}건`).toHaveLength(count)
  expect(decodeURIComponent(page.url())).not.toContain('[object Object]')
  return { count, rows, url: page.url() }
}

describe('the operator loop', () => {
  test('③ in a 사업, + 프로그램 opens a program with the 사업 chosen; a save that breaks three rules names each reason under its field', async () => {
    const page = await staffPage(KWATER)
    await page.goto(`${suite.server.url}/admin/collections/businesses`)
    // The operator's list holds its own 사업 only, each with its programs counted.
    const businesses = await page.locator('.collection-list table tbody tr').allInnerTexts()
    expect(businesses.length).toBeGreaterThan(0)
    for (const row of businesses) expect(row).not.toContain('두산')
    await page.locator('.collection-list table tbody tr a', { hasText: '물산업 혁신기업 육성' }).first().click()
    await page.locator('#field-name').waitFor()
    // The 사업 lists its programs with their 진행단계.
    const joined = page.locator('.field-type.join')
    await expect.poll(() => joined.innerText()).toContain('진행단계')
    // + 프로그램: the full program form with the 사업 chosen.
    const businessUrl = page.url()
    await page.getByRole('link', { name: '+ 이 사업에 프로그램 등록' }).click()
    await page.waitForURL(/\/admin\/collections\/programs\/create\?business=/)
    const form = page.locator('.collection-edit').first()
    await form.locator('#field-title').waitFor()
    await expect.poll(() => form.locator('#field-business').innerText(), { timeout: 15_000 }).toContain('물산업 혁신기업 육성')

    // Three rules broken at once: no period in the title, 201 characters of 개요, an end before its start.
    await form.locator('#field-title').fill('물산업 스타트업 현장 실증 지원')
    await form.locator('#field-summary').fill('가'.repeat(201))
    await form.locator('#field-purpose').fill('중소기업이 실증 실적을 확보하여 판로를 넓히도록 돕습니다.')
    await chooseOption(form, 'field-supportField', '기술지원')
    await chooseOption(form, 'field-targetScope', '전체 오픈')
    const today = kstToday()
    await fillDay(form, 'applyStart', today)
    await fillDay(form, 'applyEnd', addDays(today, -1))
    await fillDay(form, 'supportStart', addDays(today, 20))
    await fillDay(form, 'supportEnd', addDays(today, 120))
    await chooseOption(form, 'field-regions', '대전')
    await form.locator('#field-contact__department').fill('상생협력처')
    await form.locator('#field-contact__phone').fill('042-629-0000')
    // Payload draws its own box over the input, which would intercept a plain click.
    await form.locator('input[name="applyOnline"]').check({ force: true })
    await chooseOption(form, 'field-reviewStatus', '확인요청')
    const isCreate = (res: { url(): string; request(): { method(): string } }) => /\/api\/programs(\?|$)/.test(res.url()) && res.request().method() === 'POST'
    const refused = await submitAndWait(page, form.locator('#action-save-draft'), isCreate)
    expect(refused.status()).toBe(400)
    const reasons = [
      ['title', '시기를 명시해 주세요'],
      ['summary', '200자 이내로 입력해 주세요 (현재 201자)'],
      ['applyEnd', '신청기간의 종료일이 시작일보다 빠릅니다'],
    ] as const
    for (const [id, reason] of reasons) {
      const block = form.locator(`.field-type:has(#field-${id})`).last()
      await block.locator('.field-error', { hasText: reason }).waitFor({ timeout: 30_000 })
      expect(await block.getAttribute('class'), `${id} is marked`).toMatch(/\berror\b/)
    }
    await page.screenshot({ path: '/tmp/operator-loop-refused.png', fullPage: true })

    // Fixed, and sent for review (확인요청).
    await form.locator('#field-title').fill(TITLE)
    await form.locator('#field-summary').fill(FIRST_SUMMARY)
    await fillDay(form, 'applyEnd', addDays(today, 14))
    const saved = await submitAndWait(page, form.locator('#action-save-draft'), isCreate)
    expect(saved.status()).toBe(201)
    const { doc } = (await saved.json()) as { doc: { id: number; reviewStatus: string } }
    expect(doc.reviewStatus).toBe('submitted')
    state.programId = String(doc.id)
    state.programUrl = `${suite.server.url}/admin/collections/programs/${state.programId}`
    // The 사업 now lists it.
    await page.goto(businessUrl)
    await expect.poll(() => page.locator('.field-type.join').innerText(), { timeout: 15_000 }).toContain(TITLE)
    // Not public yet.
    expect((await fetch(`${suite.server.url}/api/programs/${state.programId}`)).status).toBe(404)
    await leave(page)
  })

  test('the platform admins get the hourly 확인요청 digest; admin@ asks for changes with a reason', async () => {
    const digest = await mailTo(ADMIN, '[상생누리] 확인요청')
    expect(digest.mail.text).toContain(TITLE)
    const page = await staffPage(ADMIN)
    const queue = await openChip(page, '확인 대기 프로그램')
    expect(queue.rows.some((row) => row.includes(TITLE))).toBe(true)
    for (const row of queue.rows) expect(row).toContain('확인요청')
    await openProgramForm(page)
    await page.locator('#field-reviewNote').waitFor()
    await chooseOption(page, 'field-reviewStatus', '수정요청')
    await page.fill('#field-reviewNote', REASON)
    await saveDocument(page, '#action-save-draft')
    await leave(page)
  })

  test('④ kwater is e-mailed the reason with a link to the form, and the form shows it (read-only) with the 확인 이력', async () => {
    const mail = await mailTo(KWATER, `[상생누리] 수정요청: ${TITLE}`)
    expect(mail.mail.text).toContain(REASON)
    const link = /https?:\/\/\S+\/admin\/collections\/programs\/\d+/.exec(mail.mail.text ?? '')?.[0]
    expect(link).toBeTruthy()
    const page = await staffPage(KWATER)
    // The chip 수정요청 받음 counts it and opens the list of exactly those programs.
    // (The demo's own: 한국수자원공사's live 싱가포르 program has a revision sent back too.)
    const changes = await openChip(page, '수정요청 받음')
    expect(changes.count).toBe(2)
    expect(changes.rows.some((row) => row.includes(TITLE))).toBe(true)
    expect(changes.rows.some((row) => row.includes('싱가포르 국제 물주간'))).toBe(true)
    for (const row of changes.rows) expect(row).toContain('수정요청')
    await openProgramForm(page, new URL(new URL(link!).pathname, suite.server.url).toString())
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
    await leave(page)
  })

  test('admin@ approves (확인완료·공개): kwater gets the public link, and the page goes live', async () => {
    const page = await staffPage(ADMIN)
    await openProgramForm(page)
    await page.locator('#action-save').waitFor()
    expect(await page.locator('#action-save').innerText()).toContain('확인완료·공개')
    await saveDocument(page, '#action-save')
    await leave(page)
    const mail = await mailTo(KWATER, `[상생누리] 확인완료: ${TITLE}`)
    expect(mail.mail.text).toContain(`/programs/${state.programId}/`)
    await publicPageWith(FIRST_SUMMARY)
  })

  test('an SME applies; kwater is e-mailed and sees the applicant in 신청서 through its 접수된 신청서 chip', async () => {
    const page = await suite.browser.context.newPage()
    screenshotOnFailure(page, 'operator-loop', () => suite.server.output().slice(-4000))
    await page.context().clearCookies()
    await page.goto(`${suite.server.url}/login/`)
    await page.fill('#f-email', 'sme@winwinnuri.test')
    await page.fill('#f-password', DEMO_PASSWORD)
    await page.click('main button:has-text("로그인")')
    await page.waitForURL((url) => url.pathname === '/my/')
    await page.goto(`${suite.server.url}/programs/${state.programId}/apply/`)
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
    await leave(staff)
  })

  test('an edit of the live program waits as a revision: the form says so first, the public page keeps the approved text until admin@ approves', async () => {
    const page = await staffPage(KWATER)
    await openProgramForm(page)
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
    await toDashboard(page)
    // The chip 확인요청 중 opens the revision, which shows both 진행단계.
    const waiting = await openChip(page, '확인요청 중')
    const row = waiting.rows.find((r) => r.includes(TITLE))
    expect(row).toContain('확인요청')
    expect(row).toContain('모집중')
    // Every chip of the operator's dashboard opens the list of what it counts (openChip checks).
    for (const label of ['사업', '프로그램', '수정요청 받음', '접수된 신청서']) await openChip(page, label)
    await leave(page)

    // No rebuild was queued: the public page still serves the approved text.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    const html = await (await fetch(`${suite.server.url}/programs/${state.programId}/`)).text()
    expect(html).toContain(FIRST_SUMMARY)
    expect(html).not.toContain(REVISED_SUMMARY)
    const api = await (await fetch(`${suite.server.url}/api/programs/${state.programId}?depth=0`)).json() as { summary: string; phase: string }
    expect([api.summary, api.phase]).toEqual([FIRST_SUMMARY, 'recruiting'])

    const admin = await staffPage(ADMIN)
    await openProgramForm(admin)
    await admin.locator('#action-save').waitFor()
    await saveDocument(admin, '#action-save')
    await leave(admin)
    await publicPageWith(REVISED_SUMMARY)
  })
})
