/**
 * /programs/<id>/apply/: the online application form (신청자 정보 and 연락처, 신청 내용, 첨부서류,
 * 동의), and the page that says why someone cannot apply. Works without JavaScript; a refused
 * form comes back titled 오류, with an error summary that takes the focus, each message tied to
 * its field (aria-describedby) and the field marked invalid.
 */
import { PHONE_MAX_CHARS } from '../../kernel/rules/phone'
import { html } from '../../kernel/web/html'
import { pageLayout, type PageUser } from '../../views/layout'
import { errorBox, errorSummary, errorText, fieldId, input, type Errors } from './form'
import { breadcrumb, programFacts, type ApplyProgramView } from '../../views/programFacts'
import { applyPath, programPath } from '../../kernel/web/urls'

export const ANSWERS_MAX = 5000

/** Who applies, as the program's company will see it (copied onto the application when it is submitted). */
export type ApplicantView = { name: string; email: string; companyName: string }

export type ApplyFormView = {
  program: ApplyProgramView
  user: PageUser
  /** Why the company may apply (an ELIGIBILITY_REASON_LABELS text). */
  eligibilityText: string
  applicant: ApplicantView
  phone?: string
  answers?: string
  consent?: boolean
  errors?: Errors
  /** Accepted file kinds for the hint and the accept attribute. */
  kinds: { list: string; accept: string; maxFiles: number; maxMegabytes: number }
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ')

/** 신청자 정보: what is shared besides the phone, so the member sees it before consenting. */
function applicantFacts(applicant: ApplicantView) {
  return html`<dl class="facts" id="apply-applicant">
    <div><dt>신청기업</dt><dd>${applicant.companyName}</dd></div>
    <div><dt>신청자</dt><dd>${applicant.name}</dd></div>
    <div><dt>이메일</dt><dd>${applicant.email}</dd></div>
  </dl>`
}

export function applyFormPage(view: ApplyFormView): string {
  const errors = view.errors ?? {}
  const { kinds } = view
  const hadErrors = Object.keys(errors).length > 0
  const answersIds = describedBy(`${fieldId('answers')}-hint`, errors.answers && `${fieldId('answers')}-error`)
  const filesIds = describedBy(`${fieldId('attachments')}-hint`, errors.attachments && `${fieldId('attachments')}-error`)
  const consentIds = describedBy('apply-consent-notice', errors.consent && `${fieldId('consent')}-error`)
  return pageLayout({
    title: hadErrors ? `오류: ${view.program.title} 신청` : `${view.program.title} 신청`,
    user: view.user,
    body: html`${breadcrumb(view.program)}
<h1>프로그램 신청</h1>
${errorSummary(errors)}
${programFacts(view.program, { ok: true, text: view.eligibilityText })}
<section class="program__section" aria-labelledby="apply-form-title">
<h2 id="apply-form-title">신청서 작성</h2>
<form method="post" action="${applyPath(view.program.id)}" enctype="multipart/form-data" class="member-form apply-form" novalidate>
  <fieldset class="form-group">
    <legend>신청자 정보</legend>
    ${applicantFacts(view.applicant)}
    ${input({ name: 'phone', label: '연락처', type: 'tel', value: view.phone ?? '', required: true, autocomplete: 'tel', maxlength: PHONE_MAX_CHARS, error: errors.phone,
      hint: '운영기업 담당자가 신청 내용을 확인할 때 연락드릴 전화번호입니다 (예: 010-1234-5678, 02-123-4567). 이름은 마이페이지의 회원정보 수정에서 바꿀 수 있습니다.' })}
  </fieldset>
  <div class="field">
    <label for="${fieldId('answers')}">신청 내용 <span class="field__required">(필수)</span></label>
    <p class="field__hint" id="${fieldId('answers')}-hint">신청 동기, 참여 인원과 담당자, 기대 효과 등을 ${ANSWERS_MAX.toLocaleString('ko-KR')}자 이내로 적어 주세요.</p>
    ${errorText('answers', errors.answers)}
    <textarea id="${fieldId('answers')}" name="answers" rows="10" maxlength="${ANSWERS_MAX}" required aria-describedby="${answersIds}"${errors.answers ? html` aria-invalid="true"` : ''}>${view.answers ?? ''}</textarea>
  </div>
  <div class="field">
    <label for="${fieldId('attachments')}">첨부서류 <span class="field__optional">(선택, ${kinds.maxFiles}개까지)</span></label>
    <p class="field__hint" id="${fieldId('attachments')}-hint">${kinds.list} 파일을 ${kinds.maxFiles}개까지, 파일 하나에 ${kinds.maxMegabytes}MB까지 올릴 수 있습니다. 파일 형식은 파일 내용으로 확인하므로 확장자가 실제 형식과 같아야 합니다.${hadErrors ? ' 오류가 있으면 파일은 저장되지 않으니 다시 선택해 주세요.' : ''}</p>
    ${errorText('attachments', errors.attachments)}
    <input type="file" id="${fieldId('attachments')}" name="attachments" multiple accept="${kinds.accept}" aria-describedby="${filesIds}"${errors.attachments ? html` aria-invalid="true"` : ''}>
  </div>
  <fieldset class="form-group">
    <legend>신청서 제출 동의 <span class="field__required">(필수)</span></legend>
    <p class="privacy-notice" id="apply-consent-notice">신청자의 이름, 이메일, 연락처, 기업명과 신청 내용, 첨부서류가 선정 심사를 위해 운영기업(${view.program.companyName})에 전달됩니다. 선정 결과는 이메일과 마이페이지로 알려 드립니다.</p>
    ${errorText('consent', errors.consent)}
    <div class="checkbox">
      <input type="checkbox" id="${fieldId('consent')}" name="consent" value="yes"${view.consent ? html` checked` : ''} required aria-describedby="${consentIds}"${errors.consent ? html` aria-invalid="true"` : ''}>
      <label for="${fieldId('consent')}">위 내용에 동의하고 신청서를 제출합니다.</label>
    </div>
  </fieldset>
  <div class="form-actions">
    <button type="submit" class="button">신청서 제출</button>
    <a href="${programPath(view.program.id)}">프로그램 안내로 돌아가기</a>
  </div>
</form>
</section>`,
  })
}

export type RefusalView = {
  program: ApplyProgramView | null
  user: PageUser
  /** The Korean reason (canApply's refusal, or what went wrong). */
  message: string
  heading?: string
  /** The last step of the breadcrumb. */
  crumb?: string
}

/** Why this person cannot apply (or withdraw): the program, the reason (focused on load), and where to go next. */
export function applyRefusalPage(view: RefusalView): string {
  const heading = view.heading ?? '신청할 수 없습니다'
  return pageLayout({
    title: view.program ? `${heading}: ${view.program.title}` : heading,
    user: view.user,
    body: html`${breadcrumb(view.program, view.crumb)}
<h1>${heading}</h1>
${errorBox('refusal-title', '안내', html`<p id="refusal-message">${view.message}</p>`)}
${view.program && programFacts(view.program, { ok: false, text: '위 안내를 확인해 주세요.' })}
<ul class="link-list">
  ${view.program && html`<li><a href="${programPath(view.program.id)}">프로그램 안내 보기</a></li>`}
  <li><a href="/programs/">다른 프로그램 찾기</a></li>
  ${view.user ? html`<li><a href="/my/">마이페이지에서 신청 내역 보기</a></li>` : html`<li><a href="/login/">로그인</a></li>`}
</ul>`,
  })
}
