/** The fixed Korean wording of the program alert, shared by its HTML and plain-text parts. */
export type AlertAudience = 'member' | 'subscriber'

export const ALERT_BRAND = '상생누리 새 프로그램 알림'

/** "[상생누리] 관심 분야 새 프로그램 3건 (2026-10-12)", the date in Seoul. */
export const alertSubject = (count: number, date: string): string => `[상생누리] 관심 분야 새 프로그램 ${count}건 (${date})`

export const alertHeading = (count: number): string => `관심 분야 새 프로그램 ${count}건`

export const ALERT_LEAD: Record<AlertAudience, string> = {
  member: '지난 알림 이후 상생누리에서 확인완료된 프로그램 가운데, 회원님이 고른 관심 분야·지역에 맞고 소속 기업이 신청할 수 있는 프로그램을 모았습니다.',
  subscriber: '지난 알림 이후 상생누리에서 확인완료된 프로그램 가운데, 구독 설정에서 고르신 관심 분야·지역에 맞는 프로그램을 모았습니다.',
}

export const MORE_PROGRAMS = { text: '다른 모집중인 프로그램도 상생누리에서 찾아보실 수 있습니다.', button: '프로그램 더 찾아보기' } as const

export const ALERT_LINKS: Record<AlertAudience, { optOut: string; settings: string }> = {
  member: { optOut: '이 알림 그만 받기', settings: '관심 분야 바꾸기 (마이페이지)' },
  subscriber: { optOut: '이 알림 그만 받기', settings: '관심 분야 바꾸기 (구독 설정)' },
}

export const ALERT_REASON: Record<AlertAudience, string> = {
  member: '상생누리 회원 정보에서 관심 분야의 새 프로그램을 매주 메일로 받겠다고 설정하셨기 때문에 이 메일을 받으셨습니다.',
  subscriber: '상생누리 소식지 구독 설정에서 관심 분야의 새 프로그램을 매주 메일로 받겠다고 설정하셨기 때문에 이 메일을 받으셨습니다.',
}

export const OPT_OUT_NOTE = '‘이 알림 그만 받기’는 이 알림만 멈춥니다. 월간 웹 소식지 구독에는 영향을 주지 않습니다.'
