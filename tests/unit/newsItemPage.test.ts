/**
 * One card news page (site/news/newsItemPage.ts): the meta line a reader sees (category, the
 * company linked only when it has a page, the date), the card images in order, the text kept as
 * HTML and everything else escaped.
 */
import { describe, expect, test } from 'vitest'
import { newsItemContent, newsItemDescription } from '../../site/news/newsItemPage'
import type { PublicCardNews } from '../../site/data/schema'

const item = (over: Partial<PublicCardNews> = {}): PublicCardNews => ({
  id: '4', url: '/news/4/', title: '2026 상생협력 우수사례', category: 'activity', categoryLabel: '상생활동', cards: [], bodyHtml: '<p>우수사례를 <em>소개</em>합니다.</p>',
  sourceCompany: { id: '7', name: '한빛전자' }, publishedOn: '2026-11-30', ...over,
})
const meta = (markup: string) => markup.match(/<p class="news-item__meta">([\s\S]*?)<\/p>/)?.[1].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()

describe('newsItemContent', () => {
  test('the source company is linked when it has a page, named when it has none, absent when there is none', () => {
    expect(newsItemContent(item(), { url: '/companies/7/' }, []).value).toContain('<span class="tag">상생활동</span> <a href="/companies/7/">한빛전자</a>')
    const unlinked = newsItemContent(item(), null, []).value
    expect(unlinked).not.toContain('href="/companies/')
    expect(meta(unlinked)).toBe('상생활동 한빛전자 2026-11-30')
    expect(meta(newsItemContent(item({ sourceCompany: null }), null, []).value)).toBe('상생활동 2026-11-30')
  })

  test('the cards in order, counted for screen readers; none, no list', () => {
    const markup = newsItemContent(item(), null, ['<picture id="c1"></picture>', '<picture id="c2"></picture>']).value
    expect(markup).toContain('<ol class="card-images" aria-label="카드 2장">')
    expect(markup.indexOf('id="c1"')).toBeLessThan(markup.indexOf('id="c2"'))
    expect(newsItemContent(item(), null, []).value).not.toContain('card-images')
  })

  test('the text as HTML, the title escaped; no text, no prose block', () => {
    const markup = newsItemContent(item({ title: '<img src=x onerror=alert(1)>' }), null, []).value
    expect(markup).toContain('<div class="prose"><p>우수사례를 <em>소개</em>합니다.</p></div>')
    expect(markup).not.toContain('<img src=x')
    expect(markup).toContain('<h1 id="news-title">&lt;img src=x onerror=alert(1)&gt;</h1>')
    expect(newsItemContent(item({ bodyHtml: '' }), null, []).value).not.toContain('class="prose"')
    expect(newsItemDescription(item())).toBe('상생정보통 상생활동: 2026 상생협력 우수사례')
  })
})
