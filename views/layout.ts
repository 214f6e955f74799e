/**
 * The frame of the pages the server renders per request (sign-in, sign-up, the member area,
 * applications, subscriber links): the same header, menu, stylesheet and footer as the Eleventy
 * layout (site/src/_includes/layouts/base.njk), so a visitor does not feel sent elsewhere.
 * These pages are personal: never indexed, never cached by shared caches (the routes set that).
 */
import { html, type SafeHtml } from '../kernel/web/html'
import { MEMBER_LINKS, NAV_ITEMS } from './nav'

export const SITE_NAME = '상생누리'

export type PageUser = { name?: string | null; email?: string | null } | null | undefined

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

function memberMenu(user: PageUser, path: string | undefined): SafeHtml {
  if (!user) {
    return html`<ul class="member-menu">
  <li><a href="${MEMBER_LINKS.login}"${path === MEMBER_LINKS.login ? html` aria-current="page"` : ''}>로그인</a></li>
  <li><a href="${MEMBER_LINKS.join}"${path?.startsWith(MEMBER_LINKS.join) ? html` aria-current="page"` : ''}>회원가입</a></li>
</ul>`
  }
  return html`<ul class="member-menu">
  <li><span class="member-menu__hello">안녕하세요 ${user.name || user.email} 님</span></li>
  <li><a href="${MEMBER_LINKS.my}"${path?.startsWith(MEMBER_LINKS.my) ? html` aria-current="page"` : ''}>마이페이지</a></li>
  <li><form method="post" action="${MEMBER_LINKS.logout}" class="member-menu__logout"><button type="submit" class="link-button">로그아웃</button></form></li>
</ul>`
}

export function pageLayout({ title, body, user, path, narrow = true }: PageOptions): string {
  const nav = NAV_ITEMS.map((item) => {
    const section = item.section ?? item.href
    const current = path === item.href ? html` aria-current="page"` : path?.startsWith(section) && !section.includes('#') ? html` aria-current="true"` : ''
    return html`<li><a href="${item.href}"${current}>${item.label}</a></li>`
  })
  return `<!doctype html>\n${html`<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title} | ${SITE_NAME}</title>
<link rel="stylesheet" href="/assets/site.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
</head>
<body class="page-dynamic">
<a class="skip-link" href="#main">본문 바로가기</a>
<header class="site-header">
  <div class="site-header__inner">
    <p class="site-brand"><a href="/"><span class="site-brand__name">${SITE_NAME}</span> <span class="site-brand__tagline">대·중소기업 상생협력 종합 포털</span></a></p>
    <nav class="site-nav" aria-label="주 메뉴">
      <ul>${nav}</ul>
    </nav>
    <nav class="member-nav" aria-label="회원 메뉴">${memberMenu(user, path)}</nav>
  </div>
</header>
<main id="main" tabindex="-1">
<div class="container${narrow ? ' container--narrow' : ''}">
${body}
</div>
</main>
<footer class="site-footer">
  <div class="site-footer__inner">
    <div class="site-footer__about">
      <p>${SITE_NAME} · 문의: <a href="tel:02-368-8487">02.368.8487</a> (대·중소기업·농어업협력재단)</p>
    </div>
  </div>
</footer>
</body>
</html>`}\n`
}
