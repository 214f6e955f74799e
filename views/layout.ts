/**
 * The frame of every HTML page of the site: head, header with the main and member menus, footer.
 * One function for both kinds of page, so a visitor never feels sent elsewhere:
 * - the public pages Eleventy builds (site/src/_includes/layouts/base.njk calls it as the
 *   `pageFrame` shortcode): indexable, with canonical address, feeds and Open Graph;
 * - the pages the server renders per request (sign-in, sign-up, the member area, applications,
 *   subscriber links), through `pageLayout`: personal, never indexed, never cached by shared
 *   caches (the routes set that), with a member menu that knows who is signed in.
 */
import { html, type SafeHtml } from '../kernel/web/html'
import { absoluteUrl } from '../kernel/web/urls'
import { MEMBER_LINKS, NAV_ITEMS } from './nav'

export const SITE_NAME = '상생누리'
const TAGLINE = '대·중소기업 상생협력 종합 포털'
const HOME_TITLE = `${SITE_NAME} — 국가대표 상생협력 종합 플랫폼`
const DEFAULT_DESCRIPTION = '대기업과 공공기관이 운영하는 상생협력 프로그램을 중소기업 누구나 찾고 신청할 수 있는 국가대표 상생협력 종합 포털, 상생누리입니다.'

export type PageUser = { name?: string | null; email?: string | null } | null | undefined

export type FrameOptions = {
  /** The page's own title, without the site name; none on the home page. */
  title?: string | null
  content: SafeHtml
  /** The path of this page, for aria-current in the menus and the canonical address. */
  path?: string | null
  bodyClass?: string | null
  /** Module scripts this page alone needs. */
  scripts?: readonly string[] | null
  /**
   * A public page (built by Eleventy): indexable, its canonical address and Open Graph under
   * `siteUrl`, the member menu as plain links (a static page cannot know who reads it).
   * Without it the page is personal: noindex, and the member menu follows `user`.
   */
  public?: { siteUrl: string; description?: string | null; generatedOn?: string | null } | null
  /** The signed-in person on a personal page: the header greets them and offers 로그아웃. */
  user?: PageUser
}

const current = (on: boolean, kind: 'page' | 'true' = 'page') => (on ? html` aria-current="${kind}"` : '')

function mainMenu(path: string | null | undefined): SafeHtml {
  const items = NAV_ITEMS.map((item) => {
    const section = item.section ?? item.href
    const inSection = Boolean(path?.startsWith(section)) && !section.includes('#')
    return html`<li><a href="${item.href}"${path === item.href ? current(true) : current(inSection, 'true')}>${item.label}</a></li>`
  })
  return html`<nav class="site-nav" aria-label="주 메뉴">
      <ul>${items}</ul>
    </nav>`
}

function memberMenu(options: FrameOptions): SafeHtml {
  const path = options.path ?? undefined
  const link = (href: string, label: string, on: boolean) => html`<li><a href="${href}"${current(on)}>${label}</a></li>`
  let items: SafeHtml
  if (options.public) {
    items = html`${link(MEMBER_LINKS.my, '마이페이지', false)}${link(MEMBER_LINKS.login, '로그인', false)}${link(MEMBER_LINKS.join, '회원가입', false)}`
  } else if (!options.user) {
    items = html`${link(MEMBER_LINKS.login, '로그인', path === MEMBER_LINKS.login)}${link(MEMBER_LINKS.join, '회원가입', Boolean(path?.startsWith(MEMBER_LINKS.join)))}`
  } else {
    items = html`<li><span class="member-menu__hello">안녕하세요 ${options.user.name || options.user.email} 님</span></li>
  ${link(MEMBER_LINKS.my, '마이페이지', Boolean(path?.startsWith(MEMBER_LINKS.my)))}
  <li><form method="post" action="${MEMBER_LINKS.logout}" class="member-menu__logout"><button type="submit" class="link-button">로그아웃</button></form></li>`
  }
  return html`<nav class="member-nav" aria-label="회원 메뉴">
      <ul class="member-menu">${items}</ul>
    </nav>`
}

