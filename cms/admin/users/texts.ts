/** The admin's membership notice, Korean first (cms/admin/users). */
const ko = {
  title: '소속 승인 요청',
  lead: (name: string, company: string, since: string) => `${name} 님이 ${company} 소속을 요청했습니다 (${since}).`,
  hasManager: '이 기업의 기업 담당자에게도 메일로 알렸습니다. 담당자 대신 승인하거나 거절할 수 있습니다.',
  noManager: '이 기업에는 아직 기업 담당자가 없습니다. 승인하면 이 회원이 담당자가 됩니다 (중소·중견기업).',
  confirm: '승인',
  decline: '거절',
  working: '처리 중…',
  networkError: '서버에 연결하지 못했습니다. 잠시 후 다시 시도해 주세요.',
}

const en: typeof ko = {
  title: 'Membership request',
  lead: (name, company, since) => `${name} asked to join ${company} (${since}).`,
  hasManager: 'The company manager was told by e-mail too. You can confirm or decline instead.',
  noManager: 'This company has no manager yet. Confirming makes this member its manager (SMEs and mid-sized firms).',
  confirm: 'Confirm',
  decline: 'Decline',
  working: 'Working…',
  networkError: 'Could not reach the server. Try again shortly.',
}

export const membershipTexts = (language?: string) => (language === 'en' ? en : ko)
