/**
 * The page for a request the server will not act on as sent — from another site, too large, not
 * readable — before any route could render its own form again: what happened and the way back.
 */
import { html } from '../../kernel/web/html'
import { pageLayout } from '../../views/layout'
import { errorBox } from './form'

export function requestProblemPage(message: string): string {
  return pageLayout({
    title: '요청을 처리하지 못했습니다',
    body: html`<h1>요청을 처리하지 못했습니다</h1>
${errorBox('request-problem-title', '보낸 요청을 처리할 수 없습니다', html`<p>${message}</p>`)}
<ul class="link-list"><li><a href="/">첫 화면으로</a></li><li><a href="/my/">마이페이지</a></li></ul>`,
  })
}
