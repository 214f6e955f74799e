/**
 * Company membership on the site (docs/SPEC.md "Company membership"): the 기업 담당자's list of
 * requests on /my/, the page an e-mail link opens (GET shows the request and two POST buttons:
 * a mail scanner following the link decides nothing), and what a member waiting for
 * confirmation reads on /my/.
 */
import { kstDate } from '../../kernel/rules/dates'
import { html, type SafeHtml } from '../../kernel/web/html'
import { membershipPath, MY_PATH } from '../../kernel/web/urls'
import { pageLayout, type PageUser } from '../../views/layout'


export type PendingPerson = { id: string | number; name?: string | null; email: string; updatedAt: string }

/** 승인 and 거절, each its own POST, naming the person for screen readers. */
function decisionForm(person: PendingPerson): SafeHtml {
  const who = person.name || person.email
  return html`<form method="post" action="${membershipPath(person.id)}" class="membership-decision">
  <button type="submit" name="decision" value="confirm" class="button">승인<span class="visually-hidden">: ${who}</span></button>
  <button type="submit" name="decision" value="decline" class="button button--secondary">거절<span class="visually-hidden">: ${who}</span></button>
</form>`
}

/** /my/, for the 기업 담당자: who asked to join the company. Nothing when nobody waits. */
export function membershipRequestsSection(companyName: string, people: PendingPerson[]): SafeHtml | null {
  if (!people.length) return null
  return html`<section class="section membership-requests" aria-labelledby="membership-title" id="membership">
  <h2 id="membership-title">소속 승인 요청 <span class="count">${people.length}건</span></h2>
  <p class="muted">${companyName} 소속으로 가입한 분들입니다. 같은 기업에서 일하는 분이면 승인하고, 모르는 분이면 거절해 주세요. 승인 전에는 기업 정보를 보거나 고칠 수 없고 신청도 할 수 없습니다.</p>
  <ul class="membership-list">${people.map((person) => html`<li class="membership-list__item">
    <p><strong>${person.name || person.email}</strong> <span class="muted">${person.email} · 요청일 <time datetime="${kstDate(person.updatedAt)}">${kstDate(person.updatedAt)}</time></span></p>
    ${decisionForm(person)}
  </li>`)}</ul>
</section>`
}

/** /my/, for a member whose request waits. */
export function membershipPendingNotice(companyName: string): SafeHtml {
  return html`<div class="notice" id="membership-pending"><p><strong>${companyName} 소속 승인을 기다리고 있습니다.</strong> 기업 담당자나 상생누리 관리자가 승인하면 메일로 알려 드립니다. 그때까지는 아래 추천 프로그램을 볼 수 있지만 기업 정보를 보거나 고칠 수 없고 신청할 수 없습니다.</p>
<p>다른 기업을 고르셨다면 <a href="/join/">기업검색</a>에서 소속 기업을 다시 찾아 요청할 수 있습니다.</p></div>`
}

/** GET /my/members/<id>/: one request and its two buttons. */
export function membershipDecisionPage(person: PendingPerson, companyName: string, user: PageUser): string {
  return pageLayout({
    title: `소속 승인 요청: ${person.name || person.email}`,
    path: MY_PATH,
    user,
    body: html`<nav class="breadcrumb" aria-label="현재 위치"><ol><li><a href="${MY_PATH}">마이페이지</a></li><li><a href="${membershipPath(person.id)}" aria-current="page">소속 승인 요청</a></li></ol></nav>
<h1>소속 승인 요청</h1>
<dl class="facts">
  <div><dt>이름</dt><dd>${person.name || '—'}</dd></div>
  <div><dt>이메일</dt><dd>${person.email}</dd></div>
  <div><dt>기업</dt><dd>${companyName}</dd></div>
  <div><dt>요청일</dt><dd><time datetime="${kstDate(person.updatedAt)}">${kstDate(person.updatedAt)}</time></dd></div>
</dl>
<p class="page-lead membership-note">같은 기업에서 일하는 분이면 승인해 주세요. 승인하면 이 분도 기업 정보를 보고 고치며 프로그램에 신청할 수 있습니다.</p>
${decisionForm(person)}
<p><a href="/my/">마이페이지로 돌아가기</a></p>`,
  })
}

/** After a decision: what /my/ says first. */
export const MEMBERSHIP_NOTICES = {
  confirmed: { title: '소속 승인 완료', text: '소속을 승인했습니다. 승인된 분께 메일로 알렸습니다.' },
  declined: { title: '소속 요청 거절', text: '소속 요청을 거절했습니다. 요청한 분께 메일로 알렸습니다.' },
} as const
