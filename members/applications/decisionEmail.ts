/**
 * The e-mail an applicant gets when the program's company decides: 선정 or 미선정, the company's
 * note, and the way to the member area. Plain text and a simple HTML part.
 */
import { html } from '../../kernel/web/html'

export type DecisionEmailInput = {
  programTitle: string
  programCompany: string
  applicantName?: string | null
  status: 'selected' | 'not-selected'
  decisionNote?: string | null
  siteUrl: string
}

export const DECISION_LABEL = { selected: '선정', 'not-selected': '미선정' } as const

export const decisionSubject = (programTitle: string) => `[상생누리] ${programTitle} 선정 결과 안내`

export function renderDecisionEmail(input: DecisionEmailInput): { subject: string; text: string; html: string } {
  const subject = decisionSubject(input.programTitle)
  const result = DECISION_LABEL[input.status]
  const myUrl = `${input.siteUrl.replace(/\/$/, '')}/my/`
  const greeting = input.applicantName?.trim() ? `${input.applicantName.trim()}님, 안녕하세요.` : '안녕하세요.'
  const lead = `상생누리에서 신청하신 「${input.programTitle}」(${input.programCompany})의 선정 결과를 알려 드립니다.`
  const note = input.decisionNote?.trim()
  const text = [
    greeting,
    '',
    lead,
    '',
    `결과: ${result}`,
    ...(note ? ['', '운영기업 안내:', note] : []),
    '',
    `신청 내역과 결과는 마이페이지에서 볼 수 있습니다: ${myUrl}`,
    '',
    '상생누리 (대·중소기업 상생협력 종합 포털)',
  ].join('\n')
  const body = html`<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${subject}</title></head>
<body style="margin:0;padding:16px;font-family:sans-serif;font-size:16px;line-height:1.6;color:#1a1a1a">
<div style="max-width:600px;margin:0 auto">
<h1 style="font-size:20px">${input.programTitle} 선정 결과 안내</h1>
<p>${greeting}</p>
<p>${lead}</p>
<p style="font-size:18px"><strong>결과: ${result}</strong></p>
${note && html`<h2 style="font-size:16px">운영기업 안내</h2><p style="white-space:pre-line">${note}</p>`}
<p><a href="${myUrl}">마이페이지에서 신청 내역 보기</a></p>
<p style="color:#555;font-size:14px">상생누리 (대·중소기업 상생협력 종합 포털)</p>
</div>
</body></html>`
  return { subject, text, html: body.value }
}
