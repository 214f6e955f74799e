/**
 * /programs/<id>/: every public field of the guide's program form (프로그램 등록), with the
 * 진행단계 badge. Rendered in TypeScript rather than Nunjucks because it is the one template
 * that runs once per program (1,114 and more): a plain function renders it several times faster.
 * The whole document (programDocument) is written outside Eleventy by site/publish/programPages.ts,
 * in the full build and in an incremental publish alike, so both write the same bytes.
 */
import type { PublicProgram } from '../data/schema'
import { fileKind, fileSize } from '../../kernel/web/format'
import { html, raw, type SafeHtml } from '../../kernel/web/html'
import { fact, period, phaseBadge } from '../../views/programCard'
import { pageFrame } from '../../views/layout'

const textSection = (id: string, title: string, text: string | null): SafeHtml | null =>
  text ? html`
    <section class="program__section" aria-labelledby="${id}-title">
      <h2 id="${id}-title">${title}</h2>
      <p class="pre-line">${text}</p>
    </section>` : null

function contact(c: PublicProgram['contact']): SafeHtml {
  const who = [c.department, c.name].filter(Boolean).join(' ')
  return html`<ul class="contact">${who && html`<li>${who}</li>`}${c.phone && html`<li>전화 <a href="tel:${c.phone.replace(/ /g, '')}">${c.phone}</a></li>`}${c.email && html`<li>이메일 <a href="mailto:${c.email}">${c.email}</a></li>`}</ul>`
}

/** `companyUrl` is the company's public page, when it has one. */
export function programPage(program: PublicProgram, companyUrl: string | null): SafeHtml {
  const company = companyUrl ? html`<a href="${companyUrl}">${program.company.name}</a>` : html`${program.company.name}`
  const business = html`${program.business.name || '—'}${program.business.relatedUrl && html` <a class="external" href="${program.business.relatedUrl}" rel="external noopener">관련 사이트<span class="visually-hidden">: ${program.business.name}</span></a>`}`
  return html`<div class="container container--narrow">
  <nav class="breadcrumb" aria-label="현재 위치">
    <ol>
      <li><a href="/">홈</a></li>
      <li><a href="/programs/">프로그램 검색</a></li>
      <li><a href="${program.url}" aria-current="page">${program.title}</a></li>
    </ol>
  </nav>

  <article class="program" aria-labelledby="program-title">
    <header class="program__header">
      <p class="program__phase">${phaseBadge(program.phase)} <span class="program__field">${program.supportFieldLabel} · ${program.targetScopeLabel}</span></p>
      <h1 id="program-title">${program.title}</h1>
      <p class="program__company">${companyUrl ? html`<a href="${companyUrl}">${program.company.name}<span class="visually-hidden"> 기업 정보</span></a>` : program.company.name}</p>
    </header>
    ${program.applyOnline && program.phase === 'recruiting' && html`
    <div class="callout callout--apply">
      <p><strong>상생누리에서 바로 신청할 수 있는 프로그램입니다.</strong> 신청 마감: <time datetime="${program.applyEnd}">${program.applyEnd}</time></p>
      <p>상생누리 회원은 로그인한 뒤 신청서를 작성하고 첨부서류를 올려 신청할 수 있습니다.</p>
      <p><a class="button" href="${program.url}apply/">상생누리에서 신청하기<span class="visually-hidden">: ${program.title}</span></a></p>
    </div>`}
    <section class="program__section" aria-labelledby="facts-title">
      <h2 id="facts-title">프로그램 정보</h2>
      <dl class="facts">
        ${fact('프로그램명', program.title)}
        ${fact('진행단계', phaseBadge(program.phase))}
        ${fact('기업명', company)}
        ${fact('사업명', business)}
        ${fact('프로그램개요', program.summary)}
        ${fact('목적', program.purpose)}
        ${fact('지원분야', program.supportFieldLabel)}
        ${fact('지원대상', html`${program.targetScopeLabel}${program.targetScope === 'open' && html` <span class="muted">(미연계 중소기업까지 전체 개방)</span>`}`)}
        ${fact('신청기간', period(program.applyStart, program.applyEnd))}
        ${fact('지원기간', period(program.supportStart, program.supportEnd))}
        ${fact('진행지역', program.regionLabels.join(', '))}
        ${fact('문의처', contact(program.contact))}
        ${fact('신청여부', program.applyOnline ? '상생누리 신청가능' : html`신청불가 <span class="muted">(상생누리에서는 신청할 수 없습니다. 신청방법을 확인해 주세요.)</span>`)}
        ${fact('확인일', html`<time datetime="${program.registeredOn}">${program.registeredOn}</time>`)}
      </dl>
    </section>

    <section class="program__section" aria-labelledby="details-title">
      <h2 id="details-title">지원내용</h2>
      ${program.detailsHtml ? html`<div class="prose">${raw(program.detailsHtml)}</div>` : html`<p class="muted">등록된 지원내용이 없습니다.</p>`}
    </section>
    ${textSection('eligibility', '지원대상 상세조건', program.eligibilityDetails)}
    ${textSection('how', '신청방법', program.howToApply)}
    ${textSection('notes', '기타', program.notes)}
    ${program.attachments.length > 0 && html`
    <section class="program__section" aria-labelledby="attachments-title">
      <h2 id="attachments-title">첨부문서</h2>
      <ul class="attachments">${program.attachments.map((a) => html`
        <li><a href="${a.url}" download>${a.filename} <span class="attachments__meta">(${fileKind(a.filename)}${a.filesize != null && `, ${fileSize(a.filesize)}`})</span></a></li>`)}
      </ul>
    </section>`}
  </article>

  <p class="back-link"><a href="/programs/">프로그램 목록으로 돌아가기</a></p>
</div>`
}

/** What every public page's frame shows besides the page: the site's address and the build's day. */
export type PublicFrame = { siteUrl: string; today: string }

/** The complete /programs/<id>/index.html, in the site's shared page frame (views/layout.ts). */
export function programDocument(program: PublicProgram, companyUrl: string | null, frame: PublicFrame): string {
  const description = `${program.company.name} · ${program.supportFieldLabel} · ${program.summary}`
  return pageFrame({
    content: programPage(program, companyUrl),
    title: program.title,
    bodyClass: 'page-program',
    path: program.url,
    public: { siteUrl: frame.siteUrl, description, generatedOn: frame.today },
  })
}
