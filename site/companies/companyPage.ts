/**
 * /companies/<id>/: a participating company — its facts, its public programs as the guide's table
 * (views/programTable.ts), and its 협력사 등록 안내 when it has one. Rendered in TypeScript rather
 * than Nunjucks: in a fresh build process Eleventy's benchmark put these pages (compiled and run
 * for the first time in each build) at 300 ms for 19 companies, most of a cold render after the
 * program list. Eleventy paginates over the companies and wraps each in the page frame
 * (eleventy.config.ts).
 */
import { number } from '../../kernel/web/format'
import { html, raw, type SafeHtml } from '../../kernel/web/html'
import { programTable } from '../../views/programTable'
import type { PublicCompany, PublicGuide, PublicProgram } from '../data/schema'

export const companyTitle = (company: Pick<PublicCompany, 'name'>): string => company.name
export const companyDescription = (company: Pick<PublicCompany, 'name' | 'categoryLabel'>): string => `${company.name}(${company.categoryLabel})의 상생협력 프로그램과 협력사 등록 안내`

const facts = (company: PublicCompany, programCount: number): SafeHtml => html`
  <section class="section" aria-labelledby="company-info-title">
    <h2 id="company-info-title">기업 정보</h2>
    <dl class="facts">
      <div><dt>기업명</dt><dd>${company.name}</dd></div>
      <div><dt>기업분류</dt><dd>${company.categoryLabel}</dd></div>
      <div><dt>업종</dt><dd>${company.industryLabel}${company.industryDetail && company.industryDetail !== company.industryLabel && html` <span class="muted">(${company.industryDetail})</span>`}</dd></div>${
        company.group && html`
      <div><dt>기업집단</dt><dd>${company.group}</dd></div>`}${
        company.homepage
          ? html`
      <div><dt>홈페이지</dt><dd><a class="external" href="${company.homepage}" rel="external noopener">${company.homepage}</a></dd></div>`
          : company.contactEmail && html`
      <div><dt>연락처</dt><dd><a href="mailto:${company.contactEmail}">${company.contactEmail}</a></dd></div>`}
      <div><dt>공개 프로그램</dt><dd>${number(programCount)}개</dd></div>
    </dl>
  </section>`

const programsSection = (company: PublicCompany, programs: PublicProgram[]): SafeHtml => html`
  <section class="section" aria-labelledby="company-programs-title">
    <h2 id="company-programs-title">상생협력 프로그램 <span class="count">${number(programs.length)}개</span></h2>${
      programs.length
        ? html`
    ${programTable(programs, { caption: `${company.name}의 상생협력 프로그램 (모집중 먼저, 신청 마감순)`, id: 'company-programs', hideCompany: true })}
    <p class="table-note">참여신청: <strong>신청</strong>은 상생누리에서 바로 신청할 수 있는 프로그램, <strong>공고</strong>는 공고만 게시된 프로그램입니다.</p>`
        : html`
    <p class="empty">지금 공개된 프로그램이 없습니다.</p>`}
  </section>`

const guideSection = (company: PublicCompany, guide: PublicGuide): SafeHtml => html`
  <section class="section partner-guide" id="partner-guide" aria-labelledby="partner-guide-title">
    <h2 id="partner-guide-title">협력사 등록 안내</h2>${
      guide.title && html`
    <p class="partner-guide__title"><strong>${guide.title}</strong>${guide.industryLabel && html` <span class="muted">· ${guide.industryLabel}</span>`}</p>`}
    <div class="prose">${raw(guide.howHtml) /* sanitised rich text (site/data/richText.ts) */}</div>${
      guide.registrationUrl && html`
    <p><a class="button" href="${guide.registrationUrl}" rel="external noopener">${company.name} 협력사 등록 사이트로 이동</a></p>`}
    <p class="muted">다른 기업의 협력사 등록 안내는 <a href="/partners/">협력사 등록 안내</a>에서 볼 수 있습니다.</p>
  </section>`

/**
 * The page's content, inside the page frame. `logo` is the company logo's `<picture>` markup
 * (site/images/pictures.ts, made by the caller: encoding is asynchronous), or null.
 */
export function companyContent(company: PublicCompany, programs: PublicProgram[], guide: PublicGuide | null, logo: string | null): SafeHtml {
  return html`<div class="container">
  <nav class="breadcrumb" aria-label="현재 위치">
    <ol>
      <li><a href="/">홈</a></li>
      <li><a href="/stats/#companies">참여기업</a></li>
      <li><a href="${company.url}" aria-current="page">${company.name}</a></li>
    </ol>
  </nav>

  <header class="company-header">${
    logo && html`
    <div class="company-header__logo">${raw(logo)}</div>`}
    <div>
      <p class="company-header__category"><span class="tag">${company.categoryLabel}</span></p>
      <h1>${company.name}</h1>
    </div>
  </header>
${facts(company, programs.length)}
${programsSection(company, programs)}${guide && html`
${guideSection(company, guide)}`}
</div>
`
}
