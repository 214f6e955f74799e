/** The fixed Korean wording of an issue, shared by its HTML (issueTemplate.ts) and text (text.ts). */
export type IssueVariant = 'email' | 'web'

export const SECTION_TITLES = { programs: '이달의 상생협력 프로그램', cardNews: '상생정보통', guides: '협력사 등록 안내' } as const
export const RECEIPT_REASON = '상생누리 소식지 구독을 신청하셨기 때문에 이 메일을 받으셨습니다.'
export const FOOTER_LABELS = { web: '웹에서 보기', preferences: '수신 설정 변경', unsubscribe: '수신거부' } as const
export const NAV_LABELS = { home: '상생누리 홈', archive: '지난 소식지', subscribe: '구독하기' } as const
export const SUBSCRIBE_CALL = { title: '소식지를 메일로 받아 보세요', text: '상생협력 뉴스와 새로 등록된 상생협력 프로그램을 매달 한 번 메일로 보내 드립니다.', button: '구독 신청하기' } as const
