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
