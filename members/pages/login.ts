/** /login/ and /logout/: sign in with e-mail and password; sign out with a button. */
import { html } from '../../kernel/web/html'
import { pageLayout, type PageUser } from '../../views/layout'
import { errorBox, input } from './form'
import { FORGOT_PATH } from '../../kernel/web/urls'

export type LoginField = 'email' | 'password'

export type LoginView = {
  next: string
  email?: string
  /** Why the last attempt failed (wrong credentials, a locked account). */
  error?: string
  /**
   * The fields the error concerns, marked invalid and described by it: the empty ones, both for
   * wrong credentials (the message cannot say which was wrong), the e-mail for a locked account.
   */
  invalid?: LoginField[]
}

const ERROR_ID = 'login-error'

export function loginPage(view: LoginView): string {
  const concerns = (field: LoginField) => (view.error && view.invalid?.includes(field) ? ERROR_ID : undefined)
  return pageLayout({
    title: view.error ? '로그인 오류' : '로그인',
    path: '/login/',
    body: html`<h1>로그인</h1>
<p class="page-lead">상생누리 회원 이메일과 비밀번호로 로그인하세요. 추천 프로그램과 신청 및 참여이력은 로그인한 뒤 마이페이지에서 볼 수 있습니다.</p>
${view.error && errorBox('login-error-title', '로그인하지 못했습니다', html`<p id="${ERROR_ID}">${view.error}</p>`)}
<form method="post" action="/login/" class="member-form" novalidate>
  <input type="hidden" name="next" value="${view.next}">
  ${input({ name: 'email', label: '이메일', type: 'email', value: view.email, required: true, autocomplete: 'username', maxlength: 254, errorElsewhere: concerns('email') })}
  ${input({ name: 'password', label: '비밀번호', type: 'password', required: true, autocomplete: 'current-password', errorElsewhere: concerns('password') })}
  <div class="form-actions">
    <button type="submit" class="button">로그인</button>
  </div>
</form>
<ul class="link-list">
  <li>아직 회원이 아니신가요? <a href="/join/">회원가입</a></li>
  <li>비밀번호를 잊으셨나요? <a href="${FORGOT_PATH}">비밀번호 찾기</a></li>
  <li>로그인이 되지 않으면 상생누리 관리자(<a href="tel:02-368-8487">02.368.8487</a>)에게 문의해 주세요.</li>
</ul>`,
  })
}

/** GET /logout/: a button, because signing out changes state. */
export function logoutPage(user: PageUser): string {
  return pageLayout({
    title: '로그아웃',
    user,
    body: html`<h1>로그아웃</h1>
${user ? html`<p class="page-lead">아래 버튼을 누르면 로그아웃합니다.</p>
<form method="post" action="/logout/" class="form-actions">
  <button type="submit" class="button">로그아웃</button>
  <a href="/my/">마이페이지로 돌아가기</a>
</form>` : html`<p class="page-lead">로그인되어 있지 않습니다.</p>
<ul class="link-list"><li><a href="/login/">로그인</a></li><li><a href="/">상생누리 첫 화면</a></li></ul>`}`,
  })
}
