/**
 * Form controls of the member pages: every input has a visible label; a hint and an error are
 * tied to it with aria-describedby (and aria-invalid on error); groups are fieldsets with a
 * legend. A control's id is `f-<name>`, so the error summary can link to it.
 */
import type { Labelled } from '../../kernel/rules/valueLists'
import { html, type SafeHtml } from '../../kernel/web/html'

export type Errors = Record<string, string>

export const fieldId = (name: string) => `f-${name}`

const describedBy = (name: string, hint?: string, error?: string, elsewhere?: string): SafeHtml | '' => {
  const ids = [hint && `${fieldId(name)}-hint`, error && `${fieldId(name)}-error`, elsewhere].filter(Boolean).join(' ')
  return ids ? html` aria-describedby="${ids}"` : ''
}

const invalid = (error?: string | boolean) => (error ? html` aria-invalid="true"` : '')

const marker = (required?: boolean) => html` <span class="${required ? 'field__required' : 'field__optional'}">${required ? '(필수)' : '(선택)'}</span>`

const hintText = (name: string, hint?: string) => hint && html`<p class="field__hint" id="${fieldId(name)}-hint">${hint}</p>`

export const errorText = (name: string, error?: string) => error && html`<p class="field__error" id="${fieldId(name)}-error"><span class="visually-hidden">오류: </span>${error}</p>`

export type InputSpec = {
  name: string
  label: string
  type?: 'text' | 'email' | 'password' | 'url' | 'tel'
  value?: string
  required?: boolean
  hint?: string
  error?: string
  autocomplete?: string
  maxlength?: number
  inputmode?: 'numeric' | 'email' | 'url'
  /** Hides the (필수)/(선택) marker, for inputs inside a fieldset that already says it. */
  bare?: boolean
  /**
   * The id of a message shown elsewhere that concerns this field (a form-level error such as a
   * failed sign-in): the field is marked invalid and described by it.
   */
  errorElsewhere?: string
}

export function input(spec: InputSpec): SafeHtml {
  const { name, label, type = 'text', value = '', required, hint, error, autocomplete, maxlength, inputmode, errorElsewhere } = spec
  return html`<div class="field">
  <label for="${fieldId(name)}">${label}${!spec.bare && marker(required)}</label>
  ${hintText(name, hint)}${errorText(name, error)}
  <input id="${fieldId(name)}" name="${name}" type="${type}"${type === 'password' ? '' : html` value="${value}"`}${required ? html` required` : ''}${autocomplete ? html` autocomplete="${autocomplete}"` : ''}${maxlength ? html` maxlength="${maxlength}"` : ''}${inputmode ? html` inputmode="${inputmode}"` : ''}${describedBy(name, hint, error, errorElsewhere)}${invalid(error || Boolean(errorElsewhere))}>
</div>`
}

export type SelectSpec = {
  name: string
  label: string
  options: { value: string; label: string }[]
  value?: string
  required?: boolean
  hint?: string
  error?: string
  /** First option with an empty value, e.g. "선택해 주세요". */
  placeholder?: string
}

export function options(items: { value: string; label: string }[], chosen: string | undefined): SafeHtml[] {
  return items.map((o) => html`<option value="${o.value}"${o.value === chosen ? html` selected` : ''}>${o.label}</option>`)
}

export function select(spec: SelectSpec): SafeHtml {
  const { name, label, required, hint, error, placeholder } = spec
  return html`<div class="field">
  <label for="${fieldId(name)}">${label}${marker(required)}</label>
  ${hintText(name, hint)}${errorText(name, error)}
  <select id="${fieldId(name)}" name="${name}"${required ? html` required` : ''}${describedBy(name, hint, error)}${invalid(error)}>
    ${placeholder !== undefined && html`<option value="">${placeholder}</option>`}${options(spec.options, spec.value)}
  </select>
</div>`
}

/** A group of checkboxes in a fieldset (관심 지원분야, 관심 지역). */
export function checkboxes(legend: string, name: string, items: Labelled[], chosen: readonly string[], error?: string): SafeHtml {
  return html`<fieldset class="choices"${error ? html` aria-describedby="${fieldId(name)}-error"` : ''}>
  <legend>${legend} <span class="field__optional">(선택, 여러 개 고를 수 있음)</span></legend>
  ${errorText(name, error)}
  <ul>${items.map(({ value, ko }, i) => html`
    <li><label><input type="checkbox" id="${i === 0 ? fieldId(name) : `${fieldId(name)}-${value}`}" name="${name}" value="${value}"${chosen.includes(value) ? html` checked` : ''}> ${ko}</label></li>`)}
  </ul>
</fieldset>`
}

/**
 * What the page answers first after a form post (a refusal, a confirmation): focused when the
 * page loads, so a keyboard or screen-reader user starts there instead of at the top of the
 * body. `autofocus` on a focusable container does this without script (the member pages load
 * none); the message is also a live region for readers that announce those on load.
 */
export const FOCUS_ON_LOAD = html` tabindex="-1" autofocus`

/** A confirmation of what the person just did (신청서 접수, 저장, 가입 완료). */
export function statusMessage(body: SafeHtml | string): SafeHtml {
  return html`<div class="callout status-message" role="status"${FOCUS_ON_LOAD}>${body}</div>`
}

/** The frame of a refusal: a titled box, focused on load. */
export function errorBox(titleId: string, title: string, body: SafeHtml | string): SafeHtml {
  return html`<div class="error-summary" role="alert" aria-labelledby="${titleId}"${FOCUS_ON_LOAD}>
  <h2 id="${titleId}">${title}</h2>
  ${body}
</div>`
}

/** The list of what to fix, at the top of a refused form, each item a link to its field. */
export function errorSummary(errors: Errors, general?: string, anchors: Record<string, string> = {}): SafeHtml | '' {
  const entries = Object.entries(errors)
  if (!entries.length && !general) return ''
  return errorBox('error-summary-title', '입력 내용을 확인해 주세요', html`${general && html`<p>${general}</p>`}
  ${entries.length > 0 && html`<ul>${entries.map(([name, message]) => html`<li><a href="#${anchors[name] ?? fieldId(name)}">${message}</a></li>`)}</ul>`}
  <p class="error-summary__note">아무것도 저장되지 않았습니다.</p>`)
}
