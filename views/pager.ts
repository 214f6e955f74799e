/**
 * The numbered pager under a long list (/programs/ without JavaScript): previous, the page
 * numbers around the current one, next. At 11,140 programs the list has 557 pages; listing every
 * number on every page wrote 310,000 links and most of the build's time, and no reader scans 557
 * numbers. The first and the last page stay reachable in one step, and a gap shows where numbers
 * are left out.
 */
import { html, type SafeHtml } from '../kernel/web/html'

/**
 * The page numbers (1-based) a pager shows for page `current` of `count`: the first, the last,
 * and `around` on each side of the current one; null marks a gap of two or more pages (a gap of
 * one shows that number instead, so a gap never hides a single page).
 */
export function pagerWindow(current: number, count: number, around = 2): (number | null)[] {
  const shown = new Set([1, count])
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= count) shown.add(page)
  const pages = [...shown].sort((a, b) => a - b)
  const out: (number | null)[] = []
  for (const [i, page] of pages.entries()) {
    const previous = pages[i - 1]
    if (previous !== undefined && page - previous === 2) out.push(page - 1)
    else if (previous !== undefined && page - previous > 2) out.push(null)
    out.push(page)
  }
  return out
}

/** `hrefs[i]` is the address of page i + 1; `current` is 1-based. */
export function pager(current: number, hrefs: readonly string[], label: string): SafeHtml {
  const count = hrefs.length
  const step = (page: number, text: string, rel: 'prev' | 'next', className: string) =>
    page >= 1 && page <= count
      ? html`<li class="${className}"><a href="${hrefs[page - 1]}" rel="${rel}">${text}<span class="visually-hidden"> 쪽</span></a></li>`
      : html`<li class="${className}"><span class="pagination__disabled" aria-hidden="true">${text}</span></li>`
  const numbers = pagerWindow(current, count).map((page) =>
    page === null
      ? html`<li class="pagination__gap" aria-hidden="true">…</li>`
      : html`<li><a href="${hrefs[page - 1]}"${page === current ? html` aria-current="page"` : ''}>${page}<span class="visually-hidden">쪽</span></a></li>`,
  )
  return html`<nav class="pagination" aria-label="${label}">
      <ul>
        ${step(current - 1, '이전', 'prev', 'pagination__prev')}
        ${numbers}
        ${step(current + 1, '다음', 'next', 'pagination__next')}
      </ul>
    </nav>`
}
