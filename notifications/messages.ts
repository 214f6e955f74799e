/**
 * The work e-mails (docs/SPEC.md "Notifications"), each a subject, a plain-text part and a simple
 * HTML part, in Korean, with absolute links. Everything a person typed (titles, names, the review
 * note) is text: the html template escapes it. The wording avoids particles that depend on the
 * word before them (에, 의, 에서 never change), so no name ever reads 한빛정밀이(가).
 */
import { html, type SafeHtml } from '../kernel/web/html'
import { kstDateTime } from '../kernel/rules/dates'
import type { ReviewDigestContent, UnreachedEvent } from './digest'
import {
  accountUrl,
  applicationAdminUrl,
  programAdminUrl,
  programPublicUrl,
  submittedProgramsUrl,
  type LinkBase,
} from './links'

export type Mail = { subject: string; text: string; html: string }

/** How each switch reads on the account page (collections/fields/notifications.ts), shortened. */
export const SWITCH_NAMES = {
  reviewResults: '프로그램 확인 결과',
  newApplications: '새 신청서 접수',
  submissions: '확인요청된 프로그램 모음',
} as const

const SIGNATURE = '상생누리 (대·중소기업 상생협력 종합 포털)'

/** A subject is one line whatever the title holds. */
export const oneLine = (text: string | null | undefined) => String(text ?? '').replace(/\s+/g, ' ').trim()

const greeting = (name: string | null | undefined) => (name?.trim() ? `${name.trim()}님, 안녕하세요.` : '안녕하세요.')

const quoted = (title: string) => `「${oneLine(title)}」`

export type Frame = {
  subject: string
  heading: string
  recipientName?: string | null
  /** the switch that turns this e-mail off; none for a mail the person asked for (a password reset) */
  switchName?: string
  /** the closing line instead of the switch hint */
  footer?: string
  links: LinkBase
  /** the body as plain-text lines (after the greeting) */
  text: string[]
  /** the same body as HTML */
  html: SafeHtml
}

/** The one frame every work e-mail shares: greeting, body, the way to switch it off, signature. */
export function frame(f: Frame): Mail {
  const account = accountUrl(f.links)
  const hint = f.switchName ? `이 메일을 받지 않으려면 관리 화면의 내 계정 › 메일 알림에서 「${f.switchName}」 항목을 끄세요.` : (f.footer ?? '')
  const text = [greeting(f.recipientName), '', ...f.text, '', '---', f.switchName ? `${hint} ${account}` : hint, SIGNATURE].join('\n')
  const body = html`<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${f.subject}</title></head>
<body style="margin:0;padding:16px;font-family:sans-serif;font-size:16px;line-height:1.6;color:#1a1a1a">
<div style="max-width:600px;margin:0 auto">
<h1 style="font-size:20px">${f.heading}</h1>
<p>${greeting(f.recipientName)}</p>
${f.html}
<hr style="border:0;border-top:1px solid #ccc;margin:24px 0">
<p style="color:#555;font-size:14px">${f.switchName ? html`이 메일을 받지 않으려면 <a href="${account}">내 계정</a> › 메일 알림에서 「${f.switchName}」 항목을 끄세요.` : hint}</p>
<p style="color:#555;font-size:14px">${SIGNATURE}</p>
</div>
</body></html>`
  return { subject: f.subject, text, html: body.value }
}

export const button = (href: string, label: string) =>
  html`<p><a href="${href}" style="display:inline-block;padding:10px 16px;background:#0b5cad;color:#fff;text-decoration:none;border-radius:4px">${label}</a></p>`

export const facts = (rows: [string, string][]) =>
  html`<table role="presentation" style="border-collapse:collapse;margin:8px 0">${rows.map(
    ([name, value]) => html`<tr><th scope="row" style="text-align:left;padding:2px 12px 2px 0;font-weight:normal;color:#555;white-space:nowrap">${name}</th><td style="padding:2px 0">${value}</td></tr>`,
  )}</table>`

export type ReviewResultInput = {
  programId: string | number
  programTitle: string
  companyName: string
  /** when the platform admin decided */
  at: string
  /** the reason, for 수정요청 */
  reviewNote?: string | null
  recipientName?: string | null
  links: LinkBase
}

export const changesRequestedSubject = (programTitle: string) => `[상생누리] 수정요청: ${oneLine(programTitle)}`
export const approvedSubject = (programTitle: string) => `[상생누리] 확인완료: ${oneLine(programTitle)}`

