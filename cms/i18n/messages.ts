/**
 * Our own UI and error messages, Korean first. Registered with Payload's i18n under the
 * `winwin` namespace so hooks, validators and endpoints answer in the user's language.
 */
export const messages = {
  ko: {
    bizRegNoFormat: '사업자등록번호는 숫자 10자리입니다 (예: 124-81-00998).',
    bizRegNoChecksum: '유효하지 않은 사업자등록번호입니다. 번호를 다시 확인해 주세요.',
    bizRegNoDuplicate: '이미 등록된 사업자등록번호입니다. 기업검색에서 소속 기업을 찾아 주세요.',
    titleNeedsPeriod: '프로그램명에는 시기를 명시해 주세요 (예: 2026년 ○○○, 2026년 1분기 ○○○).',
    tooLong: '{{max}}자 이내로 입력해 주세요 (현재 {{count}}자).',
    invalidDate: '존재하지 않는 날짜입니다. YYYY-MM-DD 형식의 올바른 날짜를 입력해 주세요.',
    applyEndBeforeStart: '신청기간의 종료일이 시작일보다 빠릅니다.',
    supportEndBeforeStart: '지원기간의 종료일이 시작일보다 빠릅니다.',
    alreadyEnded: '이미 종료된 프로그램은 등록할 수 없습니다 (지원기간 종료일이 지났습니다).',
    onlyPlatformAdminReviews: '프로그램 확인(확인완료·수정요청)은 상생누리 관리자만 할 수 있습니다.',
    reviewNoteRequired: '수정요청 시에는 수정요청 사유(검토 의견)를 입력해야 합니다.',
    notSubmitted: '확인요청 상태의 프로그램만 검토할 수 있습니다.',
    invalidTransition: '현재 진행단계에서는 이 상태로 변경할 수 없습니다.',
    reviewDecisionInvalid: 'decision은 "approve" 또는 "request-changes"여야 합니다.',
    notFound: '해당 항목을 찾을 수 없습니다.',
    loginRequired: '로그인이 필요합니다.',
    forbidden: '이 작업을 할 권한이 없습니다.',
    ownCompanyOnly: '소속 기업의 항목만 등록·수정할 수 있습니다.',
    noCompany: '소속 기업이 지정되지 않은 계정입니다. 상생누리 관리자에게 문의해 주세요.',
    roleChangeForbidden: '회원 권한(운영기업 관리자 등)은 상생누리 관리자만 부여할 수 있습니다.',
    companyChangeForbidden: '소속 기업 변경은 상생누리 관리자에게 요청해 주세요.',
    businessHasPrograms: '프로그램이 등록된 사업은 삭제할 수 없습니다. 프로그램을 먼저 정리해 주세요.',
    largeCompanyByAdmin: '대기업·공공기관 정보는 상생누리 관리자가 등록합니다.',
    tooManyPartners: '주거래기업은 최대 5개까지 등록할 수 있습니다.',
    homepageInvalid: '홈페이지 주소(https://…) 또는 담당자 이메일 주소를 입력해 주세요.',
    publishByEditor: '게시(발행)는 편집자 또는 상생누리 관리자만 할 수 있습니다.',
    issueMonthFormat: '발행월은 YYYY-MM 형식이어야 합니다 (예: 2026-11).',
    emailInvalid: '올바른 이메일 주소를 입력해 주세요.',
    serverError: '서버 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.',
  },
  en: {
    bizRegNoFormat: 'A business registration number has 10 digits (e.g. 124-81-00998).',
    bizRegNoChecksum: 'This business registration number is not valid. Please check it.',
    bizRegNoDuplicate: 'This business registration number is already registered. Search for your company instead.',
    titleNeedsPeriod: 'The program title must name its period (e.g. "2026 …", "2026 Q1 …").',
    tooLong: 'Use at most {{max}} characters (now {{count}}).',
    invalidDate: 'This date does not exist. Enter a real date as YYYY-MM-DD.',
    applyEndBeforeStart: 'The application period ends before it starts.',
    supportEndBeforeStart: 'The support period ends before it starts.',
    alreadyEnded: 'A program whose support period has already ended cannot be registered.',
    onlyPlatformAdminReviews: 'Only a platform admin approves programs or requests changes.',
    reviewNoteRequired: 'Requesting changes needs a review note.',
    notSubmitted: 'Only a submitted program can be reviewed.',
    invalidTransition: 'The program cannot move to this status from its current one.',
    reviewDecisionInvalid: 'decision must be "approve" or "request-changes".',
    notFound: 'Not found.',
    loginRequired: 'Please log in.',
    forbidden: 'You are not allowed to do this.',
    ownCompanyOnly: "You can only register and edit your own company's items.",
    noCompany: 'This account has no company. Please contact the platform admin.',
    roleChangeForbidden: 'Only a platform admin grants roles such as company admin.',
    companyChangeForbidden: 'Ask a platform admin to change your company.',
    businessHasPrograms: 'A business that still has programs cannot be deleted.',
    largeCompanyByAdmin: 'Large companies and public institutions are registered by the platform admin.',
    tooManyPartners: 'At most 5 main partners.',
    homepageInvalid: 'Enter a homepage URL (https://…) or a contact e-mail address.',
    publishByEditor: 'Only an editor or platform admin publishes.',
    issueMonthFormat: 'The issue month must be YYYY-MM (e.g. 2026-11).',
    emailInvalid: 'Enter a valid e-mail address.',
    serverError: 'Something went wrong on the server. Please try again later.',
  },
} as const

export type MessageKey = keyof (typeof messages)['ko']

type Translator = { i18n?: { language?: string } } | null | undefined

/** A message in the request's language (Korean unless the user chose English). */
export function msg(req: Translator, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const language = req?.i18n?.language === 'en' ? 'en' : 'ko'
  return messages[language][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))
}
