/**
 * /my/profile/ 회원정보 수정: name, 관심 분야, 신규 프로그램 알림; for an SME or mid-sized
 * company also its 주거래기업/업체구분, address and homepage.
 */
import { REGIONS, SUPPORT_FIELDS } from '../../kernel/rules/valueLists'
import { html } from '../../kernel/web/html'
import { pageLayout, type PageUser } from '../../views/layout'
import { addressFieldset, homepageInput, partnersFieldset, type AddressValues, type PartnerRow } from './companyFields'
import { checkboxes, errorSummary, fieldId, input, statusMessage, type Errors } from './form'

export type ProfileValues = {
  name: string
  supportFields: string[]
  regions: string[]
  alerts: boolean
  company?: { address: AddressValues; homepage: string; partners: PartnerRow[] }
}

export type ProfileView = {
  user: PageUser
  email: string
  values: ProfileValues
  /** The company's name, and whether the member may edit it here (중소·중견기업). */
  company: { name: string; categoryLabel: string; editable: boolean } | null
  partnerCompanies: { value: string; label: string }[]
  errors: Errors
  general?: string
  saved?: boolean
}

const ANCHORS = { partners: 'f-partnerCompany1', supportFields: 'f-supportFields', regions: 'f-regions' }

export function profilePage(view: ProfileView): string {
  const { values, errors } = view
  const refused = Object.keys(errors).length > 0 || Boolean(view.general)
  return pageLayout({
    title: `${refused ? '입력 확인: ' : view.saved ? '저장 완료: ' : ''}회원정보 수정`,
    path: '/my/profile/',
    user: view.user,
    body: html`<nav class="breadcrumb" aria-label="현재 위치"><ol><li><a href="/my/">마이페이지</a></li><li><a href="/my/profile/" aria-current="page">회원정보 수정</a></li></ol></nav>
<h1>회원정보 수정</h1>
${view.saved && !refused && statusMessage(html`<p>회원정보를 저장했습니다.</p>`)}
${errorSummary(errors, view.general, ANCHORS)}
<form method="post" action="/my/profile/" class="member-form" novalidate>
  <fieldset class="form-group">
    <legend>회원정보</legend>
    <p>이메일(로그인 아이디): ${view.email}</p>
    ${input({ name: 'name', label: '이름', value: values.name, required: true, autocomplete: 'name', maxlength: 50, error: errors.name })}
  </fieldset>
  ${checkboxes('관심 지원분야', 'supportFields', SUPPORT_FIELDS, values.supportFields, errors.supportFields)}
  ${checkboxes('관심 지역', 'regions', REGIONS, values.regions, errors.regions)}
  <fieldset class="form-group">
    <legend>신규 프로그램 알림</legend>
    ${errors.alerts && html`<p class="field__error" id="${fieldId('alerts')}-error">${errors.alerts}</p>`}
    <div class="checkbox">
      <input type="checkbox" id="${fieldId('alerts')}" name="alerts" value="yes"${values.alerts ? html` checked` : ''} aria-describedby="${fieldId('alerts')}-hint">
      <label for="${fieldId('alerts')}">관심 분야의 새 프로그램을 매주 메일로 받기</label>
    </div>
    <p class="field__hint" id="${fieldId('alerts')}-hint">위에서 고른 관심 지원분야·지역에 맞는 새 프로그램이 확인되면 한 주에 한 번 모아 보내 드립니다.</p>
  </fieldset>
  ${view.company && html`<h2 class="form-heading">소속 기업: ${view.company.name}</h2>
  ${view.company.editable && values.company ? html`<input type="hidden" name="companySection" value="1">
  ${addressFieldset(values.company.address, errors)}
  ${homepageInput(values.company.homepage, errors.homepage)}
  ${partnersFieldset(values.company.partners, view.partnerCompanies, errors.partners)}` : html`<p class="muted">${view.company.categoryLabel} 정보는 운영기업 관리자 또는 상생누리 관리자가 관리합니다. 수정이 필요하면 상생누리 관리자에게 요청해 주세요.</p>`}`}
  <div class="form-actions">
    <button type="submit" class="button">저장</button>
    <a href="/my/">마이페이지로 돌아가기</a>
  </div>
</form>`,
  })
}
