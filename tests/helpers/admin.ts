/** Driving the Korean Payload admin in the browser tests: sign in with a demo account, save. */
import type { Page } from 'playwright-core'
import { DEMO_PASSWORD } from '../../seed/data/users'

export async function adminLogin(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', DEMO_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
}

/** Clicks 저장 and waits for the admin's "…되었습니다" toast. */
export async function saveDocument(page: Page): Promise<void> {
  await page.click('#action-save')
  await page.locator('[data-sonner-toast]', { hasText: /되었습니다/ }).first().waitFor({ timeout: 30_000 })
}

/** Picks the option with exactly `text` in one of the admin's select fields (react-select). */
export async function chooseOption(page: Page, fieldId: string, text: string): Promise<void> {
  const field = page.locator(`#${fieldId}`)
  const option = field.locator('.rs__option').filter({ hasText: new RegExp(`^\\s*${text}\\s*$`) }).first()
  await field.locator('.rs__control').click()
  for (let attempt = 0; attempt < 5 && !(await option.isVisible()); attempt++) {
    await field.locator('input.rs__input').press('ArrowDown').catch(() => undefined)
    await option.waitFor({ timeout: 5_000 }).catch(() => undefined)
  }
  await option.click()
}
