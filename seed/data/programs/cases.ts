import type { ProgramFixture } from './types'
import { DOOSAN_PROGRAMS } from './doosan'
import { half, Y } from './format'
import { MORE_COMPANY_PROGRAMS } from './more'

/** 프로그램 등록 사례 ① 네이버 파트너 스퀘어 and ③ 한국관광공사 근로자 휴가지원 사업. */
const NAVER_AND_KTO: ProgramFixture[] = [
  {
    business: '네이버 파트너 스퀘어', stem: '네이버 파트너 스퀘어 LEARN 무료 교육',
    title: (p) => `${Y(p.applyStart)}년 네이버 파트너 스퀘어 LEARN 무료 교육`,
    supportField: 'education', targetScope: 'open', regions: ['seoul', 'busan', 'gwangju', 'gangwon'], apply: [-60, 30], support: [-60, 30], created: -65,
    summary: '창업부터 비즈니스의 시작까지, 네이버의 다양한 서비스 활용 방법과 효율적인 광고 운영을 무료로 배울 수 있는 교육입니다.',
    purpose: '중소기업과 소상공인이 네이버 플랫폼으로 사업을 알리고 판로를 넓히도록 돕습니다.',
    details: ['## LEARN 무료 교육', '□ 스마트스토어 시작하기, 검색광고 운영, 브랜드 마케팅 등 정규 교육', '□ 서울(역삼), 부산, 광주, 춘천 파트너 스퀘어에서 매주 진행', '□ 모든 교육 무료'],
    howToApply: '네이버 파트너 스퀘어 홈페이지에서 원하는 교육을 골라 신청해 주세요.',
  },
  {
    business: '네이버 파트너 스퀘어', stem: '네이버 파트너 스퀘어 CREATE 스튜디오 대여',
    title: (p) => `${Y(p.applyStart)}년 ${half(p.applyStart)} 네이버 파트너 스퀘어 CREATE 스튜디오 대여`,
    supportField: 'market', targetScope: 'open', regions: ['seoul', 'busan'], apply: [-150, -20], support: [-150, 25], created: -155,
    summary: '제품 사진과 동영상 콘텐츠를 직접 만들 수 있도록 촬영 스튜디오와 장비를 무료로 빌려 드립니다.',
    purpose: '콘텐츠 제작 여건이 부족한 중소기업이 더 좋은 상품 콘텐츠로 온라인 판로를 넓히도록 돕습니다.',
    details: ['## CREATE 스튜디오 대여', '□ 제품 촬영 스튜디오, 조명·카메라 장비, 영상 편집실', '□ 1회 최대 4시간, 월 2회까지 무료'],
    howToApply: '네이버 파트너 스퀘어 홈페이지에서 예약해 주세요.',
  },
  {
    business: '네이버 파트너 스퀘어', stem: '네이버 파트너 스퀘어 CONNECT 네트워킹 데이',
    title: (p) => `${Y(p.supportStart)}년 네이버 파트너 스퀘어 CONNECT 네트워킹 데이`,
    supportField: 'etc', targetScope: 'open', regions: ['seoul'], apply: [12, 26], support: [30, 30], created: -1,
    summary: '비슷한 고민을 하는 사업자들이 만나 교류하고 서로의 성장 동력이 되는 네트워킹 행사입니다.',
    purpose: '중소기업과 창작자가 서로 협업할 파트너를 찾도록 돕습니다.',
    details: ['## CONNECT 네트워킹', '□ 선배 사업자 사례 발표, 분야별 소그룹 교류', '□ 장소: 네이버 파트너 스퀘어 역삼'],
    howToApply: '네이버 파트너 스퀘어 홈페이지에서 신청해 주세요. 선착순 100명.',
  },
  {
    business: '근로자 휴가지원 사업', stem: '근로자 휴가지원 사업 참여기업 모집',
    title: (p) => `${Y(p.applyStart)}년 근로자 휴가지원 사업 참여기업 모집`,
    supportField: 'welfare', targetScope: 'open', regions: ['nationwide'], apply: [-25, 45], support: [-25, 150], created: -30,
    summary: '근로자가 20만 원을 적립하면 기업이 10만 원, 정부가 10만 원을 더해 국내 여행경비 40만 원을 마련해 드립니다.',
    purpose: '중소기업 근로자의 휴가를 응원해 자유로운 휴가문화를 만들고 일하기 좋은 일터를 만듭니다.',
    details: ['## 지원내용', '□ 근로자 20만 원 + 기업 10만 원 + 정부 10만 원 = 40만 원 적립', '□ 전용 온라인몰에서 숙박·교통·체험 상품 구매', '□ 참여 기업당 최대 100명'],
    eligibilityDetails: '중소기업, 중견기업, 비영리민간단체 등의 근로자 (대기업·공공기관 제외)',
    howToApply: '근로자 휴가지원 사업 홈페이지에서 기업 회원으로 가입한 뒤 참여 신청해 주세요.',
  },
  {
    business: '근로자 휴가지원 사업', stem: '근로자 휴가지원 사업 추가 모집',
    title: (p) => `${Y(p.applyStart)}년 근로자 휴가지원 사업 추가 모집`,
    supportField: 'welfare', targetScope: 'open', regions: ['nationwide'], apply: [-400, -370], support: [-400, -220], created: -405,
    summary: '예산 추가 확보에 따라 근로자 휴가지원 사업 참여기업을 추가로 모집합니다.',
    purpose: '더 많은 중소기업 근로자가 휴가 지원을 받도록 합니다.',
    details: ['## 지원내용', '□ 근로자 20만 원 + 기업 10만 원 + 정부 10만 원 = 40만 원 적립'],
    howToApply: '근로자 휴가지원 사업 홈페이지에서 신청해 주세요.',
  },
]

export const CASE_PROGRAMS: ProgramFixture[] = [...NAVER_AND_KTO, ...DOOSAN_PROGRAMS, ...MORE_COMPANY_PROGRAMS]
