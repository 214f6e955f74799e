/**
 * 동반성장 평가 — 상생누리 활용 가점 (SPEC "동반성장 평가"; the guide's table): the points an
 * operator earns in a calendar year, item by item. Plain functions over counts; the report
 * (issue 5) gathers the counts and their evidence, and hands them here.
 *
 * Points are computed in tenths (integers) so that 0.1 × 3 is 0.3, not 0.30000000000000004.
 */

/** ② 중소기업 활용도 제고 노력: the kinds the guide lists. Each counts once a year, except activity posts. */
export const PROMOTION_KINDS = [
  { value: 'banner', ko: '홈페이지 배너 설치', en: 'Homepage banner' },
  { value: 'notice', ko: '안내 게재', en: 'Notice posted' },
  { value: 'sns', ko: 'SNS 홍보', en: 'Social media' },
  { value: 'letter', ko: '공문·전체 메일 안내', en: 'Official letter or all-staff e-mail' },
  { value: 'presentation', ko: '외부 사업 발표(안내)', en: 'Presentation at an external event' },
  { value: 'leaflet', ko: '리플릿 배포', en: 'Leaflets' },
  { value: 'sms', ko: '문자 발송', en: 'Text messages' },
  { value: 'activity-post', ko: '상생협력 활동 정보 제공(상생정보통)', en: 'Cooperation activity posted (card news)' },
] as const
export type PromotionKind = (typeof PROMOTION_KINDS)[number]['value']

/** The one kind counted per entry rather than once: each cooperation activity posted. */
export const PER_ENTRY_KIND: PromotionKind = 'activity-post'

type Step = { atLeast: number; tenths: number }
const pointsFor = (count: number, steps: Step[]): number => steps.find((step) => count >= step.atLeast)?.tenths ?? 0

/** ① 신규 등록 프로그램 (confirmed that year): ≥16 → 1.5, 11–15 → 1.2, 6–10 → 0.9, 1–5 → 0.6. */
const NEW_PROGRAM_STEPS: Step[] = [{ atLeast: 16, tenths: 15 }, { atLeast: 11, tenths: 12 }, { atLeast: 6, tenths: 9 }, { atLeast: 1, tenths: 6 }]
/** ③ applications through the portal, and ④ 전체 오픈 programs: ≥6 → 1.0, 5 → 0.8, 4 → 0.6, 3 → 0.4, 2 → 0.2. */
const FIVE_STEPS: Step[] = [{ atLeast: 6, tenths: 10 }, { atLeast: 5, tenths: 8 }, { atLeast: 4, tenths: 6 }, { atLeast: 3, tenths: 4 }, { atLeast: 2, tenths: 2 }]
const PROMOTION_CAP_TENTHS = 5
const TOTAL_CAP_TENTHS = 40

/** How many promotion entries count: one per kind, every activity post. */
export function countedPromotions(kinds: readonly PromotionKind[]): number {
  const once = new Set(kinds.filter((kind) => kind !== PER_ENTRY_KIND))
  return once.size + kinds.filter((kind) => kind === PER_ENTRY_KIND).length
}

export type EvaluationCounts = {
  /** ① programs of the company first confirmed (확인완료) in the year */
  newPrograms: number
  /** ② the kinds of the year's promotion entries, one element per entry */
  promotions: readonly PromotionKind[]
  /** ③ SME applications made through the portal to its direct-apply programs in the year */
  applications: number
  /** ④ its 전체 오픈 programs registered in the year */
  openPrograms: number
}

export type EvaluationItem = { item: 1 | 2 | 3 | 4; count: number; points: number }
export type EvaluationScore = { items: EvaluationItem[]; total: number; capped: boolean }

export function evaluationScore(counts: EvaluationCounts): EvaluationScore {
  const promotions = countedPromotions(counts.promotions)
  const tenths: [EvaluationItem['item'], number, number][] = [
    [1, counts.newPrograms, pointsFor(counts.newPrograms, NEW_PROGRAM_STEPS)],
    [2, promotions, Math.min(PROMOTION_CAP_TENTHS, promotions)],
    [3, counts.applications, pointsFor(counts.applications, FIVE_STEPS)],
    [4, counts.openPrograms, pointsFor(counts.openPrograms, FIVE_STEPS)],
  ]
  const sum = tenths.reduce((total, [, , t]) => total + t, 0)
  return {
    items: tenths.map(([item, count, t]) => ({ item, count, points: t / 10 })),
    total: Math.min(TOTAL_CAP_TENTHS, sum) / 10,
    capped: sum > TOTAL_CAP_TENTHS,
  }
}

/** The four items of the guide's table, as the report and the admin name them. */
export const EVALUATION_ITEMS = [
  { item: 1, ko: '① 신규 등록 프로그램', en: '① Newly registered programs' },
  { item: 2, ko: '② 중소기업 활용도 제고 노력', en: '② Promotion to SMEs' },
  { item: 3, ko: '③ 직접 신청형 프로그램 참여 실적', en: '③ Applications through the portal' },
  { item: 4, ko: '④ 전체 오픈 프로그램', en: '④ Programs open to all SMEs' },
] as const

/**
 * 미거래 중소기업 개방비율 (the guide's target: 20% → 50%): the share of the year's approved
 * programs that admit SMEs outside the company's partners — 전체 오픈 (`open`) and 부분 오픈
 * (`partial`, partners plus companies matching its criteria). 협력사 지원 and 계열사 오픈 do not.
 */
export const OPEN_SHARE_SCOPES: readonly string[] = ['open', 'partial']
export const OPEN_SHARE_TARGET_PERCENT = 50

/** `percent` has one decimal place (33.3); null when there is nothing to divide by. */
export type OpenShare = { count: number; total: number; percent: number | null }

export function openShare(targetScopes: readonly (string | null | undefined)[]): OpenShare {
  const total = targetScopes.length
  const count = targetScopes.filter((scope) => scope != null && OPEN_SHARE_SCOPES.includes(scope)).length
  return { count, total, percent: total === 0 ? null : Math.round((count * 1000) / total) / 10 }
}

/** The years a report may ask for; anything else is a client error. */
export const EVALUATION_YEARS = { min: 2000, max: 2100 } as const

/** `YYYY` from a query string, or null when it is not a four-digit year in range. */
export function parseEvaluationYear(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{4}$/.test(value.trim())) return null
  const year = Number(value.trim())
  return year >= EVALUATION_YEARS.min && year <= EVALUATION_YEARS.max ? year : null
}

/**
 * 실적 산출 기간 ('18.1.1~12.31): a calendar year in Asia/Seoul, as instants for a
 * `greater_than_equal start` / `less_than end` query (ISO strings work on SQLite and MongoDB).
 */
export function kstYearRange(year: number): { start: string; end: string } {
  const startOf = (y: number) => new Date(`${String(y).padStart(4, '0')}-01-01T00:00:00+09:00`).toISOString()
  return { start: startOf(year), end: startOf(year + 1) }
}
