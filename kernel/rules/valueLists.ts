/**
 * The fixed value lists of the spec: one code name each, with its Korean (and English) label.
 * Collections, the site, the newsletter and reports all read them from here.
 */
export type Labelled<V extends string = string> = { value: V; ko: string; en: string }

const list = <V extends string>(items: Labelled<V>[]) => items

export const SUPPORT_FIELDS = list([
  { value: 'finance', ko: '금융지원', en: 'Finance' },
  { value: 'technology', ko: '기술지원', en: 'Technology' },
  { value: 'education', ko: '교육지원', en: 'Education' },
  { value: 'market', ko: '판로지원', en: 'Sales channels' },
  { value: 'consulting', ko: '컨설팅지원', en: 'Consulting' },
  { value: 'patent', ko: '특허지원', en: 'Patents' },
  { value: 'hr', ko: '인력지원', en: 'Human resources' },
  { value: 'overseas', ko: '해외진출지원', en: 'Going overseas' },
  { value: 'welfare', ko: '복지지원', en: 'Welfare' },
  { value: 'etc', ko: '기타지원', en: 'Other' },
])

export const TARGET_SCOPES = list([
  { value: 'partners', ko: '협력사 지원', en: 'Partners only' },
  { value: 'affiliates', ko: '계열사 오픈', en: 'Open to affiliates' },
  { value: 'partial', ko: '부분 오픈', en: 'Partly open' },
  { value: 'open', ko: '전체 오픈', en: 'Open to all SMEs' },
])

export const REGIONS = list([
  { value: 'nationwide', ko: '전국', en: 'Nationwide' },
  { value: 'seoul', ko: '서울', en: 'Seoul' },
  { value: 'busan', ko: '부산', en: 'Busan' },
  { value: 'daegu', ko: '대구', en: 'Daegu' },
  { value: 'incheon', ko: '인천', en: 'Incheon' },
  { value: 'gwangju', ko: '광주', en: 'Gwangju' },
  { value: 'daejeon', ko: '대전', en: 'Daejeon' },
  { value: 'ulsan', ko: '울산', en: 'Ulsan' },
  { value: 'sejong', ko: '세종', en: 'Sejong' },
  { value: 'gyeonggi', ko: '경기', en: 'Gyeonggi' },
  { value: 'gangwon', ko: '강원', en: 'Gangwon' },
  { value: 'chungbuk', ko: '충북', en: 'Chungbuk' },
  { value: 'chungnam', ko: '충남', en: 'Chungnam' },
  { value: 'jeonbuk', ko: '전북', en: 'Jeonbuk' },
  { value: 'jeonnam', ko: '전남', en: 'Jeonnam' },
  { value: 'gyeongbuk', ko: '경북', en: 'Gyeongbuk' },
  { value: 'gyeongnam', ko: '경남', en: 'Gyeongnam' },
  { value: 'jeju', ko: '제주', en: 'Jeju' },
])

export const COMPANY_CATEGORIES = list([
  { value: 'large', ko: '대기업', en: 'Large company' },
  { value: 'public', ko: '공공기관', en: 'Public institution' },
  { value: 'midsize', ko: '중견기업', en: 'Mid-sized company' },
  { value: 'sme', ko: '중소기업', en: 'SME' },
])

export const PARTNER_TIERS = list([
  { value: 'tier1', ko: '1차', en: 'Tier 1' },
  { value: 'tier2', ko: '2차', en: 'Tier 2' },
  { value: 'tier3', ko: '3차', en: 'Tier 3' },
])

/** 한국표준산업분류(KSIC) 대분류 A–U. */
export const KSIC_SECTIONS = list([
  { value: 'A', ko: '농업, 임업 및 어업', en: 'Agriculture, forestry and fishing' },
  { value: 'B', ko: '광업', en: 'Mining and quarrying' },
  { value: 'C', ko: '제조업', en: 'Manufacturing' },
  { value: 'D', ko: '전기, 가스, 증기 및 공기 조절 공급업', en: 'Electricity, gas, steam and air conditioning supply' },
  { value: 'E', ko: '수도, 하수 및 폐기물 처리, 원료 재생업', en: 'Water supply, sewage, waste management' },
  { value: 'F', ko: '건설업', en: 'Construction' },
  { value: 'G', ko: '도매 및 소매업', en: 'Wholesale and retail trade' },
  { value: 'H', ko: '운수 및 창고업', en: 'Transportation and storage' },
  { value: 'I', ko: '숙박 및 음식점업', en: 'Accommodation and food service' },
  { value: 'J', ko: '정보통신업', en: 'Information and communication' },
  { value: 'K', ko: '금융 및 보험업', en: 'Financial and insurance' },
  { value: 'L', ko: '부동산업', en: 'Real estate' },
  { value: 'M', ko: '전문, 과학 및 기술 서비스업', en: 'Professional, scientific and technical' },
  { value: 'N', ko: '사업시설 관리, 사업 지원 및 임대 서비스업', en: 'Business facilities management and support' },
  { value: 'O', ko: '공공 행정, 국방 및 사회보장 행정', en: 'Public administration and defence' },
  { value: 'P', ko: '교육 서비스업', en: 'Education' },
  { value: 'Q', ko: '보건업 및 사회복지 서비스업', en: 'Human health and social work' },
  { value: 'R', ko: '예술, 스포츠 및 여가관련 서비스업', en: 'Arts, sports and recreation' },
  { value: 'S', ko: '협회 및 단체, 수리 및 기타 개인 서비스업', en: 'Associations, repair and other personal services' },
  { value: 'T', ko: '가구 내 고용활동 및 달리 분류되지 않은 자가 소비 생산활동', en: 'Activities of households' },
  { value: 'U', ko: '국제 및 외국기관', en: 'Extraterritorial organisations' },
])

/** 상생정보통 (card news) categories. */
export const CARD_NEWS_CATEGORIES = list([
  { value: 'activity', ko: '상생협력 활동', en: 'Cooperation activity' },
  { value: 'program', ko: '프로그램 소개', en: 'Program story' },
  { value: 'news', ko: '상생협력 뉴스', en: 'News' },
  { value: 'event', ko: '행사·협약', en: 'Events & agreements' },
])

/** Payload select options with Korean and English labels. */
export function selectOptions(items: Labelled[]) {
  return items.map(({ value, ko, en }) => ({ value, label: { ko, en } }))
}

/** The Korean label of a code, or the code itself when unknown. */
export function labelOf(items: Labelled[], value: string | null | undefined): string {
  return items.find((item) => item.value === value)?.ko ?? value ?? ''
}