/** 수정요청, to the program company's admins: the reason and the way to the program's form. */
export function renderChangesRequested(input: ReviewResultInput): Mail {
  const subject = changesRequestedSubject(input.programTitle)
  const form = programAdminUrl(input.links, input.programId)
  const note = input.reviewNote?.trim() || '(사유가 적혀 있지 않습니다. 프로그램 화면의 확인 이력을 보세요.)'
  const lead = `상생누리 관리자가 ${input.companyName}의 프로그램 ${quoted(input.programTitle)}에 수정을 요청했습니다.`
  const when = kstDateTime(input.at)
  const next = '프로그램을 고친 뒤 다시 확인요청해 주세요. 사유는 프로그램 화면에서도 볼 수 있습니다.'
  return frame({
    subject,
    heading: '프로그램 수정요청',
    recipientName: input.recipientName,
    switchName: SWITCH_NAMES.reviewResults,
    links: input.links,
    text: [lead, `요청 일시: ${when}`, '', '수정 요청 사유:', note, '', next, `프로그램 고치기: ${form}`],
    html: html`<p>${lead}</p>
${facts([['요청 일시', when]])}
<h2 style="font-size:16px">수정 요청 사유</h2>
<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:4px solid #c0392b;background:#fdf3f2;white-space:pre-line">${note}</blockquote>
<p>${next}</p>
${button(form, '프로그램 고치기')}
<p style="font-size:14px;word-break:break-all">${form}</p>`,
  })
}

/** 확인완료, to the program company's admins: the program is public; the link to its page. */
export function renderApproved(input: ReviewResultInput): Mail {
  const subject = approvedSubject(input.programTitle)
  const page = programPublicUrl(input.links, input.programId)
  const lead = `상생누리 관리자가 ${input.companyName}의 프로그램 ${quoted(input.programTitle)} 확인을 마쳤습니다.`
  const live = '프로그램이 상생누리에 공개됩니다. 공개 사이트에 반영되기까지 몇 분 걸릴 수 있습니다.'
  const when = kstDateTime(input.at)
  return frame({
    subject,
    heading: '프로그램 확인완료',
    recipientName: input.recipientName,
    switchName: SWITCH_NAMES.reviewResults,
    links: input.links,
    text: [lead, `확인 일시: ${when}`, '', live, `공개 페이지: ${page}`],
    html: html`<p>${lead}</p>
${facts([['확인 일시', when]])}
<p>${live}</p>
${button(page, '공개 페이지 보기')}
<p style="font-size:14px;word-break:break-all">${page}</p>`,
  })
}

export type NewApplicationInput = {
  applicationId: string | number
  programTitle: string
  companyName: string
  applicantCompany: string
  /** when the application arrived */
  at: string
  recipientName?: string | null
  links: LinkBase
}

export const newApplicationSubject = (programTitle: string) => `[상생누리] 새 신청서: ${oneLine(programTitle)}`

/** A new application (신청서), to the program company's admins. */
export function renderNewApplication(input: NewApplicationInput): Mail {
  const subject = newApplicationSubject(input.programTitle)
  const link = applicationAdminUrl(input.links, input.applicationId)
  const applicant = input.applicantCompany.trim() || '(기업명 없음)'
  const lead = `${input.companyName}의 프로그램 ${quoted(input.programTitle)}에 새 신청서가 접수되었습니다.`
  const rows: [string, string][] = [
    ['프로그램', oneLine(input.programTitle)],
    ['신청기업', applicant],
    ['신청 일시', kstDateTime(input.at)],
  ]
  const next = '관리 화면의 신청서에서 내용과 첨부서류를 보고 선정 여부를 정해 주세요.'
  return frame({
    subject,
    heading: '새 신청서 접수',
    recipientName: input.recipientName,
    switchName: SWITCH_NAMES.newApplications,
    links: input.links,
    text: [lead, '', ...rows.map(([name, value]) => `${name}: ${value}`), '', next, `신청서 보기: ${link}`],
    html: html`<p>${lead}</p>
${facts(rows)}
<p>${next}</p>
${button(link, '신청서 보기')}
<p style="font-size:14px;word-break:break-all">${link}</p>`,
  })
}

/** A digest lists at most this many rows per section; the rest are counted and linked. */
export const DIGEST_LIST_LIMIT = 100

const UNREACHED_LABEL: Record<UnreachedEvent['kind'], string> = {
  'changes-requested': '수정요청',
  approved: '확인완료',
  application: '새 신청서',
}

export function reviewDigestSubject(digest: Pick<ReviewDigestContent, 'submitted' | 'unreached'>): string {
  const parts = [
    ...(digest.submitted.length ? [`확인요청 ${digest.submitted.length}건`] : []),
    ...(digest.unreached.length ? [`운영기업에 알리지 못한 일 ${digest.unreached.length}건`] : []),
  ]
  return `[상생누리] ${parts.join(' · ')}`
}

