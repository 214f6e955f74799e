/**
 * 협력사 등록 안내 (잠재 협력사 발굴): the guide's list of companies with a partner-registration
 * page. Registration URLs are placeholders on the reserved .example domain.
 */
export type PartnerGuideFixture = {
  company: string
  title: string
  industryLabel: string
  registrationUrl: string
  /** what the company buys, the steps, and the documents, as paragraphs */
  howTo: string[]
}

const steps = (portal: string, buys: string, review: string): string[] => [
  '## 이런 기업을 찾습니다',
  buys,
  '## 등록 절차',
  `① ${portal}에 접속해 회사 정보를 등록합니다.`,
  '② 취급 품목과 보유 기술, 주요 납품 실적을 입력합니다.',
  `③ ${review}`,
  '④ 평가를 통과하면 협력사로 등록되어 입찰·견적 요청을 받을 수 있습니다.',
  '## 준비 서류',
  '사업자등록증, 최근 3년 재무제표, 품질 인증서(보유 시), 회사 소개서',
]

export const PARTNER_GUIDES: PartnerGuideFixture[] = [
  { company: 'samsung', title: '삼성전자 협력사 등록 안내', industryLabel: '통신 및 방송 장비 제조업',
    registrationUrl: 'https://partner.samsung.example/',
    howTo: steps('삼성전자 협력회사 포털', '통신·방송 장비와 가전에 쓰이는 전자부품, 소재, 설비, 소프트웨어를 공급할 수 있는 기업', '구매 부서의 서류 검토 뒤 현장 실사와 품질 평가를 받습니다.') },
  { company: 'semes', title: '세메스 협력사 등록 안내', industryLabel: '반도체 제조용 기계 제조업',
    registrationUrl: 'https://partner.semes.example/',
    howTo: steps('세메스 구매 포털', '반도체 장비용 정밀 가공품, 모듈, 제어기기를 만드는 기업', '기술·품질 평가와 공장 실사를 받습니다.') },
  { company: 'amore', title: '아모레퍼시픽 협력사 등록 안내', industryLabel: '화장품 제조업',
    registrationUrl: 'https://partner.apgroup.example/',
    howTo: steps('아모레퍼시픽 협력사 포털', '화장품 원료, 용기·포장재, 위탁 생산(OEM·ODM) 역량을 가진 기업', '품질·환경 기준 심사와 시제품 평가를 받습니다.') },
  { company: 'erae', title: '이래오토모티브시스템 협력사 등록 안내', industryLabel: '자동차 및 트레일러 제조업',
    registrationUrl: 'https://supplier.erae.example/',
    howTo: steps('이래오토모티브시스템 구매 시스템', '자동차 전장·조향·제동 부품과 금형, 사출, 프레스 가공 기업', 'IATF 16949 등 품질 체계 확인과 공정 감사를 받습니다.') },
  { company: 'iljin', title: '일진전기 협력사 등록 안내', industryLabel: '절연선 및 케이블 제조업',
    registrationUrl: 'https://partner.iljin-electric.example/',
    howTo: steps('일진전기 협력사 등록 페이지', '전선·케이블 소재, 변압기 부품, 포장재와 물류 서비스 기업', '서류 심사 후 품질 담당자의 현장 방문 평가를 받습니다.') },
  { company: 'coway', title: '코웨이 협력사 등록 안내', industryLabel: '그 외 기타 개인 서비스업',
    registrationUrl: 'https://partner.coway.example/',
    howTo: steps('코웨이 협력사 포털', '정수기·공기청정기 부품, 필터 소재, 설치·물류 서비스 기업', '품질·안전 기준 심사와 시험 평가를 받습니다.') },
  { company: 'khnp', title: '한국수력원자력 협력사 등록 안내', industryLabel: '발전업',
    registrationUrl: 'https://supplier.khnp.example/',
    howTo: steps('한국수력원자력 공급자 등록 시스템', '원전·수력 발전소 기자재, 정비 용역, 안전 설비를 공급하는 기업', '공급자 자격 심사(품질보증 체계 포함)를 받습니다.') },
]
