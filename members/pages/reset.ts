/**
 * 비밀번호 찾기 for members: /forgot/ asks for the e-mail and always answers the same (it must
 * not tell whether an account exists); the e-mail's link opens /reset/<token>/, where the new
 * password is typed twice. Staff get the admin's own reset view instead (passwordResetUrl).
 */
import { html } from '../../kernel/web/html'
import { FORGOT_PATH, resetPath } from '../../kernel/web/urls'
import { pageLayout, type PageUser } from '../../views/layout'
import { newPasswordInputs } from './accountFields'
import { errorBox, errorSummary, input, statusMessage, type Errors } from './form'


export const FORGOT_SENT = '입력한 이메일로 가입된 계정이 있으면 비밀번호 재설정 메일을 보냈습니다. 메일의 링크는 1시간 동안 쓸 수 있습니다. 메일이 보이지 않으면 스팸함을 확인해 주세요.'

/** `error`: about the e-mail typed (shown on the field); `general`: about the request (too many tries). */
export type ForgotView = { email?: string; error?: string; general?: string; sent?: boolean }

export function forgotPage(view: ForgotView = {}): string {
  return pageLayout({
    title: view.error || view.general ? '비밀번호 찾기 오류' : '비밀번호 찾기',
    path: FORGOT_PATH,
    body: html`<h1>비밀번호 찾기</h1>
${view.sent ? statusMessage(html`<p>${FORGOT_SENT}</p>`) : html`<p class="page-lead">가입한 이메일 주소를 입력하면 새 비밀번호를 정하는 링크를 메일로 보내 드립니다.</p>`}
${view.error ? errorSummary({ email: view.error }) : ''}
${!view.error && view.general ? errorBox('forgot-error-title', '메일을 보내지 못했습니다', html`<p>${view.general}</p>`) : ''}
<form method="post" action="${FORGOT_PATH}" class="member-form" novalidate>
  ${input({ name: 'email', label: '이메일', type: 'email', value: view.email, required: true, autocomplete: 'username', maxlength: 254, error: view.error })}
  <div class="form-actions">
    <button type="submit" class="button">${view.sent ? '메일 다시 받기' : '재설정 메일 받기'}</button>
  </div>
</form>
<ul class="link-list"><li><a href="/login/">로그인으로 돌아가기</a></li></ul>`,
  })
}

export type ResetView = { token: string; errors?: Errors; general?: string }

export function resetPage(view: ResetView): string {
  const refused = Boolean(view.general || Object.keys(view.errors ?? {}).length)
  return pageLayout({
    title: refused ? '비밀번호 재설정 오류' : '비밀번호 재설정',
    path: FORGOT_PATH,
    body: html`<h1>새 비밀번호 정하기</h1>
${refused ? errorSummary(view.errors ?? {}, view.general) : html`<p class="page-lead">상생누리에서 쓸 새 비밀번호를 두 번 입력하세요.</p>`}
<form method="post" action="${resetPath(view.token)}" class="member-form" novalidate>
  ${newPasswordInputs(view.errors ?? {}, '새 비밀번호')}
  <div class="form-actions">
    <button type="submit" class="button">비밀번호 바꾸기</button>
  </div>
</form>
<ul class="link-list"><li><a href="${FORGOT_PATH}">재설정 메일 다시 받기</a></li></ul>`,
  })
}

/** The link did not work (wrong, used, or expired): no form, the way to a new one. */
export function resetLinkInvalidPage(message: string): string {
  return pageLayout({
    title: '비밀번호 재설정 오류',
    path: FORGOT_PATH,
    body: html`<h1>새 비밀번호 정하기</h1>
${errorBox('reset-error-title', '이 링크로는 비밀번호를 바꿀 수 없습니다', html`<p>${message}</p>`)}
<ul class="link-list"><li><a href="${FORGOT_PATH}">재설정 메일 다시 받기</a></li><li><a href="/login/">로그인</a></li></ul>`,
  })
}

export function resetDonePage(user: PageUser): string {
  return pageLayout({
    title: '비밀번호를 바꿨습니다',
    path: FORGOT_PATH,
    user,
    body: html`<h1>새 비밀번호 정하기</h1>
${statusMessage(html`<p>비밀번호를 바꿨습니다. 지금 로그인되어 있습니다.</p>`)}
<ul class="link-list"><li><a href="/my/">마이페이지로 가기</a></li></ul>`,
  })
}
