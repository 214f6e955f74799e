/**
 * The double opt-in e-mail sent after a sign-up: one button that confirms. Same frame as the
 * monthly issue (frame.ts), so a subscriber recognises the sender from the first mail.
 * Async because MJML 5 compiles asynchronously (compile.ts).
 */
import { LINK_LIFETIME_DAYS } from '../links'
import { compileMjml } from './compile'
import { mailUrl, href, mail, plain } from './escape'
import { STYLE, frameMjml, section, text } from './frame'
import { textFrame, wrap, wrapText } from './plainText'

export type RenderedEmail = { subject: string; html: string; text: string }

export const CONFIRMATION_SUBJECT = '[상생누리] 소식지 구독을 확인해 주세요'

export async function renderConfirmationEmail(opts: { confirmUrl: string; siteUrl: string; name?: string | null }): Promise<RenderedEmail> {
  const siteUrl = opts.siteUrl.replace(/\/$/, '')
  const confirmUrl = mailUrl(opts.confirmUrl)
  const days = LINK_LIFETIME_DAYS.confirm
  const name = opts.name?.trim()
  const greeting = name ? `${name}님, 안녕하세요.` : '안녕하세요.'
  const lead = '상생누리 월간 웹 소식지 구독 신청을 받았습니다. 아래 버튼을 눌러 구독을 확인해 주시면 매달 상생협력 뉴스와 새로 등록된 상생협력 프로그램을 메일로 보내 드립니다.'
  const expiry = `이 링크는 ${days}일 동안 유효합니다. 구독을 신청하지 않으셨다면 이 메일을 무시해 주세요. 확인하지 않으면 구독되지 않으며, 메일을 더 보내지 않습니다.`
  const fallback = '버튼이 열리지 않으면 아래 주소를 복사해 브라우저 주소창에 붙여 넣어 주세요.'
  const reason = '상생누리 웹 소식지 구독 신청에 따라 보내 드리는 확인 메일입니다.'

  const body = mail`${section(text(mail`<h1 style="${STYLE.h1}">소식지 구독을 확인해 주세요</h1>`), { padding: '16px 0 8px' })}
${section(mail`${text(mail`<p style="${STYLE.p}">${greeting}</p><p style="${STYLE.p}">${lead}</p>`)}
<mj-button href="${href(confirmUrl)}" align="left" padding="8px 20px 16px">구독 확인하기</mj-button>
${text(mail`<p style="${STYLE.muted}">${expiry}</p>`, { padding: '0 20px 12px' })}
${text(mail`<p style="${STYLE.muted}">${fallback}</p><p style="margin:4px 0 0;font-size:14px;line-height:1.6;word-break:break-all"><a href="${href(confirmUrl)}" style="${STYLE.link}">${confirmUrl}</a></p>`)}`)}`

  const html = await compileMjml(
    frameMjml({ title: CONFIRMATION_SUBJECT, preview: `버튼을 눌러 소식지 구독을 확인해 주세요. 링크는 ${days}일 동안 유효합니다.`, siteUrl, body, footer: [mail`${reason}`] }),
  )

  const textPart = textFrame({
    siteUrl,
    blocks: [['소식지 구독을 확인해 주세요'], wrapText(plain(greeting)), wrap(lead), ['구독 확인하기:', confirmUrl], wrap(expiry)],
    footer: [wrap(reason)],
  })
  return { subject: CONFIRMATION_SUBJECT, html, text: textPart }
}
