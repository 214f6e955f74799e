/**
 * GET /my/applications/<id>/withdraw: 신청 철회 asks before it acts. The page names the program
 * and offers one POST button, 철회하기, and a way back; the POST (members/routes/apply) withdraws.
 * No script: the confirmation is a page of its own.
 */
import type { HistoryEntry } from '../operations/history'
import { html } from '../../kernel/web/html'
import { pageLayout, type PageUser } from '../../views/layout'
import { MY_PATH, programPath } from '../../kernel/web/urls'

export const withdrawPath = (id: HistoryEntry['id']) => `/my/applications/${encodeURIComponent(String(id))}/withdraw`

export function withdrawConfirmPage(entry: HistoryEntry, user: PageUser): string {
  return pageLayout({
    title: `신청 철회 확인: ${entry.programTitle}`,
    path: MY_PATH,
    user,
    body: html`<nav class="breadcrumb" aria-label="현재 위치"><ol><li><a href="/my/">마이페이지</a></li><li><a href="${withdrawPath(entry.id)}" aria-current="page">신청 철회</a></li></ol></nav>
<h1>신청을 철회할까요?</h1>
<dl class="facts withdraw-facts">
  <div><dt>프로그램</dt><dd><a href="${programPath(entry.programId)}">${entry.programTitle}</a></dd></div>
  <div><dt>신청일</dt><dd><time datetime="${entry.appliedOn}">${entry.appliedOn}</time></dd></div>
</dl>
<p class="page-lead" id="withdraw-consequence">철회한 신청은 되돌릴 수 없습니다. 신청기간 안이라면 새로 신청할 수 있습니다.</p>
<form method="post" action="${withdrawPath(entry.id)}" class="form-actions withdraw-confirm">
  <button type="submit" class="button" aria-describedby="withdraw-consequence">철회하기</button>
  <a href="/my/#application-${String(entry.id)}">철회하지 않고 마이페이지로 돌아가기</a>
</form>`,
  })
}
