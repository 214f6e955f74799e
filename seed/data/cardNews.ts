/**
 * 상생정보통 card news. Each entry of `cards` is what one card says: the seed draws it on the
 * card (seed/lib/images.ts cardImage, with the story's title, its colours and the card's number)
 * and uses it in the card's alt text. `submittedBy` marks the story a company admin sent in for
 * review; the others are published by the editor.
 */
export type CardNewsFixture = {
  title: string
  category: 'activity' | 'program' | 'news' | 'event'
  company: string
  /** days from today */
  publishedOn?: number
  status: 'published' | 'in-review'
  submittedBy?: string
  colors: [string, string]
  slug: string
  cards: string[]
  body: string[]
}

export const CARD_NEWS: CardNewsFixture[] = [
  {
    title: '네이버 파트너 스퀘어, 배우고 만들고 연결하는 곳', category: 'program', company: 'naver', publishedOn: -40, status: 'published',
    colors: ['#03c75a', '#0b7a4b'], slug: 'naver-partner-square',
    cards: [
      'LEARN 무료 교육 — 창업부터 비즈니스의 시작까지, 네이버의 다양한 서비스 활용 방법과 효율적인 광고 운영에 대해 배울 수 있는 곳',
      'CREATE 스튜디오 대여 — 사진·동영상 콘텐츠를 직접 만들 수 있고, 더 잘 만들 수 있도록 지원을 받는 곳',
      'CONNECT 네트워킹 — 비슷한 고민을 하는 사람들과 교류하고, 서로의 성장 동력이 될 수 있는 프로그램으로 만나는 곳',
    ],
    body: [
      '네이버 파트너 스퀘어는 중소기업이 네이버 플랫폼을 활용해 효과적으로 사업을 홍보하고 판로를 다변화할 수 있도록 교육, 정보, 콘텐츠, 장비, 공간 등 다양한 서비스를 제공합니다.',
      '비즈니스에 꼭 필요한 교육 프로그램과 스튜디오 공간을 무료로 이용해 보세요.',
    ],
  },
  {
    title: '두산중공업 직무교육, 현장 맞춤형 기술교육을 무료로', category: 'program', company: 'doosan', publishedOn: -21, status: 'published',
    colors: ['#005eb8', '#00a3e0'], slug: 'doosan-academy',
    cards: [
      '국내 유일의 Plant 분야 기술교육 커리큘럼 — 두산중공업이 중소기업 근로자의 직무 능력 향상을 돕습니다',
      '생산계획수립, 원자력 품질보증실무 등 현장 맞춤형 교육을 무료로 지원합니다',
      '상생누리에서 교육을 검색하고 바로 신청하세요',
    ],
    body: [
      '두산중공업은 독창적이고 차별화된 국내 유일의 Plant 분야 기술교육 커리큘럼을 통해 중소기업 근로자의 직무 능력을 높이고, 대·중소기업 간 양극화 해소와 상생협력 문화 조성에 기여하고자 현장 맞춤형 교육을 무료로 지원하고 있습니다.',
    ],
  },
  {
    title: '근로자 휴가지원 사업, 여행경비 40만 원을 함께 모아요', category: 'program', company: 'kto', publishedOn: -6, status: 'published',
    colors: ['#f7941d', '#e5004f'], slug: 'kto-vacation',
    cards: [
      '근로자 20만 원, 기업 10만 원, 정부 10만 원 — 모두 모아 국내 여행경비 40만 원',
      '전용 온라인몰에서 숙박, 교통, 체험 상품을 자유롭게 이용하세요',
    ],
    body: [
      '한국관광공사는 직장 내 자유로운 휴가문화 조성을 위해 기업과 정부가 함께 근로자의 국내 여행경비를 지원하는 근로자 휴가지원 사업을 운영하고 있습니다.',
    ],
  },
  {
    title: '한국수자원공사, 물산업 중소기업과 해외 판로 개척 협약', category: 'activity', company: 'kwater', status: 'in-review',
    submittedBy: 'kwater@winwinnuri.test', colors: ['#0072bc', '#36b5e5'], slug: 'kwater-overseas-agreement',
    cards: [
      '한국수자원공사와 물산업 중소기업 12개사가 해외 판로 공동 개척 협약을 맺었습니다',
      '국제 물 행사 공동 참가, 해외 발주처 상담 주선, 수출 컨설팅을 함께 추진합니다',
    ],
    body: [
      '한국수자원공사는 물산업 중소기업과 해외 판로 공동 개척 협약을 맺고, 국제 물 행사 공동 참가와 해외 발주처 상담을 지원하기로 했습니다.',
    ],
  },
]
