/**
 * The pages the subscriber endpoints answer with: refused sign-ups, expired links, the
 * unsubscribe button, the preferences form and their results. Plain functions from data to
 * HTML (escaped by the html`` helper), so the endpoints stay about state and the pages can be
 * checked with axe-core in the browser suite.
 */
import { REGIONS, SUPPORT_FIELDS, type Labelled } from '../../kernel/rules/valueLists'
import { html, type SafeHtml } from '../../kernel/web/html'
import { subscriberLayout } from './layout'
import { NEWSLETTER_SIGN_UP_PATH } from '../../kernel/web/urls'
import type { SubscriberStatus } from './decideSignUp'
import type { Interests } from './validate'

const homeLink = html`<a href="/">상생누리 첫 화면으로 가기</a>`
const signUpLink = html`<a href="${NEWSLETTER_SIGN_UP_PATH}">소식지 구독 다시 신청하기</a>`

/** A sign-up the server could not take: the reason, and the way back to the form. */
export function signUpRefusedPage(message: string): string {
  return subscriberLayout({
    title: '구독 신청을 처리하지 못했습니다',
    body: html`<h1>구독 신청을 처리하지 못했습니다</h1>
<p class="notice">${message}</p>
<ul class="link-list">
  <li><a href="${NEWSLETTER_SIGN_UP_PATH}">구독 신청 양식으로 돌아가기</a></li>
  <li>${homeLink}</li>
</ul>`,
  })
}

export type LinkPurpose = 'confirm' | 'unsubscribe' | 'preferences' | 'alerts'

const WHAT_TO_DO: Record<LinkPurpose, string> = {
  confirm: '구독 확인 링크는 보낸 때부터 7일 동안 쓸 수 있습니다. 아래에서 구독을 다시 신청하시면 새 확인 메일을 보내 드립니다.',
  unsubscribe: '가장 최근에 받은 소식지 하단의 구독 해지 링크를 이용해 주세요. 링크 주소가 잘리지 않았는지도 확인해 주세요.',
  preferences: '가장 최근에 받은 소식지 하단의 구독 설정 링크를 이용해 주세요. 링크 주소가 잘리지 않았는지도 확인해 주세요.',
  alerts: '가장 최근에 받은 새 프로그램 알림 메일 하단의 ‘이 알림 그만 받기’ 링크를 이용해 주세요. 회원이시면 로그인한 뒤 마이페이지에서 알림을 끌 수도 있습니다.',
}

/** An expired, altered or wrong-purpose link: says so, and where to go instead. */
export function badLinkPage(purpose: LinkPurpose): string {
  return subscriberLayout({
    title: '링크가 만료되었거나 올바르지 않습니다',
    body: html`<h1>링크가 만료되었거나 올바르지 않습니다</h1>
<p class="page-lead">${WHAT_TO_DO[purpose]}</p>
<ul class="link-list">
  <li>${signUpLink}</li>
  <li>${homeLink}</li>
</ul>`,
  })
}

/** Too many sign-ups from one client; says nothing about any address. */
export function tooManyPage(message: string): string {
  return subscriberLayout({
    title: '잠시 후 다시 시도해 주세요',
    body: html`<h1>잠시 후 다시 시도해 주세요</h1>
<p class="notice">${message}</p>
<ul class="link-list"><li>${homeLink}</li></ul>`,
  })
}

/** The page behind the unsubscribe link: a button, because link scanners open every link. */
export function unsubscribeFormPage(actionUrl: string): string {
  return subscriberLayout({
    title: '소식지 구독 해지',
    body: html`<h1>소식지 구독 해지</h1>
<p class="page-lead">아래 버튼을 누르면 상생누리 월간 웹 소식지를 더 이상 보내 드리지 않습니다.</p>
<form method="post" action="${actionUrl}" class="form-actions">
  <button type="submit" class="button">구독 해지하기</button>
  <a href="/">해지하지 않고 첫 화면으로 가기</a>
</form>`,
  })
}

export function unsubscribedPage(message: string): string {
  return subscriberLayout({
    title: message.replace(/\.$/, ''),
    body: html`<h1>${message.replace(/\.$/, '')}</h1>
<p class="page-lead">이제 상생누리 월간 웹 소식지를 보내 드리지 않습니다. 그동안 구독해 주셔서 감사합니다. 마음이 바뀌시면 언제든 다시 신청하실 수 있습니다.</p>
<ul class="link-list">
  <li>${signUpLink}</li>
  <li>${homeLink}</li>
</ul>`,
  })
}

