/**
 * The newsletter renderer on a hand-built issue (no database): MJML validity, escaping,
 * absolute links, the placeholders for per-recipient links, the plain-text part, the web
 * edition and the double opt-in mail.
 */
import { parse } from 'node-html-parser'
import { describe, expect, test } from 'vitest'
import { compileMjml } from '../../newsletter/render/compile'
import { renderConfirmationEmail } from '../../newsletter/render/confirmation'
import { issueMjml } from '../../newsletter/render/issueTemplate'
import type { IssueModel } from '../../newsletter/render/model'
import { personalise } from '../../newsletter/render/personalise'
import { displayWidth, TEXT_WIDTH, wrap } from '../../newsletter/render/plainText'
import { PLACEHOLDERS, renderIssue } from '../../newsletter/render/renderIssue'

const SITE = 'https://winwinnuri.example.kr'
const HOSTILE = '<script>alert("x")</script> \'따옴표\' & %%UNSUBSCRIBE_URL%%'

function model(overrides: Partial<IssueModel> = {}): IssueModel {
  return {
    issueMonth: '2026-10',
    issueLabel: '2026년 10월호',
    title: '2026년 10월 상생누리 소식',
    preheader: '모집중인 상생협력 프로그램과 협약 소식',
    intro: '안녕하세요.\n이달의 상생협력 소식을 전해 드립니다.\n\n두 번째 문단입니다.',
    programs: [
      { title: '2026년 상생 기술지원 프로그램', companyName: '한빛전자', supportFieldLabel: '기술지원', phase: 'recruiting', phaseLabel: '모집중', applyStart: '2026-10-01', applyEnd: '2026-10-31', url: `${SITE}/programs/1/` },
      { title: '2026년 4분기 판로지원 프로그램', companyName: '한국상생공사', supportFieldLabel: '판로지원', phase: 'upcoming', phaseLabel: '예정', applyStart: '2026-11-03', applyEnd: '2026-11-28', url: `${SITE}/programs/65f0c2a9e4b0a1b2c3d4e5f6/` },
    ],
    cardNews: [
      { title: '한국상생공사 상생협력 협약식', categoryLabel: '상생협력 활동', image: { url: `${SITE}/newsletter-images/abcdef-1120.jpeg`, width: 1120, height: 746, alt: '협약식에서 두 기관 대표가 협약서를 들고 있는 사진' }, url: `${SITE}/news/7/` },
      { title: '장식 이미지가 있는 소식', categoryLabel: '상생협력 뉴스', image: { url: `${SITE}/newsletter-images/fedcba-300.png`, width: 300, height: 200, alt: '' }, url: `${SITE}/news/8/` },
    ],
    partnerGuides: [{ title: '한국상생공사 협력사 등록 안내', companyName: '한국상생공사', industryLabel: '전기 장비 제조업', url: `${SITE}/companies/3/#partner-guide` }],
    siteUrl: SITE,
    webUrl: `${SITE}/newsletter/2026-10/`,
    archiveUrl: `${SITE}/newsletter/`,
    subscribeUrl: `${SITE}/newsletter/#subscribe-title`,
    ...overrides,
  }
}

const attrs = (html: string, name: 'href' | 'src') => parse(html).querySelectorAll(`[${name}]`).map((el) => el.getAttribute(name)!)
const linkByText = (html: string, label: string) => parse(html).querySelectorAll('a').find((a) => a.text.trim() === label)?.getAttribute('href')
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1

