/**
 * Company parts of the 기업등록 form (/join/company/) that the profile page (/my/profile/) also
 * uses: 사업자등록번호 in the guide's three boxes with 중복확인, 기업주소, 홈페이지, and up to five
 * 주거래기업/업체구분 rows.
 */
import { PARTNER_TIERS } from '../../kernel/rules/valueLists'
import { html, type SafeHtml } from '../../kernel/web/html'
import { errorText, fieldId, FOCUS_ON_LOAD, input, options, type Errors } from './form'

export const MAX_PARTNER_ROWS = 5

export type PartnerRow = { company: string; tier: string }
export type AddressValues = { postcode?: string; line1?: string; line2?: string }

/** The answer of 중복확인, shown under the number. */
export type BizRegNoAnswer = { ok: boolean; message: string }

/**
 * The three boxes are required, and marked invalid — all three, described by the message — when
 * the number was refused (`error`) or 중복확인 found it unusable (a duplicate or a bad number).
 * The answer of 중복확인 is what the page says first (focused on load). `searchHref`: 기업검색
 * for a number already registered, so the person can join that company.
 */
export function bizRegNoFieldset(parts: [string, string, string], error?: string, answer?: BizRegNoAnswer, searchHref?: string): SafeHtml {
  const hintId = `${fieldId('bizRegNo')}-hint`
  const answerId = `${fieldId('bizRegNo')}-answer`
  const described = [hintId, error && `${fieldId('bizRegNo')}-error`, answer && answerId].filter(Boolean).join(' ')
  const refused = Boolean(error) || answer?.ok === false
  const box = (n: 1 | 2 | 3, label: string, size: number) => html`<span class="bizregno__part bizregno__part--${n}">
      <label for="${fieldId(`bizRegNo${n}`)}">${label}</label>
      <input id="${fieldId(`bizRegNo${n}`)}" name="bizRegNo${n}" type="text" inputmode="numeric" maxlength="${size}" size="${size}" value="${parts[n - 1]}" autocomplete="off" required aria-describedby="${described}"${refused ? html` aria-invalid="true"` : ''}>
    </span>`
  return html`<fieldset class="form-group bizregno">
  <legend>사업자등록번호 <span class="field__required">(필수)</span></legend>
  <p class="field__hint" id="${hintId}">숫자 10자리를 세 칸에 나누어 입력하세요 (예: 124-81-00998).</p>
  ${errorText('bizRegNo', error)}
  <div class="bizregno__inputs">
    ${box(1, '앞 3자리', 3)}<span class="bizregno__dash" aria-hidden="true">-</span>${box(2, '가운데 2자리', 2)}<span class="bizregno__dash" aria-hidden="true">-</span>${box(3, '뒤 5자리', 5)}
    <button type="submit" class="button button--secondary" formaction="/join/company/check" formnovalidate>중복확인</button>
  </div>
  ${answer && html`<p class="${answer.ok ? 'field__ok' : 'field__error'}" id="${answerId}" role="${answer.ok ? 'status' : 'alert'}"${FOCUS_ON_LOAD}>${!answer.ok && html`<span class="visually-hidden">오류: </span>`}${answer.message}</p>`}
  ${searchHref && html`<p><a href="${searchHref}">기업검색에서 이 사업자등록번호의 기업 찾기</a></p>`}
</fieldset>`
}

export function addressFieldset(values: AddressValues, errors: Errors): SafeHtml {
  return html`<fieldset class="form-group">
  <legend>기업주소 <span class="field__required">(필수)</span></legend>
  ${input({ name: 'postcode', label: '우편번호', value: values.postcode, inputmode: 'numeric', maxlength: 5, autocomplete: 'postal-code', hint: '숫자 5자리 (예: 04524)', error: errors.postcode })}
  ${input({ name: 'line1', label: '주소', value: values.line1, required: true, autocomplete: 'address-line1', maxlength: 200, hint: '도로명 주소 (예: 서울특별시 중구 세종대로 110). 주소의 시·도로 지역 맞춤 프로그램을 추천합니다.', error: errors.line1 })}
  ${input({ name: 'line2', label: '상세주소', value: values.line2, autocomplete: 'address-line2', maxlength: 200, error: errors.line2 })}
</fieldset>`
}

export function homepageInput(value: string | undefined, error?: string): SafeHtml {
  return input({ name: 'homepage', label: '홈페이지', value, required: true, maxlength: 300, autocomplete: 'url',
    hint: '예: https://www.example.co.kr — 홈페이지가 없을 경우에는 담당자 이메일 주소를 입력하세요.', error })
}

/** 주거래기업/업체구분: five rows of (대기업·공공기관, 1차/2차/3차); empty rows are ignored. */
export function partnersFieldset(rows: PartnerRow[], companies: { value: string; label: string }[], error?: string): SafeHtml {
  const row = (i: number) => {
    const current = rows[i - 1] ?? { company: '', tier: 'tier1' }
    return html`<li class="partner-row">
    <div class="field">
      <label for="${fieldId(`partnerCompany${i}`)}">주거래기업 ${i}</label>
      <select id="${fieldId(`partnerCompany${i}`)}" name="partnerCompany${i}"${error ? html` aria-describedby="${fieldId('partners')}-error" aria-invalid="true"` : ''}>
        <option value="">선택 안 함</option>${options(companies, current.company)}
      </select>
    </div>
    <div class="field">
      <label for="${fieldId(`partnerTier${i}`)}">업체구분 ${i}</label>
      <select id="${fieldId(`partnerTier${i}`)}" name="partnerTier${i}">${options(PARTNER_TIERS.map((t) => ({ value: t.value, label: `${t.ko} 협력사` })), current.tier)}</select>
    </div>
  </li>`
  }
  return html`<fieldset class="form-group partners">
  <legend>주거래기업/업체구분 <span class="field__optional">(선택, 최대 ${MAX_PARTNER_ROWS}개)</span></legend>
  <p class="field__hint">주거래기업 및 업체구분은 프로그램 추천, 매칭과 연계됩니다. 거래하는 대기업·공공기관과 그 기업에 대한 협력 차수(1차·2차·3차)를 고르세요.</p>
  ${errorText('partners', error)}
  <ol class="partner-rows">${Array.from({ length: Math.max(MAX_PARTNER_ROWS, rows.length) }, (_, i) => row(i + 1))}</ol>
</fieldset>`
}
