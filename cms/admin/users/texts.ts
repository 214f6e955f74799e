/** The admin's membership notice, Korean first (cms/admin/users). */
const ko = {
  title: '소속 승인 요청',
  lead: (name: string, company: string, since: string) => `${name} 님이 ${company} 소속을 요청했습니다 (${since}).`,
  hasManager: '이 기업의 기업 담당자에게도 메일로 알렸습니다. 담당자 대신 승인하거나 거절할 수 있습니다.',
  noManager: '이 기업에는 아직 기업 담당자가 없습니다. 같은 기업에서 일하는 분인지 확인한 뒤 승인하면 이 회원이 기업 담당자가 됩니다.',
  operator: '대기업·공공기관에는 기업 담당자가 없어 상생누리 관리자가 확인합니다. 같은 기관에서 일하는 분인지 확인한 뒤 승인해 주세요. 운영기업 관리자 권한은 승인한 뒤 회원 구분에서 따로 줍니다.',
  confirm: '승인',
  decline: '거절',
  working: '처리 중…',
  networkError: '서버에 연결하지 못했습니다. 잠시 후 다시 시도해 주세요.',
}

const en: typeof ko = {
  title: 'Membership request',
  lead: (name, company, since) => `${name} asked to join ${company} (${since}).`,
  hasManager: 'The company manager was told by e-mail too. You can confirm or decline instead.',
  noManager: 'This company has no manager yet. Check that the person works there; confirming makes them its manager.',
  operator: 'Large companies and public institutions have no manager: platform admins confirm their people. Check that the person works there. Company-admin rights are granted separately, under Role.',
  confirm: 'Confirm',
  decline: 'Decline',
  working: 'Working…',
  networkError: 'Could not reach the server. Try again shortly.',
}

export const membershipTexts = (language?: string) => (language === 'en' ? en : ko)
