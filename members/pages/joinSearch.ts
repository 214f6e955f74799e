/** /join/ 기업검색: find the company you belong to, or register it (가입 시 유의사항 ①②). */
import { html, type SafeHtml } from '../../kernel/web/html'
import { pageLayout, type PageUser } from '../../views/layout'

export type CompanyRow = { id: string | number; name: string; categoryLabel: string; industryLabel: string; bizRegNo: string | null }

export type JoinSearchView = {
  q: string
  /** null: nothing searched yet. */
  results: CompanyRow[] | null
  total: number
  user?: PageUser
  /** A signed-in member who still has no company (finishing sign-up). */
  finishing?: boolean
  /** Why the search was not run (too short). */
  problem?: string
}

export const JOIN_STEPS = html`<ol class="join-steps">
  <li aria-current="step">기업검색</li>
  <li>회원정보 입력</li>
  <li>가입 완료</li>
</ol>`

function resultsTable(view: JoinSearchView): SafeHtml {
  const rows = view.results ?? []
  if (!rows.length) {
    return html`<p class="empty" role="status">‘${view.q}’(으)로 검색된 기업이 없습니다. 기업명이나 사업자등록번호를 다시 확인하시거나, 아래에서 소속 기업을 등록해 주세요.</p>`
  }
  return html`<p role="status">전체 ${view.total}건${view.total > rows.length ? html` (처음 ${rows.length}건을 보여 드립니다. 검색어를 더 자세히 입력해 주세요.)` : ''}</p>
<div class="table-scroll">
<table class="company-search">
  <caption class="visually-hidden">‘${view.q}’ 기업 검색 결과</caption>
  <thead><tr><th scope="col">기업명</th><th scope="col">기업분류</th><th scope="col">업종</th><th scope="col"><span class="visually-hidden">가입</span></th></tr></thead>
  <tbody>${rows.map((row) => html`
    <tr>
      <th scope="row">${row.name}${row.bizRegNo && html`<span class="company-search__no">${row.bizRegNo}</span>`}</th>
      <td>${row.categoryLabel}</td>
      <td>${row.industryLabel}</td>
      <td><a href="/join/account/?company=${encodeURIComponent(String(row.id))}">${view.finishing ? '소속 승인 요청' : '이 기업으로 가입'}<span class="visually-hidden">: ${row.name}</span></a></td>
    </tr>`)}
  </tbody>
</table>
</div>`
}

export function joinSearchPage(view: JoinSearchView): string {
  return pageLayout({
    title: view.q ? `기업검색: ${view.q}` : '회원가입: 기업검색',
    path: '/join/',
    user: view.user,
    body: html`<h1>회원가입 <span class="h1-sub">1단계: 소속 기업 검색</span></h1>
${JOIN_STEPS}
${view.finishing && html`<p class="notice">가입을 마치려면 소속 기업을 지정해 주세요. 소속 기업이 있어야 추천 프로그램을 받고 프로그램에 신청할 수 있습니다.</p>`}
<section class="callout" aria-labelledby="join-note-1">
  <h2 id="join-note-1">가입 시 유의사항 ①</h2>
  <p>상생누리에는 동반성장 평가 대상 대기업, 공공기관의 기업 정보가 사전 등록되어 있습니다. 먼저 소속 기업의 정보를 검색한 후 회원가입을 진행해 주세요.</p>
</section>
<form method="get" action="/join/" class="search-form join-search" role="search" aria-label="소속 기업 검색">
  <div class="field">
    <label for="f-q">소속 기업명 또는 사업자등록번호</label>
    <p class="field__hint" id="f-q-hint">기업명 일부(예: 한빛) 또는 사업자등록번호 10자리 전체(예: 124-81-00998, 하이픈 없이도 됨)를 입력하세요.</p>
    ${view.problem && html`<p class="field__error" id="f-q-error"><span class="visually-hidden">오류: </span>${view.problem}</p>`}
    <input id="f-q" name="q" type="search" value="${view.q}" maxlength="100" aria-describedby="f-q-hint${view.problem ? ' f-q-error' : ''}"${view.problem ? html` aria-invalid="true"` : ''}>
  </div>
  <div class="form-actions"><button type="submit" class="button">기업검색</button></div>
</form>
${view.results && html`<section class="section" aria-labelledby="results-title">
  <h2 id="results-title">검색 결과</h2>
  ${resultsTable(view)}
</section>`}
<section class="callout" aria-labelledby="join-note-2">
  <h2 id="join-note-2">가입 시 유의사항 ②</h2>
  <p>소속 기업명이 검색되지 않나요? 우리 회사 예비 가입자들을 위해 소속 기업의 정보를 등록해 주세요. 소속 기업 정보 등록은 단 한 번이면 됩니다.</p>
  <p><a class="button button--secondary" href="/join/company/">찾는 기업이 없나요? 기업등록</a></p>
</section>
<p>이미 회원이신가요? <a href="/login/">로그인</a></p>`,
  })
}
