/**
 * The e-mail switches on the admin's account page (내 계정 › 메일 알림), as the people who have
 * them see them in Chromium: a company admin turns one off and it stays off; the platform admin
 * sees them too; an editor (who gets no work e-mails) does not. axe-core on the page.
 */
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { DEMO_PASSWORD } from '../../seed/data/users'
import { adminLogin, saveDocument } from '../helpers/admin'
import { axeViolations } from '../helpers/axe'
import { screenshotOnFailure } from '../helpers/browser'
import { bootBrowserSuite } from '../helpers/browserSuite'

/** Each role sees the switches of the e-mails it receives: company admins the first two, platform admins the digest. */
const SWITCHES = ['프로그램 확인 결과 (수정요청·확인완료)', '새 신청서 접수', '확인요청된 프로그램 모음 (1시간에 한 번까지)']


const suite = bootBrowserSuite()

async function accountPage(email: string): Promise<Page> {
  const context = await suite.browser.browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul', viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  screenshotOnFailure(page, `notifications-account-${email}`, () => suite.server.output().slice(-4000))
  await adminLogin(page, suite.server.url, email)
  await page.goto(`${suite.server.url}/admin/account`)
  await page.locator('#field-name').waitFor({ timeout: 60_000 })
  return page
}

const checkbox = (page: Page, label: string) => page.getByRole('checkbox', { name: label, exact: true })

/** What the account says through the API, signed in as that person. */
async function storedSwitches(email: string) {
  const login = await fetch(`${suite.server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) })
  const { token } = (await login.json()) as { token: string }
  const me = await fetch(`${suite.server.url}/api/users/me?depth=0`, { headers: { Authorization: `JWT ${token}` } })
  return ((await me.json()) as { user: { notifications?: Record<string, boolean | null> } }).user.notifications
}

test('a company admin sees 메일 알림 in Korean, all on, turns 새 신청서 접수 off, and it stays off', async () => {
  const page = await accountPage('kwater@winwinnuri.test')
  await expect.poll(() => page.getByText('메일 알림', { exact: true }).isVisible()).toBe(true)
  expect(await page.getByText('업무 알림 메일을 받을지 정합니다. 끄면 해당 메일을 보내지 않습니다.').isVisible()).toBe(true)
  for (const label of SWITCHES.slice(0, 2)) expect(await checkbox(page, label).isChecked(), label).toBe(true)
  // The platform admins' digest is not theirs to switch.
  expect(await checkbox(page, SWITCHES[2]).count()).toBe(0)
  // Our field group is asserted; Payload's own account page around it is reported only.
  expect(await axeViolations(page, 'account › 메일 알림', { include: '#field-notifications' })).toEqual([])
  const all = await axeViolations(page, 'account (company admin)')
  if (all.length > 0) console.warn(`axe on the whole account page (Payload's chrome included):\n${all.join('\n')}`)

  await checkbox(page, SWITCHES[1]).uncheck()
  await saveDocument(page)
  await page.reload()
  await page.locator('#field-name').waitFor({ timeout: 60_000 })
  expect(await checkbox(page, SWITCHES[1]).isChecked()).toBe(false)
  expect(await checkbox(page, SWITCHES[0]).isChecked()).toBe(true)
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: '/tmp/notifications-account-kwater.png', fullPage: true })
  expect(await storedSwitches('kwater@winwinnuri.test')).toMatchObject({ reviewResults: true, newApplications: false, submissions: true })
})

test('the platform admin sees its digest switch only; an editor, who gets no work e-mails, sees none', async () => {
  const admin = await accountPage('admin@winwinnuri.test')
  await expect.poll(() => admin.getByText('메일 알림', { exact: true }).isVisible()).toBe(true)
  expect(await checkbox(admin, SWITCHES[2]).isChecked()).toBe(true)
  for (const label of SWITCHES.slice(0, 2)) expect(await checkbox(admin, label).count(), label).toBe(0)
  await admin.screenshot({ path: '/tmp/notifications-account-admin.png', fullPage: true })

  const editor = await accountPage('editor@winwinnuri.test')
  expect(await editor.getByText('메일 알림', { exact: true }).count()).toBe(0)
  expect(await checkbox(editor, SWITCHES[1]).count()).toBe(0)
})
