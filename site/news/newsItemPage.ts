/**
 * /news/<id>/: one card news (상생정보통) — its category, the company it came from (linked when
 * that company has a page), its date, the card images and the text. Rendered in TypeScript rather
 * than Nunjucks, like the other paginated pages (eleventy.config.ts): Nunjucks compiles a
 * template anew in every build, and that was most of these pages' cost in a fresh build process.
 */
import { html, raw, type SafeHtml } from '../../kernel/web/html'
import type { PublicCardNews, PublicCompany } from '../data/schema'

export const newsItemDescription = (item: Pick<PublicCardNews, 'title' | 'categoryLabel'>): string => `상생정보통 ${item.categoryLabel}: ${item.title}`

/**
 * The page's content, inside the page frame. `source` is the company page the card news came
 * from, if it has one; `cards` the card images' `<picture>` markup (site/images/pictures.ts, made
 * by the caller: encoding is asynchronous), in order.
 */
export function newsItemContent(item: PublicCardNews, source: Pick<PublicCompany, 'url'> | null, cards: string[]): SafeHtml {
  const from = item.sourceCompany && (source ? html` <a href="${source.url}">${item.sourceCompany.name}</a>` : html` ${item.sourceCompany.name}`)
  return html`<div class="container container--narrow">
  <nav class="breadcrumb" aria-label="현재 위치">
    <ol>
      <li><a href="/">홈</a></li>
      <li><a href="/news/">상생정보통</a></li>
      <li><a href="${item.url}" aria-current="page">${item.title}</a></li>
    </ol>
  </nav>
  <article class="news-item" aria-labelledby="news-title">
    <header>
      <p class="news-item__meta"><span class="tag">${item.categoryLabel}</span>${from}
        <time datetime="${item.publishedOn}">${item.publishedOn}</time></p>
      <h1 id="news-title">${item.title}</h1>
    </header>${
      cards.length > 0 && html`
    <ol class="card-images" aria-label="카드 ${cards.length}장">${cards.map((card) => html`
      <li>${raw(card)}</li>`)}
    </ol>`}${
      item.bodyHtml && html`
    <div class="prose">${raw(item.bodyHtml) /* sanitised rich text (site/data/richText.ts) */}</div>`}
  </article>
  <p class="back-link"><a href="/news/">상생정보통 목록으로 돌아가기</a></p>
</div>
`
}