/** The platform admins' digest: programs waiting for review, and what no company admin could be told. */
export function renderReviewDigest(input: { digest: ReviewDigestContent; recipientName?: string | null; links: LinkBase }): Mail {
  const { digest, links } = input
  const subject = reviewDigestSubject(digest)
  const since = kstDateTime(digest.since)
  const shown = digest.submitted.slice(0, DIGEST_LIST_LIMIT)
  const moreSubmitted = digest.submitted.length - shown.length
  const unreachedShown = digest.unreached.slice(0, DIGEST_LIST_LIMIT)
  const moreUnreached = digest.unreached.length - unreachedShown.length
  const queue = submittedProgramsUrl(links)

  const submittedLead = `${since} 이후 확인요청된 프로그램 ${digest.submitted.length}건입니다.`
  const submittedLine = (s: (typeof shown)[number]) => `${oneLine(s.title)} (${s.companyName}, ${kstDateTime(s.at)})`
  const unreachedLink = (e: UnreachedEvent) => (e.kind === 'application' ? applicationAdminUrl(links, e.applicationId) : programAdminUrl(links, e.programId))
  const unreachedLine = (e: UnreachedEvent) =>
    e.kind === 'application'
      ? `${UNREACHED_LABEL[e.kind]} · ${oneLine(e.title)} (${e.companyName}) · 신청기업 ${e.applicantCompany || '(기업명 없음)'} · ${kstDateTime(e.at)}`
      : `${UNREACHED_LABEL[e.kind]} · ${oneLine(e.title)} (${e.companyName}) · ${kstDateTime(e.at)}`
  const unreachedHeading = '운영기업 관리자가 없어 알리지 못한 일'
  const unreachedLead = '아래 기업에는 운영기업 관리자 계정이 없어 알림 메일을 보내지 못했습니다. 그 기업 담당자의 회원 구분을 운영기업 관리자로 바꾸면 다음부터 메일을 받습니다.'
  const more = (n: number) => `외 ${n}건은 관리 화면에서 확인하세요: ${queue}`

  const text = [
    ...(digest.submitted.length
      ? [submittedLead, '', ...shown.flatMap((s) => [`- ${submittedLine(s)}`, `  ${programAdminUrl(links, s.programId)}`]), ...(moreSubmitted > 0 ? [more(moreSubmitted)] : []), '']
      : []),
    ...(digest.unreached.length
      ? [`[${unreachedHeading}]`, unreachedLead, '', ...unreachedShown.flatMap((e) => [`- ${unreachedLine(e)}`, `  ${unreachedLink(e)}`]), ...(moreUnreached > 0 ? [`외 ${moreUnreached}건`] : []), '']
      : []),
    `확인을 기다리는 프로그램 전체: ${queue}`,
  ]
  const list = <T>(items: T[], href: (item: T) => string, line: (item: T) => string) =>
    html`<ul style="padding-left:20px">${items.map((item) => html`<li style="margin-bottom:6px"><a href="${href(item)}">${line(item)}</a></li>`)}</ul>`
  return frame({
    subject,
    heading: '확인요청 알림',
    recipientName: input.recipientName,
    switchName: SWITCH_NAMES.submissions,
    links,
    text,
    html: html`${digest.submitted.length > 0 && html`<p>${submittedLead}</p>
${list(shown, (s) => programAdminUrl(links, s.programId), submittedLine)}
${moreSubmitted > 0 && html`<p>외 ${moreSubmitted}건은 <a href="${queue}">관리 화면</a>에서 확인하세요.</p>`}`}
${digest.unreached.length > 0 && html`<h2 style="font-size:16px">${unreachedHeading}</h2>
<p>${unreachedLead}</p>
${list(unreachedShown, unreachedLink, unreachedLine)}
${moreUnreached > 0 && html`<p>외 ${moreUnreached}건</p>`}`}
${button(queue, '확인을 기다리는 프로그램 보기')}`,
  })
}

export const PASSWORD_RESET_SUBJECT = '[상생누리] 비밀번호 재설정 안내'

export type PasswordResetInput = {
  recipientName?: string | null
  /** the absolute link with the token (passwordResetUrl) */
  url: string
  /** how long the link works */
  validMinutes: number
  links: LinkBase
}

/** The mail of 비밀번호 찾기: one link, how long it works, and what to do if it was not you. */
export function renderPasswordReset(input: PasswordResetInput): Mail {
  const lead = '상생누리 계정의 비밀번호 재설정을 요청하셨습니다. 아래 링크에서 새 비밀번호를 정해 주세요.'
  const validity = `이 링크는 ${input.validMinutes}분 동안, 한 번만 쓸 수 있습니다.`
  return frame({
    subject: PASSWORD_RESET_SUBJECT,
    heading: '비밀번호 재설정',
    recipientName: input.recipientName,
    footer: '비밀번호 재설정을 요청하지 않았다면 이 메일을 무시하세요. 비밀번호는 바뀌지 않습니다.',
    links: input.links,
    text: [lead, validity, '', `새 비밀번호 정하기: ${input.url}`],
    html: html`<p>${lead}</p>
${button(input.url, '새 비밀번호 정하기')}
<p>${validity}</p>
<p style="font-size:14px;color:#555">버튼이 열리지 않으면 이 주소를 브라우저에 붙여 넣으세요: <a href="${input.url}">${input.url}</a></p>`,
  })
}