const STATUS_TEXT: Record<SubscriberStatus, string> = {
  pending: '구독 확인 대기 중입니다. 받으신 확인 메일의 링크를 눌러야 소식지가 발송됩니다.',
  confirmed: '소식지를 구독하고 계십니다.',
  unsubscribed: '구독이 해지된 상태입니다. 설정을 저장해도 소식지는 발송되지 않으며, 다시 받으시려면 구독을 새로 신청해 주세요.',
}

function choices(legend: string, name: string, items: Labelled[], chosen: readonly string[]): SafeHtml {
  return html`<fieldset class="choices">
  <legend>${legend} <span class="field__optional">(선택, 여러 개 고를 수 있음)</span></legend>
  <ul>${items.map(({ value, ko }) => html`
    <li><label><input type="checkbox" name="${name}" value="${value}"${chosen.includes(value) ? html` checked` : ''}> ${ko}</label></li>`)}
  </ul>
</fieldset>`
}

export const ALERTS_LABEL = '관심 분야의 새 프로그램을 매주 메일로 받기'
const ALERTS_NOTE = '매주 월요일, 고르신 지원분야·지역에 맞는 새 프로그램이 있을 때만 보내 드립니다. 월간 소식지와는 따로 켜고 끌 수 있습니다.'

export type PreferencesView = {
  actionUrl: string
  unsubscribeUrl: string
  name: string | null | undefined
  interests: Interests
  /** programAlerts.enabled: the weekly e-mail of new programs matching the interests. */
  programAlerts: boolean
  status: SubscriberStatus
  /** Why the last save was refused; the form then shows what is stored. */
  error?: string
}

/** The preferences form: name and interests, with the way out (unsubscribe) beside it. */
export function preferencesPage(view: PreferencesView): string {
  return subscriberLayout({
    title: '소식지 구독 설정',
    body: html`<h1>소식지 구독 설정</h1>
${view.error && html`<p class="notice" id="preferences-error">${view.error} 저장된 설정은 바뀌지 않았습니다.</p>`}
<p class="page-lead">${STATUS_TEXT[view.status]} 관심 분야와 지역을 고르시면 소식지를 만들 때 참고합니다.</p>
<form method="post" action="${view.actionUrl}" class="preferences-form">
  <div class="field">
    <label for="preferences-name">이름 <span class="field__optional">(선택, 50자 이내)</span></label>
    <input id="preferences-name" name="name" type="text" maxlength="50" autocomplete="name" value="${view.name ?? ''}">
  </div>
  ${choices('관심 지원분야', 'supportFields', SUPPORT_FIELDS, view.interests.supportFields)}
  ${choices('관심 지역', 'regions', REGIONS, view.interests.regions)}
  <div class="choices">
    <label><input type="checkbox" name="programAlerts" value="on" aria-describedby="preferences-alerts-note"${view.programAlerts ? html` checked` : ''}> ${ALERTS_LABEL}</label>
    <p id="preferences-alerts-note" class="field__optional">${ALERTS_NOTE}</p>
  </div>
  <button type="submit" class="button">설정 저장</button>
</form>
<p class="section">소식지를 더 받지 않으시려면 <a href="${view.unsubscribeUrl}">구독 해지</a>를 눌러 주세요.</p>`,
  })
}

const labels = (items: Labelled[], values: readonly string[]) =>
  values.length ? items.filter((i) => values.includes(i.value)).map((i) => i.ko).join(', ') : '고르지 않음'

export function preferencesSavedPage(message: string, view: Omit<PreferencesView, 'actionUrl' | 'error'> & { preferencesUrl: string }): string {
  return subscriberLayout({
    title: message.replace(/\.$/, ''),
    body: html`<h1>${message.replace(/\.$/, '')}</h1>
<dl class="facts">
  <div><dt>이름</dt><dd>${view.name || '입력하지 않음'}</dd></div>
  <div><dt>관심 지원분야</dt><dd>${labels(SUPPORT_FIELDS, view.interests.supportFields)}</dd></div>
  <div><dt>관심 지역</dt><dd>${labels(REGIONS, view.interests.regions)}</dd></div>
  <div><dt>새 프로그램 알림</dt><dd>${view.programAlerts ? '매주 받음' : '받지 않음'}</dd></div>
</dl>
<ul class="link-list">
  <li><a href="${view.preferencesUrl}">설정 다시 바꾸기</a></li>
  <li><a href="${view.unsubscribeUrl}">구독 해지</a></li>
  <li>${homeLink}</li>
</ul>`,
  })
}
