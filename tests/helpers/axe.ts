import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'

/** The WCAG 2.2 AA rule tags the browser suites run. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] }

/**
 * axe-core's violations on the page as it is now (or only inside `include`, a CSS selector),
 * plus a sideways scroll of the page, each as "label: rule at selectors" (an empty list when all
 * is well). The page needs JavaScript on.
 */
/** axe-core's source, evaluated through the DevTools protocol: a <script> tag would be refused by the pages' own CSP, which the suites keep on. */
let axeSource: string | undefined

export async function axeViolations(page: Page, label: string, { include }: { include?: string } = {}): Promise<string[]> {
  axeSource ??= fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8')
  await page.evaluate(axeSource)
  const result = await page.evaluate(({ tags, context }) =>
    (window as unknown as { axe: { run: (ctx: object, options: object) => Promise<AxeResult> } }).axe.run(context ? { include: [[context]] } : document, {
      runOnly: { type: 'tag', values: tags },
    }), { tags: WCAG_TAGS, context: include ?? null })
  const found = result.violations.map((v) => `${label}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  if (overflow > 0) found.push(`${label}: the page scrolls sideways by ${overflow} px`)
  return found
}
