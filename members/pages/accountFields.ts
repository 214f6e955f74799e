/** The account part of both sign-up forms: 이름, 이메일, 비밀번호 (twice), 개인정보 동의. */
import { PASSWORD_MIN } from '../operations/signUpForm'
import { html, type SafeHtml } from '../../kernel/web/html'
import { errorText, fieldId, input, type Errors } from './form'

export type AccountValues = { name?: string; email?: string; consent?: boolean }

export const PASSWORD_HINT = `${PASSWORD_MIN}자 이상으로 입력하세요. 다른 사이트에서 쓰지 않는 비밀번호를 권장합니다.`

/** A new password and its confirmation (가입, 비밀번호 재설정). */
export function newPasswordInputs(errors: Errors, label = '비밀번호'): SafeHtml {
  return html`${input({ name: 'password', label, type: 'password', required: true, autocomplete: 'new-password', hint: PASSWORD_HINT, error: errors.password })}
  ${input({ name: 'passwordConfirm', label: `${label} 확인`, type: 'password', required: true, autocomplete: 'new-password', error: errors.passwordConfirm })}`
}

export function accountFields(values: AccountValues, errors: Errors): SafeHtml {
  const consentError = errors.consent
  return html`<fieldset class="form-group">
  <legend>가입자 정보</legend>
  ${input({ name: 'name', label: '이름', value: values.name, required: true, autocomplete: 'name', maxlength: 50, error: errors.name })}
  ${input({ name: 'email', label: '이메일', type: 'email', value: values.email, required: true, autocomplete: 'email', maxlength: 254, hint: '로그인 아이디로 씁니다. 선정 결과 안내도 이 주소로 보냅니다.', error: errors.email })}
  ${newPasswordInputs(errors)}
</fieldset>
<fieldset class="form-group">
  <legend>개인정보 수집·이용 동의 <span class="field__required">(필수)</span></legend>
  <div class="privacy-notice" id="privacy-notice">
    <p>상생누리는 회원 관리와 프로그램 추천·신청 안내를 위해 아래 개인정보를 수집·이용합니다.</p>
    <ul>
      <li>수집 항목: 이름, 이메일, 소속 기업</li>
      <li>이용 목적: 회원 식별, 추천 프로그램 안내, 프로그램 신청 및 선정 결과 안내</li>
      <li>보유 기간: 회원 탈퇴 시까지</li>
    </ul>
    <p>동의하지 않으실 수 있으며, 이 경우 회원가입을 할 수 없습니다.</p>
  </div>
  ${errorText('consent', consentError)}
  <div class="checkbox">
    <input type="checkbox" id="${fieldId('consent')}" name="consent" value="yes"${values.consent ? html` checked` : ''} required aria-describedby="privacy-notice${consentError ? ` ${fieldId('consent')}-error` : ''}"${consentError ? html` aria-invalid="true"` : ''}>
    <label for="${fieldId('consent')}">개인정보 수집·이용에 동의합니다.</label>
  </div>
</fieldset>`
}