function head(options: FrameOptions): SafeHtml {
  const title = options.title && options.title !== SITE_NAME ? `${options.title} | ${SITE_NAME}` : HOME_TITLE
  const common = html`<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>`
  const assets = html`<link rel="stylesheet" href="/assets/site.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">`
  const scripts = (options.scripts ?? []).map((src) => html`\n<script type="module" src="${src}"></script>`)
  const pub = options.public
  if (!pub) return html`${common}\n<meta name="robots" content="noindex, nofollow">\n${assets}${scripts}`
  const description = pub.description || DEFAULT_DESCRIPTION
  const address = options.path ? absoluteUrl(pub.siteUrl, options.path) : null
  return html`${common}
<meta name="description" content="${description}">
${address && options.path !== '/404.html' && html`<link rel="canonical" href="${address}">\n`}<link rel="alternate" type="application/atom+xml" title="상생누리 새 프로그램·소식 (Atom)" href="/feed.xml">
<link rel="alternate" type="application/feed+json" title="상생누리 새 프로그램·소식 (JSON Feed)" href="/feed.json">
${assets}
<meta property="og:site_name" content="${SITE_NAME}">
<meta property="og:title" content="${options.title || SITE_NAME}">
<meta property="og:description" content="${description}">
<meta property="og:locale" content="ko_KR">${address && html`\n<meta property="og:url" content="${address}">`}${scripts}`
}

const footer = (generatedOn: string | null | undefined): SafeHtml => html`<footer class="site-footer">
  <div class="site-footer__inner">
    <div class="site-footer__about">
      <h2 class="site-footer__title">${SITE_NAME}</h2>
      <p>국가대표 상생협력 종합 플랫폼. 대기업·공공기관의 상생협력 프로그램을 미연계 중소기업까지 누구나 찾아볼 수 있습니다.</p>
      <p>문의: <a href="tel:02-368-8487">02.368.8487</a> (대·중소기업·농어업협력재단)</p>
    </div>
    <nav class="site-footer__links" aria-label="구독과 공공데이터">
      <h2 class="site-footer__title">구독과 공공데이터</h2>
      <ul>
        <li><a href="/feed.xml">새 소식 피드 (Atom)</a></li>
        <li><a href="/feed.json">새 소식 피드 (JSON Feed)</a></li>
        <li><a href="/programs.ics">신청 마감 일정 (iCalendar)</a></li>
        <li><a href="/data/programs.json">프로그램 공개 데이터 (JSON)</a></li>
        <li><a href="/data/programs.csv">프로그램 공개 데이터 (CSV)</a></li>
        <li><a href="/admin">관리자 로그인</a></li>
      </ul>
    </nav>
  </div>
  ${generatedOn && html`<p class="site-footer__generated">${generatedOn} 기준 정보입니다.</p>`}
</footer>`

/** A whole HTML document in the site's frame. */
export function pageFrame(options: FrameOptions): string {
  const home = options.public && options.path === '/'
  return `<!doctype html>\n${html`<html lang="ko">
<head>
${head(options)}
</head>
<body${options.bodyClass ? html` class="${options.bodyClass}"` : ''}>
<a class="skip-link" href="#main">본문 바로가기</a>
<header class="site-header">
  <div class="site-header__inner">
    <p class="site-brand"><a href="/"${current(Boolean(home))}><span class="site-brand__name">${SITE_NAME}</span> <span class="site-brand__tagline">${TAGLINE}</span></a></p>
    ${mainMenu(options.path)}
    ${memberMenu(options)}
  </div>
</header>
<main id="main" tabindex="-1">
${options.content}
</main>
${footer(options.public?.generatedOn)}
</body>
</html>`}\n`
}

export type PageOptions = {
  title: string
  body: SafeHtml
  /** The signed-in person, when known: the header greets them and offers 로그아웃. */
  user?: PageUser
  /** The path of this page, for aria-current in the menu. */
  path?: string
  /** Narrow column for forms and short answers. */
  narrow?: boolean
}

/** A page the server renders per request: personal, in a (narrow) column. */
export function pageLayout({ title, body, user, path, narrow = true }: PageOptions): string {
  return pageFrame({
    title,
    path,
    user,
    bodyClass: 'page-dynamic',
    content: html`<div class="container${narrow ? ' container--narrow' : ''}">
${body}
</div>`,
  })
}