describe('the e-mail variant', () => {
  test('is valid MJML at the strict level, and invalid MJML is refused', async () => {
    await expect(compileMjml(issueMjml(model(), 'email'))).resolves.toContain('<!doctype html>')
    await expect(compileMjml('<mjml><mj-body><mj-section><mj-text>column missing</mj-text></mj-section></mj-body></mjml>')).rejects.toThrow(/MJML/)
  })

  test('is Korean, titled, with the preheader as the preview and real headings', async () => {
    const { subject, html } = await renderIssue(model(), { variant: 'email' })
    const doc = parse(html)
    expect(subject).toBe('2026년 10월 상생누리 소식')
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('ko')
    expect(doc.querySelector('title')?.text).toBe('2026년 10월 상생누리 소식')
    expect(doc.querySelector('h1')?.text).toBe('2026년 10월 상생누리 소식')
    expect(doc.querySelectorAll('h2').map((h) => h.text)).toEqual(['이달의 상생협력 프로그램', '상생정보통', '협력사 등록 안내'])
    expect(html).toContain('모집중인 상생협력 프로그램과 협약 소식')
    expect(doc.text).toContain('2026년 10월호')
    expect(doc.text).toContain('신청기간 2026-10-01 ~ 2026-10-31')
    expect(doc.querySelectorAll('span').map((s) => s.text)).toEqual(expect.arrayContaining(['모집중', '예정']))
  })

  test('every image has alt text (decorative ones empty) and every link and image is absolute', async () => {
    const { html } = await renderIssue(model(), { variant: 'email' })
    const images = parse(html).querySelectorAll('img')
    expect(images.map((img) => img.getAttribute('alt'))).toEqual(['협약식에서 두 기관 대표가 협약서를 들고 있는 사진', ''])
    const placeholders = Object.values(PLACEHOLDERS) as string[]
    const links = [...attrs(html, 'href'), ...attrs(html, 'src')]
    expect(links.filter((url) => !/^https?:\/\//.test(url) && !placeholders.includes(url))).toEqual([])
    expect(linkByText(html, '웹에서 보기')).toBe(`${SITE}/newsletter/2026-10/`)
    expect(linkByText(html, '수신 설정 변경')).toBe(PLACEHOLDERS.preferencesUrl)
    expect(linkByText(html, '수신거부')).toBe(PLACEHOLDERS.unsubscribeUrl)
    expect(html).toContain('상생누리 소식지 구독을 신청하셨기 때문에 이 메일을 받으셨습니다.')
  })

  test('escapes what editors typed, and their text can never become a personal link', async () => {
    const hostile = model({
      title: HOSTILE,
      preheader: HOSTILE,
      intro: HOSTILE,
      programs: [{ ...model().programs[0], title: HOSTILE, companyName: HOSTILE }],
      cardNews: [{ ...model().cardNews[0], title: HOSTILE, image: { ...model().cardNews[0].image!, alt: HOSTILE } }],
      partnerGuides: [{ ...model().partnerGuides[0], title: HOSTILE, url: 'https://vendor.example.kr/register?a=1&b="2"' }],
    })
    const { html } = await renderIssue(hostile, { variant: 'email' })
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    const doc = parse(html)
    // A reader (and the parser) sees exactly what was typed; the markup holds it escaped.
    expect(doc.querySelector('img')?.getAttribute('alt')).toBe(HOSTILE)
    expect(html).toContain('alt="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;따옴표&#39; &amp; &#37;&#37;UNSUBSCRIBE_URL&#37;&#37;"')
    expect(doc.querySelector('h1')?.text).toBe(HOSTILE)
    expect(doc.querySelectorAll('script')).toHaveLength(0)
    expect(linkByText(html, '수신거부')).toBe(PLACEHOLDERS.unsubscribeUrl)
    // Exactly one of each token: the footer's. The typed ones were neutralised.
    expect(count(html, PLACEHOLDERS.unsubscribeUrl)).toBe(1)
    expect(count(html, PLACEHOLDERS.preferencesUrl)).toBe(1)
    // The guide is the last item linked by its (hostile) title.
    const guideHref = doc.querySelectorAll('a').filter((a) => a.text.includes('alert')).at(-1)?.getAttribute('href')
    expect(guideHref).toBe('https://vendor.example.kr/register?a=1&b=%222%22')
    expect(html).toContain('href="https://vendor.example.kr/register?a=1&amp;b=%222%22"')

    const personalised = personalise(await renderIssue(hostile, { variant: 'email' }), { unsubscribeUrl: `${SITE}/u?t=1`, preferencesUrl: `${SITE}/p?t=1` })
    expect(count(personalised.html, `${SITE}/u?t=1`)).toBe(1)
    expect(count(personalised.text, `${SITE}/u?t=1`)).toBe(1)
  })

  test('refuses a relative or javascript: link instead of sending it', async () => {
    await expect(renderIssue(model({ programs: [{ ...model().programs[0], url: '/programs/1/' }] }), { variant: 'email' })).rejects.toThrow()
    await expect(renderIssue(model({ partnerGuides: [{ ...model().partnerGuides[0], url: 'javascript:alert(1)' }] }), { variant: 'email' })).rejects.toThrow(/http/)
  })

  test('leaves out an empty section', async () => {
    const { html, text } = await renderIssue(model({ cardNews: [], partnerGuides: [] }), { variant: 'email' })
    expect(parse(html).querySelectorAll('h2').map((h) => h.text)).toEqual(['이달의 상생협력 프로그램'])
    expect(text).not.toContain('상생정보통')
  })
})

describe('the plain-text part', () => {
  test('has the title, every item with its URL, and the personal links as placeholders', async () => {
    const { text } = await renderIssue(model(), { variant: 'email' })
    expect(text).toContain('2026년 10월 상생누리 소식')
    for (const p of model().programs) {
      expect(text).toContain(p.title)
      expect(text).toContain(p.url)
    }
    for (const n of model().cardNews) expect(text).toContain(n.url)
    expect(text).toContain(model().partnerGuides[0].url)
    expect(text).toContain(`수신거부: ${PLACEHOLDERS.unsubscribeUrl}`)
    expect(text).toContain(`수신 설정 변경: ${PLACEHOLDERS.preferencesUrl}`)
    expect(text).toContain('[모집중] 2026년 상생 기술지원 프로그램')
    expect(text).not.toMatch(/<[a-z]/i)
  })

  test('wraps long lines at word boundaries and never breaks a URL', async () => {
    const long = '상생협력 프로그램은 대기업과 공공기관이 중소기업의 기술과 판로와 인력을 함께 키우려고 마련한 지원 사업입니다. '.repeat(3)
    const url = `${SITE}/programs/${'x'.repeat(90)}/`
    const { text } = await renderIssue(model({ intro: long, programs: [{ ...model().programs[0], url }] }), { variant: 'email' })
    const lines = text.split('\n')
    expect(lines.filter((line) => displayWidth(line) > TEXT_WIDTH && !line.includes('://'))).toEqual([])
    expect(lines).toContain(`  ${url}`)
    expect(wrap('가나다 라마바 사아자', { width: 8 })).toEqual(['가나다', '라마바', '사아자'])
  })
})

describe('the web variant', () => {
  test('is a page with the site navigation and a sign-up call, and no personal links', async () => {
    const { html, text } = await renderIssue(model(), { variant: 'web' })
    expect(html).not.toContain('%%')
    expect(text).not.toContain('%%')
    expect(linkByText(html, '상생누리 홈')).toBe(`${SITE}/`)
    expect(linkByText(html, '지난 소식지')).toBe(`${SITE}/newsletter/`)
    expect(linkByText(html, '구독하기')).toBe(`${SITE}/newsletter/#subscribe-title`)
    expect(linkByText(html, '구독 신청하기')).toBe(`${SITE}/newsletter/#subscribe-title`)
    expect(linkByText(html, '수신거부')).toBeUndefined()
    const doc = parse(html)
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}/newsletter/2026-10/`)
    expect(doc.querySelector('title')?.text).toContain('2026년 10월 상생누리 소식')
  })
})

describe('personalise', () => {
  const links = { unsubscribeUrl: `${SITE}/api/subscribers/unsubscribe?token=abc.def&x=1`, preferencesUrl: `${SITE}/api/subscribers/preferences?token=ghi&y=2` }

  test('fills every placeholder: HTML-escaped in the HTML, raw in the text, no %% left', async () => {
    const rendered = await renderIssue(model(), { variant: 'email' })
    const out = personalise(rendered, links)
    expect(out.html).not.toContain('%%')
    expect(out.text).not.toContain('%%')
    expect(linkByText(out.html, '수신거부')).toBe(links.unsubscribeUrl)
    expect(linkByText(out.html, '수신 설정 변경')).toBe(links.preferencesUrl)
    expect(out.html).toContain(`href="${SITE}/api/subscribers/unsubscribe?token=abc.def&amp;x=1"`)
    expect(out.html).toContain(`href="${SITE}/api/subscribers/preferences?token=ghi&amp;y=2"`)
    expect(out.html).not.toContain('&x=1')
    expect(out.text).toContain(`수신거부: ${links.unsubscribeUrl}`)
    expect(out.text).toContain(`수신 설정 변경: ${links.preferencesUrl}`)
    // The rendered issue itself is untouched, ready for the next recipient.
    expect(rendered.html).toContain(PLACEHOLDERS.unsubscribeUrl)
  })

  test('gives each recipient their own links', () => {
    const rendered = { html: `<a href="${PLACEHOLDERS.unsubscribeUrl}">x</a><a href="${PLACEHOLDERS.preferencesUrl}">y</a>${PLACEHOLDERS.unsubscribeUrl}`, text: `${PLACEHOLDERS.unsubscribeUrl}\n${PLACEHOLDERS.preferencesUrl}` }
    const first = personalise(rendered, { unsubscribeUrl: 'https://a/u1', preferencesUrl: 'https://a/p1' })
    const second = personalise(rendered, { unsubscribeUrl: 'https://a/u2', preferencesUrl: 'https://a/p2' })
    expect(first).toEqual({ html: '<a href="https://a/u1">x</a><a href="https://a/p1">y</a>https://a/u1', text: 'https://a/u1\nhttps://a/p1' })
    expect(second).toEqual({ html: '<a href="https://a/u2">x</a><a href="https://a/p2">y</a>https://a/u2', text: 'https://a/u2\nhttps://a/p2' })
  })
})

describe('the confirmation e-mail', () => {
  const confirmUrl = `${SITE}/api/subscribers/confirm?token=abc.def&next=1`

  test('carries the confirm link in both parts, the 7-day note and the same frame', async () => {
    const mail = await renderConfirmationEmail({ confirmUrl, siteUrl: SITE, name: '김<상생>' })
    expect(mail.subject).toBe('[상생누리] 소식지 구독을 확인해 주세요')
    expect(linkByText(mail.html, '구독 확인하기')).toBe(confirmUrl)
    expect(mail.html).toContain(`href="${confirmUrl.replace('&', '&amp;')}"`)
    expect(mail.text).toContain(confirmUrl)
    expect(mail.html).toContain('7일')
    expect(mail.text).toContain('7일')
    expect(mail.html).toContain('김&lt;상생&gt;님')
    const doc = parse(mail.html)
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('ko')
    expect(doc.querySelector('h1')?.text).toBe('소식지 구독을 확인해 주세요')
    expect(doc.text).toContain('상생누리 웹 소식지')
    expect(mail.html).not.toContain('%%')
  })

  test('greets without a name when there is none', async () => {
    const mail = await renderConfirmationEmail({ confirmUrl, siteUrl: SITE, name: null })
    expect(mail.text).toContain('안녕하세요.')
    expect(mail.text).not.toContain('님, 안녕하세요.')
  })
})
