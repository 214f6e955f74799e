/**
 * The e-mail an applicant gets when the program's company decides: 선정 or 미선정, the company's
 * note, and the way to the member area — in the frame every work e-mail shares (messages.ts).
 */
import { html } from '../kernel/web/html'
import { frame, oneLine } from './messages'
import { myPageUrl } from './links'

export type DecisionEmailInput = {
  programTitle: string
  programCompany: string
  applicantName?: string | null
  status: 'selected' | 'not-selected'
  decisionNote?: string | null
  siteUrl: string
}

export const DECISION_LABEL = { selected: '선정', 'not-selected': '미선정' } as const

export const decisionSubject = (programTitle: string) => `[상생누리] ${oneLine(programTitle)} 선정 결과 안내`

export function renderDecisionEmail(input: DecisionEmailInput): { subject: string; text: string; html: string } {
  const result = DECISION_LABEL[input.status]
  const links = { siteUrl: input.siteUrl }
  const myUrl = myPageUrl(links)
  const lead = `상생누리에서 신청하신 「${oneLine(input.programTitle)}」(${input.programCompany})의 선정 결과를 알려 드립니다.`
  const note = input.decisionNote?.trim()
  return frame({
    subject: decisionSubject(input.programTitle),
    heading: `${oneLine(input.programTitle)} 선정 결과 안내`,
    recipientName: input.applicantName,
    links,
    // A member asked for this by applying; members have no admin account to switch mails off in.
    footer: '신청하신 프로그램의 선정 결과를 알려 드리는 메일입니다.',
    text: [lead, '', `결과: ${result}`, ...(note ? ['', '운영기업 안내:', note] : []), '', `신청 내역과 결과는 마이페이지에서 볼 수 있습니다: ${myUrl}`],
    html: html`<p>${lead}</p>
<p style="font-size:18px"><strong>결과: ${result}</strong></p>
${note && html`<h2 style="font-size:16px">운영기업 안내</h2><p style="white-space:pre-line">${note}</p>`}
<p><a href="${myUrl}">마이페이지에서 신청 내역 보기</a></p>`,
  })
}
