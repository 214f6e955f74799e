/**
 * /join/company/ 기업등록: the guide's company form, and (for someone not yet signed in) the
 * account fields, sent as one post that creates both or neither.
 */
import { COMPANY_CATEGORIES, KSIC_SECTIONS } from '../../kernel/rules/valueLists'
import { html } from '../../kernel/web/html'
import { pageLayout, type PageUser } from '../../views/layout'
import { accountFields, type AccountValues } from './accountFields'
import { addressFieldset, bizRegNoFieldset, homepageInput, partnersFieldset, type AddressValues, type BizRegNoAnswer, type PartnerRow } from './companyFields'
import { errorSummary, input, select, type Errors } from './form'

/** Only these two are registered by members; 대기업·공공기관 are on 상생누리 already. */
const MEMBER_CATEGORIES = COMPANY_CATEGORIES.filter((c) => c.value === 'sme' || c.value === 'midsize')

export type JoinCompanyValues = {
  bizRegNoParts: [string, string, string]
  companyName?: string
  ceoName?: string
  address: AddressValues
  homepage?: string
  category?: string
  industry?: string
  industryDetail?: string
  partners: PartnerRow[]
  account: AccountValues
}

export type JoinCompanyView = {
  values: JoinCompanyValues
  errors: Errors
  general?: string
  /** The answer of 중복확인, when the page answers that button. */
  check?: BizRegNoAnswer
  partnerCompanies: { value: string; label: string }[]
  /** 기업검색 for the number typed, when a company already has it. */
  duplicateSearch?: string
  /** Signed in without a company: the account exists, only the company is asked for. */
  finishing?: boolean
  user?: PageUser
}

export const EMPTY_COMPANY_VALUES: JoinCompanyValues = { bizRegNoParts: ['', '', ''], address: {}, category: 'sme', partners: [], account: {} }

const ANCHORS = { bizRegNo: 'f-bizRegNo1', partners: 'f-partnerCompany1', consent: 'f-consent' }

export function joinCompanyPage(view: JoinCompanyView): string {
  const { values, errors } = view
  const refused = Object.keys(errors).length > 0 || Boolean(view.general)
  return pageLayout({
    title: `${refused ? '입력 확인: ' : ''}회원가입: 기업등록`,
    path: '/join/company/',
    user: view.user,
    body: html`<h1>기업등록 <span class="h1-sub">소속 기업 정보 등록${view.finishing ? '' : '과 회원가입'}</span></h1>
<ol class="join-steps"><li>기업검색</li><li aria-current="step">기업·회원정보 입력</li><li>가입 완료</li></ol>
${errorSummary(errors, view.general, ANCHORS)}
<p class="page-lead">기업검색에서 소속 기업이 검색되지 않을 때 등록해 주세요. 소속 기업 정보 등록은 단 한 번이면 됩니다. 먼저 <a href="/join/">기업검색</a>에서 이미 등록되어 있지 않은지 확인해 주세요.</p>
<form method="post" action="/join/company/" class="member-form" novalidate>
  <h2 class="form-heading">기업정보</h2>
  ${bizRegNoFieldset(values.bizRegNoParts, errors.bizRegNo, view.check, view.duplicateSearch)}
  ${input({ name: 'companyName', label: '기업명', value: values.companyName, required: true, maxlength: 200, autocomplete: 'organization', hint: '본인 회사의 풀네임을 입력해 주세요 (예: 주식회사 누리테크).', error: errors.companyName })}
  ${input({ name: 'ceoName', label: '대표자명', value: values.ceoName, required: true, maxlength: 100, error: errors.ceoName })}
  ${addressFieldset(values.address, errors)}
  ${homepageInput(values.homepage, errors.homepage)}
  ${select({ name: 'category', label: '기업분류', required: true, value: values.category, error: errors.category,
    options: MEMBER_CATEGORIES.map((c) => ({ value: c.value, label: c.ko })),
    hint: '중소기업은 ‘중소기업현황정보시스템’에서 확인할 수 있으며, ‘중소기업기본법 제2조’ 및 ‘같은 법 시행령 제3조’에서 규정하는 기업을 말합니다. 대기업·공공기관은 상생누리가 미리 등록해 두었으므로 기업검색에서 찾아 가입해 주세요.' })}
  ${select({ name: 'industry', label: '업종', required: true, value: values.industry, error: errors.industry, placeholder: '업종 선택 (한국표준산업분류 대분류)',
    options: KSIC_SECTIONS.map((s) => ({ value: s.value, label: `${s.ko} (${s.value})` })) })}
  ${input({ name: 'industryDetail', label: '세부 업종', value: values.industryDetail, maxlength: 200, hint: '예: 통신 및 방송 장비 제조업', error: errors.industryDetail })}
  ${partnersFieldset(values.partners, view.partnerCompanies, errors.partners)}
  ${!view.finishing && html`<h2 class="form-heading">회원정보</h2>
  ${accountFields(values.account, errors)}`}
  <div class="form-actions">
    <button type="submit" class="button">${view.finishing ? '기업등록' : '기업등록하고 가입하기'}</button>
    <a href="/join/">기업검색으로 돌아가기</a>
  </div>
</form>`,
  })
}
