/** /join/account/?company=<id>: the account of a new member of a company found through 기업검색. */
import { html, type SafeHtml } from '../../kernel/web/html'
import { pageLayout, type PageUser } from '../../views/layout'
import { accountFields, type AccountValues } from './accountFields'
import { errorSummary, type Errors } from './form'
import { isOperatorCategory } from '../../kernel/rules/operators'

export type JoinCompanySummary = { id: string | number; name: string; category: string; categoryLabel: string; industryLabel: string; bizRegNo: string | null }

export type JoinAccountView = {
  company: JoinCompanySummary
  values: AccountValues
  errors: Errors
  general?: string
  user?: PageUser
  /** Signed in without a company: only confirm the company, no account fields. */
  finishing?: boolean
}

/** 가입 시 유의사항 ③, for people of a 대기업·공공기관. */
export const NOTE_3 = html`<section class="callout" aria-labelledby="join-note-3">
  <h2 id="join-note-3">가입 시 유의사항 ③</h2>
  <p>상생누리는 무분별한 정보 등록 방지를 위해 운영기업 관리자 권한을 가진 회원만 프로그램을 등록할 수 있습니다. 회원가입이 완료되면 운영기업 관리자 권한 부여를 위해 상생누리 관리자(<a href="tel:02-368-8487">02.368.8487</a>)에게 연락해 주시기 바랍니다.</p>
</section>`


function companyFacts(company: JoinCompanySummary): SafeHtml {
  return html`<dl class="facts join-company">
  <div><dt>소속 기업</dt><dd>${company.name}</dd></div>
  ${company.bizRegNo && html`<div><dt>사업자등록번호</dt><dd>${company.bizRegNo}</dd></div>`}
  <div><dt>기업분류</dt><dd>${company.categoryLabel}</dd></div>
  <div><dt>업종</dt><dd>${company.industryLabel}</dd></div>
</dl>
<p><a href="/join/">다른 기업 검색하기</a></p>`
}

export function joinAccountPage(view: JoinAccountView): string {
  const { company } = view
  return pageLayout({
    title: `${Object.keys(view.errors).length || view.general ? '입력 확인: ' : ''}회원가입: ${company.name}`,
    path: '/join/account/',
    user: view.user,
    body: html`<h1>회원가입 <span class="h1-sub">2단계: 회원정보 입력</span></h1>
<ol class="join-steps"><li>기업검색</li><li aria-current="step">회원정보 입력</li><li>가입 완료</li></ol>
${errorSummary(view.errors, view.general)}
${companyFacts(company)}
${isOperatorCategory(company.category) && NOTE_3}
<p class="notice" id="membership-note">가입하면 이 기업의 기업 담당자(담당자가 없으면 상생누리 관리자)에게 소속 승인 요청이 갑니다. 승인되면 메일로 알려 드리며, 그때부터 기업 정보를 보고 프로그램에 신청할 수 있습니다. 추천 프로그램은 바로 볼 수 있습니다.</p>
<form method="post" action="/join/account/" class="member-form" novalidate>
  <input type="hidden" name="company" value="${String(company.id)}">
  ${view.finishing ? html`<p>이 기업에 소속 승인을 요청합니다. 승인된 뒤에는 상생누리 관리자만 소속 기업을 바꿀 수 있습니다.</p>` : accountFields(view.values, view.errors)}
  <div class="form-actions">
    <button type="submit" class="button">${view.finishing ? '소속 승인 요청' : '가입하기'}</button>
  </div>
</form>`,
  })
}
