/** The program an apply page is about: 프로그램명, 운영기업, 신청기간, 지원대상, and whether the member may apply. */
import { html, type SafeHtml } from '../kernel/web/html'
import { programPath } from '../kernel/web/urls'

export type ApplyProgramView = {
  id: string
  title: string
  companyName: string
  applyStart: string
  applyEnd: string
  targetScopeLabel: string
  phaseLabel: string
}

const day = (value: string) => html`<time datetime="${value}">${value}</time>`


export function breadcrumb(program: ApplyProgramView | null, current = '신청하기'): SafeHtml {
  return html`<nav class="breadcrumb" aria-label="현재 위치">
  <ol>
    <li><a href="/">홈</a></li>
    <li><a href="/programs/">프로그램 검색</a></li>
    ${program && html`<li><a href="${programPath(program.id)}">${program.title}</a></li>`}
    <li aria-current="page">${current}</li>
  </ol>
</nav>`
}

/** `verdict`: why the member may apply (or why not), shown right under the facts. */
export function programFacts(program: ApplyProgramView, verdict: { ok: boolean; text: string }): SafeHtml {
  return html`<section class="program__section" aria-labelledby="apply-program-title">
  <h2 id="apply-program-title">신청 프로그램</h2>
  <dl class="facts">
    <div><dt>프로그램명</dt><dd><a href="${programPath(program.id)}">${program.title}</a></dd></div>
    <div><dt>운영기업</dt><dd>${program.companyName}</dd></div>
    <div><dt>진행단계</dt><dd>${program.phaseLabel}</dd></div>
    <div><dt>신청기간</dt><dd>${day(program.applyStart)} ~ ${day(program.applyEnd)}</dd></div>
    <div><dt>지원대상</dt><dd>${program.targetScopeLabel}</dd></div>
    <div><dt>신청 자격</dt><dd id="apply-verdict">${verdict.ok ? html`<strong>신청할 수 있습니다.</strong> ${verdict.text}` : html`<strong>신청할 수 없습니다.</strong> ${verdict.text}`}</dd></div>
  </dl>
</section>`
}
