/**
 * The frame of the pages the subscriber endpoints render themselves (those that carry a token
 * in their address, and answers to form posts). It borrows the public site's stylesheet and
 * header so a reader does not feel sent elsewhere, but stays small: no navigation menu, no
 * feeds, nothing that needs the site's build data. Korean, like the site.
 */
import { html, type SafeHtml } from '../../site/pages/html'

export const SITE_NAME = '상생누리'

/** Where a reader signs up again (the sign-up section of the newsletter page). */
export const SIGN_UP_PATH = '/newsletter/#subscribe-title'

export function subscriberLayout({ title, body }: { title: string; body: SafeHtml }): string {
  return `<!doctype html>\n${html`<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title} | ${SITE_NAME}</title>
<link rel="stylesheet" href="/assets/site.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
</head>
<body class="page-subscriber">
<a class="skip-link" href="#main">본문 바로가기</a>
<header class="site-header">
  <div class="site-header__inner">
    <p class="site-brand"><a href="/"><span class="site-brand__name">${SITE_NAME}</span> <span class="site-brand__tagline">대·중소기업 상생협력 종합 포털</span></a></p>
  </div>
</header>
<main id="main" tabindex="-1">
<div class="container container--narrow">
${body}
</div>
</main>
<footer class="site-footer">
  <div class="site-footer__inner">
    <div class="site-footer__about">
      <p>${SITE_NAME} 월간 웹 소식지 · 문의: <a href="tel:02-368-8487">02.368.8487</a> (대·중소기업·농어업협력재단)</p>
    </div>
  </div>
</footer>
</body>
</html>`}\n`
}
