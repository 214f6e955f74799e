/**
 * The pages behind the alert's opt-out link: a button first (mail scanners open every link, so
 * opening it must change nothing), then the answer. Same frame as the subscriber pages.
 */
import { html } from '../../kernel/web/html'
import { subscriberLayout } from '../subscribe/layout'

const homeLink = html`<a href="/">상생누리 첫 화면으로 가기</a>`

export function optOutFormPage(actionUrl: string): string {
  return subscriberLayout({
    title: '새 프로그램 알림 그만 받기',
    body: html`<h1>새 프로그램 알림 그만 받기</h1>
<p class="page-lead">아래 버튼을 누르면 관심 분야의 새 프로그램을 알려 드리는 주간 메일을 더 이상 보내 드리지 않습니다. 월간 웹 소식지 구독에는 영향을 주지 않습니다.</p>
<form method="post" action="${actionUrl}" class="form-actions">
  <button type="submit" class="button">알림 그만 받기</button>
  <a href="/">그대로 두고 첫 화면으로 가기</a>
</form>`,
  })
}

/** After the opt-out; `settingsPath` is where the alert can be turned back on. */
export function optedOutPage(settingsPath: string, settingsLabel: string): string {
  return subscriberLayout({
    title: '새 프로그램 알림을 껐습니다',
    body: html`<h1>새 프로그램 알림을 껐습니다</h1>
<p class="page-lead">이제 관심 분야의 새 프로그램 알림 메일을 보내 드리지 않습니다. 월간 웹 소식지를 구독하고 계시다면 소식지는 그대로 받으실 수 있습니다. 알림은 언제든 다시 켤 수 있습니다.</p>
<ul class="link-list">
  <li><a href="${settingsPath}">${settingsLabel}</a></li>
  <li><a href="/programs/">프로그램 검색</a></li>
  <li>${homeLink}</li>
</ul>`,
  })
}
