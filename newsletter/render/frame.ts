/**
 * The frame every newsletter e-mail shares (the monthly issue, its web edition, the
 * double opt-in mail): head, Korean font stack, colours, masthead and footer. Templates supply
 * only their sections, so the look and the sender's identity are written once.
 *
 * Colours are the site's (site/styles/parts/01-tokens.css) and pass WCAG AA: text #1a1a1a and muted
 * #595959 on white and on #f4f6f9, links #0b57d0 (5.9:1 on #f4f6f9), white on the #0b57d0
 * button (6.4:1). Links inside text stay underlined, so they never rely on colour alone.
 */
import { mail, href, raw, type SafeHtml } from './escape'

// badgeText on badge (the 진행단계 label) is 7.9:1.
export const COLORS = { text: '#1a1a1a', muted: '#595959', link: '#0b57d0', brand: '#0b57d0', surface: '#f4f6f9', border: '#c9ced6', badge: '#e8effc', badgeText: '#0842a0' } as const

/** Fonts already on the reader's device: Apple, Windows (맑은 고딕), Android/Linux (Noto). */
export const FONT_STACK = "Pretendard, 'Apple SD Gothic Neo', 'Malgun Gothic', '맑은 고딕', 'Noto Sans KR', 'Noto Sans CJK KR', sans-serif"

/**
 * Inline styles for the HTML written inside <mj-text>: e-mail clients drop or rewrite <style>
 * blocks, so each element carries its own. `keep-all` stops Korean words breaking mid-word.
 */
export const STYLE = {
  h1: `margin:0;font-size:26px;line-height:1.35;font-weight:700;color:${COLORS.text};word-break:keep-all`,
  h2: `margin:0;font-size:20px;line-height:1.4;font-weight:700;color:${COLORS.text};word-break:keep-all`,
  h3: `margin:0;font-size:17px;line-height:1.45;font-weight:700;color:${COLORS.text};word-break:keep-all`,
  p: `margin:0 0 12px;word-break:keep-all`,
  muted: `margin:0;font-size:14px;line-height:1.6;color:${COLORS.muted};word-break:keep-all`,
  link: `color:${COLORS.link};text-decoration:underline`,
  // A link on its own line (not inside running text), tall enough to be a 24px touch target.
  blockLink: `color:${COLORS.link};text-decoration:underline;display:inline-block;padding:4px 0;line-height:24px`,
} as const

export type FrameParts = {
  /** <title> of the HTML (the web edition's page title; also shown by some mail clients). */
  title: string
  /** The inbox preview line after the subject. */
  preview: string
  siteUrl: string
  /** e.g. '2026년 10월호'; the masthead shows only the name when absent. */
  issueLabel?: string
  /** The masthead's name; '상생누리 웹 소식지' unless another mailing (the program alerts) says otherwise. */
  brand?: string
  /** Extra <mj-head> content (the web edition's description, canonical link, icon). */
  head?: SafeHtml
  /** MJML placed above the masthead (the web edition's navigation). */
  top?: SafeHtml
  /** The template's own <mj-section>s. */
  body: SafeHtml
  /** Footer lines (HTML inside one mj-text), the sender's identity line is appended. */
  footer: SafeHtml[]
}

export const SENDER_NAME = '상생누리'
export const MASTHEAD_NAME = '상생누리 웹 소식지'
export const SENDER_DESCRIPTION = '대·중소기업 상생협력 종합 포털'

/** One full-width white block holding one column, the unit every template builds from. */
export function section(content: SafeHtml, opts: { padding?: string; background?: string } = {}): SafeHtml {
  return mail`<mj-section background-color="${opts.background ?? '#ffffff'}" padding="${opts.padding ?? '12px 0'}"><mj-column>${content}</mj-column></mj-section>`
}

/** A text block, padded to the 560 px content width; `content` is HTML made with mail``. */
export function text(content: SafeHtml, opts: { padding?: string } = {}): SafeHtml {
  return mail`<mj-text padding="${opts.padding ?? '0 20px'}">${content}</mj-text>`
}

function masthead(parts: FrameParts): SafeHtml {
  return mail`<mj-section background-color="#ffffff" border-top="4px solid ${COLORS.brand}" padding="20px 0 4px"><mj-column>${text(mail`<p style="margin:0;font-size:16px;line-height:1.5;font-weight:700"><a href="${href(parts.siteUrl + '/')}" style="color:${COLORS.brand};text-decoration:none">${parts.brand ?? MASTHEAD_NAME}</a></p>${parts.issueLabel ? mail`<p style="${STYLE.muted}">${parts.issueLabel}</p>` : null}`)}</mj-column></mj-section>`
}

function footer(parts: FrameParts): SafeHtml {
  const host = new URL(parts.siteUrl).host
  const identity = mail`<p style="${STYLE.muted}">${SENDER_NAME} · ${SENDER_DESCRIPTION} · <a href="${href(parts.siteUrl + '/')}" style="${STYLE.link}">${host}</a></p>`
  // keep-all: Korean breaks between words, never inside one (the footer's <div>s had none).
  const lines = parts.footer.map((line) => mail`<div style="margin:0 0 8px;word-break:keep-all">${line}</div>`)
  return mail`<mj-section background-color="${COLORS.surface}" padding="24px 0 32px"><mj-column>${text(mail`<div style="font-size:14px;line-height:1.6;color:${COLORS.muted};word-break:keep-all">${lines}${identity}</div>`)}</mj-column></mj-section>`
}

/** The whole MJML document. */
export function frameMjml(parts: FrameParts): string {
  return mail`<mjml lang="ko">
<mj-head>
<mj-title>${parts.title}</mj-title>
<mj-preview>${parts.preview}</mj-preview>
<mj-attributes>
<mj-all font-family="${raw(FONT_STACK)}" />
<mj-text color="${COLORS.text}" font-size="16px" line-height="1.6" />
<mj-button background-color="${COLORS.brand}" color="#ffffff" font-size="16px" font-weight="700" border-radius="6px" inner-padding="12px 28px" />
</mj-attributes>
<mj-style>a { color: ${COLORS.link}; } h1, h2, h3, p, div { word-break: keep-all; }</mj-style>
${parts.head ?? null}
</mj-head>
<mj-body background-color="${COLORS.surface}" width="600px">
${parts.top ?? null}
${masthead(parts)}
${parts.body}
${section(raw('<mj-spacer height="16px" />'), { padding: '0' })}
${footer(parts)}
</mj-body>
</mjml>`.toString()
}
