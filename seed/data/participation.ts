/**
 * The demo's participation records: SME applications made through the portal, and the
 * promotion efforts companies recorded (동반성장 평가 ③ and ②). Programs are named by business
 * and stem (seed/data/programs), companies and users by their keys and e-mails.
 */
export type ApplicationFixture = {
  applicant: string
  business: string
  stem: string
  answers: string
  /** the contact phone the apply form asks for (fictional numbers) */
  phone: string
  attachment?: string
  /** decided by the program's company admin (a trusted write: the demo sends no e-mail) */
  status?: 'selected' | 'not-selected'
  decisionNote?: string
}

export const APPLICATIONS: ApplicationFixture[] = [
  { applicant: 'data@winwinnuri.test', business: '두산중공업 직무교육', stem: '[교육] 생산계획수립', phone: '010-2345-6781',
    answers: '생산관리 담당자 2명이 참석하고자 합니다. 수요 예측과 MRP 실습을 특히 기대합니다.', attachment: 'Participant list - Bareun Data Lab',
    status: 'selected', decisionNote: '교육 2일 전에 안내 문자를 보내 드립니다.' },
  { applicant: 'water@winwinnuri.test', business: '두산중공업 직무교육', stem: '[교육] 생산계획수립', phone: '042-123-4567',
    answers: '수처리 설비 생산 일정 관리를 개선하고자 신청합니다. 담당자 1명 참석 예정입니다.' },
  { applicant: 'seum@winwinnuri.test', business: '두산중공업 직무교육', stem: '[교육] 원자력 품질보증실무', phone: '055-234-5678',
    answers: '원자력 기자재 납품을 준비 중이며 품질보증 담당자 1명이 참석하고자 합니다.', attachment: 'Company profile - Seum Parts' },
]

export type PromotionFixture = {
  company: string
  kind: 'banner' | 'notice' | 'sns' | 'letter' | 'presentation' | 'leaflet' | 'sms'
  /** days from today (≤ 0) */
  on: number
  title: string
  review: 'submitted' | 'accepted' | 'rejected'
  reviewNote?: string
}

export const PROMOTIONS: PromotionFixture[] = [
  { company: 'doosan', kind: 'banner', on: -30, title: '두산중공업 동반성장 홈페이지에 상생누리 배너 설치', review: 'accepted' },
  { company: 'doosan', kind: 'letter', on: -20, title: '협력사 대상 공문으로 상생누리 직무교육 신청 안내', review: 'accepted' },
  { company: 'doosan', kind: 'sns', on: -5, title: '공식 블로그에 상생누리 교육 프로그램 소개 게시', review: 'submitted' },
  { company: 'kwater', kind: 'notice', on: -45, title: '물산업 플랫폼 공지사항에 상생누리 이용 안내 게재', review: 'accepted' },
  { company: 'kwater', kind: 'leaflet', on: -15, title: '물산업 박람회에서 상생누리 리플릿 배포', review: 'accepted' },
  { company: 'kwater', kind: 'presentation', on: -10, title: '지역 설명회 발표', review: 'rejected',
    reviewNote: '발표 자료에 상생누리 안내가 보이지 않습니다. 해당 쪽의 캡처를 함께 올려 주세요.' },
]
