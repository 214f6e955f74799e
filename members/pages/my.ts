/**
 * /my/ 마이페이지: the greeting of the guide ("안녕하세요 ○○ 님 환영합니다. 일반회원"), the two
 * counters (추천 프로그램 N건, 신청 및 참여이력 N건), the recommended programs and the member's
 * applications with their results.
 */
import { APPLICATION_STATUSES } from '../../kernel/rules/applicationStatus'
import { kstDate } from '../../kernel/rules/dates'
import { ELIGIBILITY_REASON_LABELS } from '../../kernel/rules/eligibility'
import { withParticle } from '../../kernel/i18n/particles'
import type { HistoryEntry } from '../operations/history'
import type { Paged } from '../operations/paging'
import type { RecommendationAction } from '../operations/recommendationActions'
import type { Recommendation } from '../operations/recommendations'
import { html, type SafeHtml } from '../../kernel/web/html'
import { pageLayout, type PageUser } from '../../views/layout'
import { period, programCard } from '../../views/programCard'
import { statusMessage } from './form'
import { NOTE_3 } from './joinAccount'
import { MEMBERSHIP_NOTICES, membershipPendingNotice, membershipRequestsSection, type PendingPerson } from './membership'
import { withdrawPath } from './withdraw'
import { applyPath, MY_PATH, programPath } from '../../kernel/web/urls'

export type MyView = {
  user: NonNullable<PageUser> & { name: string }
  roleLabel: string
  isMember: boolean
  /** `pending`: the member asked to join it and waits for confirmation */
  company: { name: string; categoryLabel: string; operating: boolean; pending?: boolean } | null
  /** for the 기업 담당자: who asked to join the company */
  membershipRequests?: PendingPerson[]
  /** the page of recommendations shown, with the total; each with what the card offers */
  recommendations: Paged<Recommendation & { action: RecommendationAction }>
  /** the member's applications; `withdrawable`: 신청 철회 is offered (canWithdraw) */
  applications: (HistoryEntry & { withdrawable: boolean })[]
  welcome?: boolean
  /** what the member just did: applied (from the apply form) or withdrew */
  notice?: 'applied' | 'withdrawn' | keyof typeof MEMBERSHIP_NOTICES
}

/** What the member just did: the message shown first, and the page title that says so. */
const NOTICES = {
  applied: { title: '신청서 접수 완료', text: '신청서를 접수했습니다. 선정 결과는 아래 신청 및 참여이력에서 확인할 수 있고, 결과가 나오면 메일로도 알려 드립니다.' },
  withdrawn: { title: '신청 철회 완료', text: '신청을 철회했습니다.' },
  ...MEMBERSHIP_NOTICES,
} as const

const statusLabel = (status: string) => APPLICATION_STATUSES.find((s) => s.value === status)?.ko ?? status

const day = (value: string) => kstDate(value)

/** 신청하기 while the member may apply; once its company applied, that application's state. */
function recommendationAction(program: Recommendation['program'], action: RecommendationAction): SafeHtml | null {
  if (action.kind === 'apply') {
    return html`<p class="recommendation__apply"><a class="button" href="${applyPath(program.id)}">신청하기<span class="visually-hidden">: ${program.title}</span></a></p>`
  }
  if (action.kind !== 'applied') return null
  const state = html`<span class="status status--${action.status}">신청함 · ${statusLabel(action.status)}</span>`
  return html`<p class="recommendation__applied">${action.applicationId != null
    ? html`<a href="#application-${String(action.applicationId)}">${state}<span class="visually-hidden">: ${program.title}, 신청 및 참여이력에서 보기</span></a>`
    : html`${state} <span class="muted">(소속 기업의 다른 회원이 신청했습니다)</span>`}</p>`
}

function recommendationCard({ program, company, eligibleAs, action }: MyView['recommendations']['docs'][number]): SafeHtml {
  return html`<li>${programCard({
    url: programPath(program.id),
    title: program.title,
    phase: program.phase,
    companyName: company.name,
    facts: [
      ['신청기간', period(day(program.applyStart), day(program.applyEnd))],
      ['추천 이유', ELIGIBILITY_REASON_LABELS[eligibleAs]],
    ],
    footer: recommendationAction(program, action),
  })}</li>`
}

/** 이전 · 1 2 3 · 다음, links back to #recommended; the list never needs script. */
function pager({ page, totalPages }: Paged<unknown>): SafeHtml | null {
  if (totalPages < 2) return null
  const href = (n: number) => `/my/?page=${n}#recommended`
  const edge = (n: number, label: string, rel: string, usable: boolean) =>
    usable ? html`<a href="${href(n)}" rel="${rel}">${label}<span class="visually-hidden"> 쪽</span></a>` : html`<span class="pagination__disabled" aria-hidden="true">${label}</span>`
  // The first, the last and two either side of the current page; a gap shows as …
  const numbers = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, totalPages])].filter((n) => n >= 1 && n <= totalPages).sort((a, b) => a - b)
  return html`<nav class="pagination" aria-label="추천 프로그램 쪽 이동"><ul>
  <li>${edge(page - 1, '이전', 'prev', page > 1)}</li>
  ${numbers.map((n, i) => html`${i > 0 && n - numbers[i - 1] > 1 && html`<li aria-hidden="true">…</li>`}<li><a href="${href(n)}"${n === page ? html` aria-current="page"` : ''}>${n}<span class="visually-hidden">쪽</span></a></li>`)}
  <li>${edge(page + 1, '다음', 'next', page < totalPages)}</li>
</ul></nav>`
}

