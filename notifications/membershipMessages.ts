/**
 * The e-mails of company membership (docs/SPEC.md "Company membership"): a request to the people
 * who decide it, and the answer to the person who asked. Names are text (the template escapes).
 */
import { html } from '../kernel/web/html'
import { kstDateTime } from '../kernel/rules/dates'
import { membershipDecisionUrl, myPageUrl, userAdminUrl, type LinkBase } from './links'
import { button, facts, frame, oneLine, type Mail } from './messages'

export type MembershipRequestInput = {
  userId: string | number
  requesterName: string
  requesterEmail: string
  companyName: string
  /** when the request was made */
  at: string
  recipientName?: string | null
  /** the 기업 담당자 decides on the site (/my/members/<id>/); a platform admin in the admin */
  asManager: boolean
  links: LinkBase
}

export const membershipRequestSubject = (companyName: string) => `[상생누리] 소속 승인 요청: ${oneLine(companyName)}`

/** A request to join a company, to its 기업 담당자 (or, for a company without one, the platform admins). */
export function renderMembershipRequest(input: MembershipRequestInput): Mail {
  const link = input.asManager ? membershipDecisionUrl(input.links, input.userId) : userAdminUrl(input.links, input.userId)
  const lead = `${oneLine(input.requesterName)} 님이 ${oneLine(input.companyName)} 소속으로 상생누리에 가입하고 승인을 요청했습니다.`
  const rows: [string, string][] = [['이름', oneLine(input.requesterName)], ['이메일', input.requesterEmail], ['기업', oneLine(input.companyName)], ['요청 일시', kstDateTime(input.at)]]
  const next = input.asManager
    ? '같은 기업에서 일하는 분이 맞으면 승인해 주세요. 승인 전에는 기업 정보를 보거나 고칠 수 없고 프로그램에 신청할 수도 없습니다. 모르는 분이면 거절해 주세요.'
    : '이 기업에는 아직 기업 담당자가 없어 상생누리 관리자가 확인합니다. 관리 화면의 회원 정보에서 승인하거나 거절해 주세요.'
  const action = input.asManager ? '승인 또는 거절하기' : '관리 화면에서 보기'
  return frame({
    subject: membershipRequestSubject(input.companyName),
    heading: '소속 승인 요청',
    recipientName: input.recipientName,
    footer: input.asManager ? '기업 담당자에게 보내는 안내입니다. 담당자가 바뀌었다면 상생누리 관리자에게 알려 주세요.' : '상생누리 관리자에게 보내는 안내입니다.',
    links: input.links,
    text: [lead, '', ...rows.map(([name, value]) => `${name}: ${value}`), '', next, `${action}: ${link}`],
    html: html`<p>${lead}</p>
${facts(rows)}
<p>${next}</p>
${button(link, action)}
<p style="font-size:14px;word-break:break-all">${link}</p>`,
  })
}

export type MembershipAnswerInput = { companyName: string; confirmed: boolean; recipientName?: string | null; links: LinkBase }

export const membershipAnswerSubject = (companyName: string, confirmed: boolean) =>
  `[상생누리] 소속 ${confirmed ? '승인' : '요청 거절'}: ${oneLine(companyName)}`

/** The answer, to the person who asked. */
export function renderMembershipAnswer(input: MembershipAnswerInput): Mail {
  const link = myPageUrl(input.links)
  const lead = input.confirmed
    ? `${oneLine(input.companyName)} 소속이 승인되었습니다. 이제 기업 정보를 보고 프로그램에 신청할 수 있습니다.`
    : `${oneLine(input.companyName)} 소속 요청이 거절되었습니다. 기업을 잘못 고르셨다면 기업검색에서 소속 기업을 다시 찾아 요청해 주세요.`
  return frame({
    subject: membershipAnswerSubject(input.companyName, input.confirmed),
    heading: input.confirmed ? '소속 승인' : '소속 요청 거절',
    recipientName: input.recipientName,
    footer: '상생누리 회원에게 보내는 안내입니다.',
    links: input.links,
    text: [lead, '', `마이페이지: ${link}`],
    html: html`<p>${lead}</p>
${button(link, '마이페이지로 가기')}`,
  })
}
