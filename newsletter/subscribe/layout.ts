/**
 * The frame of the pages the subscriber endpoints render themselves (those that carry a token
 * in their address, and answers to form posts): the site's per-request page layout.
 */
import type { SafeHtml } from '../../kernel/web/html'
import { pageLayout } from '../../views/layout'

export function subscriberLayout({ title, body }: { title: string; body: SafeHtml }): string {
  return pageLayout({ title, body })
}
