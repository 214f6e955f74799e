import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { onTestFailed } from 'vitest'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Debian's Chromium, headless, with a fresh profile and no background traffic. */
export async function launchBrowser(): Promise<{ browser: Browser; context: BrowserContext; close: () => Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'winwinnuri-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
  return {
    browser: context.browser()!,
    context,
    close: async () => {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Saves a full-page screenshot to the temp folder when the current test fails, and says where. */
export function screenshotOnFailure(page: Page, name: string, extra: () => string = () => ''): void {
  onTestFailed(async () => {
    const shot = path.join(os.tmpdir(), `winwinnuri-${name}-failure-${Date.now()}.png`)
    await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined)
    console.error(`screenshot: ${shot}${extra() ? `\n${extra()}` : ''}`)
  })
}