function recommendations(view: MyView): SafeHtml {
  if (!view.recommendations.totalDocs) {
    return html`<p class="empty">지금 추천할 프로그램이 없습니다. 주거래기업 정보를 등록하면 협력사 지원 프로그램도 추천받을 수 있습니다. <a href="/my/profile/">회원정보 수정</a> · <a href="/programs/">전체 프로그램 검색</a></p>`
  }
  return html`<ul class="program-list">${view.recommendations.docs.map(recommendationCard)}</ul>
${pager(view.recommendations)}`
}

/** 신청 철회 leads to a confirmation page (a link: nothing changes until 철회하기 there). */
function withdrawLink(entry: MyView['applications'][number]): SafeHtml | null {
  if (!entry.withdrawable) return null
  return html`<a class="button button--secondary withdraw-link" href="${withdrawPath(entry.id)}">신청 철회<span class="visually-hidden">: ${entry.programTitle}</span></a>`
}

/**
 * A cell's column name, shown in front of the value only where the rows are stacked as cards
 * (phones); hidden from assistive technology, which reads the real column header.
 */
const cellLabel = (text: string) => html`<span class="history-table__label" aria-hidden="true">${text}</span>`

/**
 * The history as a real table (column and row headers) on every screen; below 640 px each row
 * is drawn as a card of label–value lines, so nothing needs a sideways scroll.
 */
function applications(view: MyView): SafeHtml {
  if (!view.applications.length) return html`<p class="empty">아직 신청한 프로그램이 없습니다. 추천 프로그램에서 ‘신청하기’를 눌러 신청할 수 있습니다.</p>`
  // The roles repeat the elements' own: some browsers drop table semantics once the CSS turns
  // rows into blocks, and the explicit roles keep the headers announced there.
  return html`<table class="history-table" role="table">
  <caption class="visually-hidden">신청 및 참여이력</caption>
  <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">프로그램</th><th scope="col" role="columnheader">신청일</th><th scope="col" role="columnheader">상태</th><th scope="col" role="columnheader">결과 안내</th><th scope="col" role="columnheader"><span class="visually-hidden">철회</span></th></tr></thead>
  <tbody role="rowgroup">${view.applications.map((entry) => html`
    <tr role="row" id="application-${String(entry.id)}">
      <th scope="row" role="rowheader"><a href="${programPath(entry.programId)}">${entry.programTitle}</a></th>
      <td role="cell" class="nowrap-dates">${cellLabel('신청일')}<time datetime="${entry.appliedOn}">${entry.appliedOn}</time></td>
      <td role="cell">${cellLabel('상태')}<span class="status status--${entry.status}">${statusLabel(entry.status)}</span></td>
      <td role="cell" class="history-table__note">${cellLabel('결과 안내')}${entry.decisionNote ? html`<p class="pre-line">${entry.decisionNote}</p>` : html`<span class="muted">—</span>`}</td>
      <td role="cell" class="history-table__action">${withdrawLink(entry)}</td>
    </tr>`)}
  </tbody>
</table>`
}

function memberSections(view: MyView): SafeHtml {
  if (!view.company) {
    return html`<div class="notice"><p>소속 기업이 지정되지 않아 추천 프로그램을 보여 드릴 수 없습니다. <a href="/join/">기업검색에서 소속 기업을 지정해 회원가입을 마쳐 주세요.</a></p></div>`
  }
  return html`${view.company.pending ? membershipPendingNotice(view.company.name) : membershipRequestsSection(view.company.name, view.membershipRequests ?? [])}
<section class="section" aria-labelledby="recommended-title" id="recommended">
  <h2 id="recommended-title">추천 프로그램 <span class="count">${view.recommendations.totalDocs}건</span></h2>
  <p class="muted">${withParticle(view.company.name, '이/가')} 신청할 수 있는 모집중·예정·진행중 프로그램입니다. 모집중인 프로그램, 마감이 가까운 순서, 업종·지역이 맞는 순서로 보여 드립니다.</p>
  ${recommendations(view)}
</section>
<section class="section" aria-labelledby="history-title" id="history">
  <h2 id="history-title">신청 및 참여이력 <span class="count">${view.applications.length}건</span></h2>
  ${applications(view)}
</section>`
}

export function myPage(view: MyView): string {
  const counters = view.isMember && view.company
  const happened = view.notice ? NOTICES[view.notice].title : view.welcome ? '회원가입 완료' : null
  return pageLayout({
    title: happened ? `${happened}: 마이페이지` : '마이페이지',
    path: MY_PATH,
    user: view.user,
    narrow: false,
    body: html`<h1>마이페이지</h1>
${view.notice ? statusMessage(html`<p>${NOTICES[view.notice].text}</p>`) : view.welcome && statusMessage(html`<p><strong>회원가입이 완료되었습니다.</strong> 상생누리에 오신 것을 환영합니다.</p>`)}
${view.welcome && view.company?.operating && NOTE_3}
<section class="member-summary" aria-label="회원 정보">
  <p class="member-summary__hello">안녕하세요 <strong>${view.user.name}</strong> 님 환영합니다. <span class="role-badge">${view.roleLabel}</span></p>
  ${view.company && html`<p class="muted">소속 기업: ${view.company.name} (${view.company.categoryLabel})${view.company.pending ? ' · 승인 대기' : ''}</p>`}
  ${counters && html`<ul class="member-counters">
    <li><a href="#recommended">추천 프로그램 <strong>${view.recommendations.totalDocs}건</strong></a></li>
    <li><a href="#history">신청 및 참여이력 <strong>${view.applications.length}건</strong></a></li>
  </ul>`}
  <p><a href="/my/profile/">회원정보 수정</a></p>
</section>
${view.isMember ? memberSections(view) : html`<p>프로그램 등록·관리와 신청서 열람은 <a href="/admin">관리자 화면</a>에서 할 수 있습니다.</p>`}`,
  })
}
