/** Driving the Korean Payload admin in the browser tests: sign in with a demo account, save. */
import type { Locator, Page, Request, Response } from 'playwright-core'

/** A page, or a part of it such as a drawer: both find elements with `.locator()`. */
type Scope = Page | Locator
import { DEMO_PASSWORD } from '../../seed/data/users'

/**
 * The admin's form-state requests in flight, per page (Payload's server function: a POST with a
 * Next-Action header, sent a moment after each change). Tracked from sign-in on.
 */
const formStateRequests = new WeakMap<Page, Set<Request>>()

function trackFormState(page: Page): Set<Request> {
  let pending = formStateRequests.get(page)
  if (pending) return pending
  const set = new Set<Request>()
  page.on('request', (request) => { if (request.method() === 'POST' && request.headers()['next-action']) set.add(request) })
  page.on('requestfinished', (request) => set.delete(request))
  page.on('requestfailed', (request) => set.delete(request))
  formStateRequests.set(page, set)
  pending = set
  return pending
}

/**
 * Waits until the form has checked the last change (its debounce, then no form-state request in
 * flight). Payload applies a form-state answer that started before a save even when it returns
 * after the save's refusal, and that answer carries no field errors: on a slow machine the marks
 * of the refusal then vanish (docs: noticed in the issue 11 note). A person pauses before saving;
 * the tests do too.
 */
export async function formSettled(page: Page): Promise<void> {
  const pending = trackFormState(page)
  await page.waitForTimeout(400)
  const deadline = Date.now() + 15_000
  while (pending.size > 0 && Date.now() < deadline) await page.waitForTimeout(100)
}

export async function adminLogin(page: Page, baseUrl: string, email: string): Promise<void> {
  trackFormState(page)
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', DEMO_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
}

/**
 * Clicks a save button and waits for the admin's success toast ("…되었습니다", "저장했습니다").
 * `#action-save` is 저장 (or, on a program, 확인완료·공개: publishing); `#action-save-draft` is a
 * program's 저장, the company admin's only save (docs/SPEC.md "Live programs and revisions").
 */
export async function saveDocument(page: Page, button: '#action-save' | '#action-save-draft' = '#action-save'): Promise<void> {
  await page.click(button)
  await page.locator('[data-sonner-toast]', { hasText: /되었습니다|했습니다/ }).first().waitFor({ timeout: 30_000 })
}

/**
 * Types a YYYY-MM-DD day into one of the admin's date fields and moves on (Tab closes its picker;
 * Escape would also close a drawer the field sits in).
 */
export async function fillDay(scope: Scope, fieldId: string, day: string): Promise<void> {
  const input = scope.locator(`#field-${fieldId} input`)
  await input.fill(day)
  await input.press('Tab')
}

/** Picks the option with exactly `text` in one of the admin's select fields (react-select). */
export async function chooseOption(scope: Scope, fieldId: string, text: string): Promise<void> {
  const field = scope.locator(`#${fieldId}`)
  const option = field.locator('.rs__option').filter({ hasText: new RegExp(`^\\s*${text}\\s*$`) }).first()
  await field.locator('.rs__control').click()
  for (let attempt = 0; attempt < 5 && !(await option.isVisible()); attempt++) {
    await field.locator('input.rs__input').press('ArrowDown').catch(() => undefined)
    await option.waitFor({ timeout: 5_000 }).catch(() => undefined)
  }
  await option.click()
}

/**
 * Clicks a form's save button and returns the API response it caused. A click that lands while
 * the form is still checking the last change can be swallowed, so it clicks again (three tries).
 */
export async function submitAndWait(page: Page, button: Locator, isRequest: (res: Response) => boolean): Promise<Response> {
  let response: Response | undefined
  await formSettled(page)
  for (let attempt = 0; attempt < 3 && !response; attempt++) {
    ;[response] = await Promise.all([page.waitForResponse(isRequest, { timeout: 15_000 }).catch(() => undefined), button.click()])
  }
  if (!response) throw new Error('the save button sent nothing')
  return response
}
