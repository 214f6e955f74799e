import { completeBizRegNo } from '../../kernel/rules/bizRegNo'

/**
 * 기업: the large companies and public institutions the guide names, and a few SMEs.
 * Registration numbers are made valid with completeBizRegNo from fixed nine-digit prefixes
 * (삼성전자 uses its published number). Homepages use the reserved .example domain.
 */
export type CompanyFixture = {
  key: string
  name: string
  bizRegNo: string
  group?: string
  ceoName: string
  address: { postcode: string; line1: string; line2?: string }
  homepage: string
  category: 'large' | 'public' | 'midsize' | 'sme'
  industry: string
  industryDetail: string
  mainPartners?: { company: string; tier: 'tier1' | 'tier2' | 'tier3' }[]
}

const c = (fixture: Omit<CompanyFixture, 'bizRegNo'> & { prefix: string }): CompanyFixture => {
  const { prefix, ...rest } = fixture
  return { ...rest, bizRegNo: prefix.length === 10 ? prefix : completeBizRegNo(prefix) }
}

/** 대기업·공공기관 (pre-registered by the platform). */
export const LARGE_AND_PUBLIC: CompanyFixture[] = [
  c({ key: 'kwater', name: '한국수자원공사', prefix: '314820001', ceoName: '홍길동', category: 'public', industry: 'E', industryDetail: '수도업',
    address: { postcode: '34350', line1: '대전광역시 대덕구 신탄진로 200' }, homepage: 'https://www.kwater.example/' }),
  c({ key: 'kdn', name: '한전KDN', prefix: '412820002', ceoName: '김철수', category: 'public', industry: 'J', industryDetail: '컴퓨터 시스템 통합 자문, 구축 및 관리업',
    address: { postcode: '58322', line1: '전라남도 나주시 문화로 211' }, homepage: 'https://www.kdn.example/' }),
  c({ key: 'komipo', name: '한국중부발전', prefix: '310820003', ceoName: '이영희', category: 'public', industry: 'D', industryDetail: '발전업',
    address: { postcode: '33439', line1: '충청남도 보령시 보령북로 160' }, homepage: 'https://www.komipo.example/' }),
  c({ key: 'iwest', name: '한국서부발전', prefix: '311820004', ceoName: '박민수', category: 'public', industry: 'D', industryDetail: '발전업',
    address: { postcode: '32140', line1: '충청남도 태안군 태안읍 중앙로 285' }, homepage: 'https://www.iwest.example/' }),
  c({ key: 'doosan', name: '두산중공업', prefix: '609810005', group: '두산', ceoName: '정대현', category: 'large', industry: 'C',
    industryDetail: '발전설비 및 플랜트 기자재 제조업', address: { postcode: '51711', line1: '경상남도 창원시 성산구 두산볼보로 22' },
    homepage: 'https://www.doosanheavy.example/' }),
  c({ key: 'autoever', name: '현대오토에버', prefix: '120810006', group: '현대자동차', ceoName: '최지훈', category: 'large', industry: 'J',
    industryDetail: '컴퓨터 프로그래밍, 시스템 통합 및 관리업', address: { postcode: '06164', line1: '서울특별시 강남구 테헤란로 510' },
    homepage: 'https://www.hyundai-autoever.example/' }),
  c({ key: 'koen', name: '한국남동발전', prefix: '612820007', ceoName: '강수진', category: 'public', industry: 'D', industryDetail: '발전업',
    address: { postcode: '52852', line1: '경상남도 진주시 사들로123번길 32' }, homepage: 'https://www.koenergy.example/' }),
  c({ key: 'kospo', name: '한국남부발전', prefix: '602820008', ceoName: '윤서준', category: 'public', industry: 'D', industryDetail: '발전업',
    address: { postcode: '48400', line1: '부산광역시 남구 문현금융로 40' }, homepage: 'https://www.kospo.example/' }),
  c({ key: 'icpa', name: '인천항만공사', prefix: '121820009', ceoName: '장미란', category: 'public', industry: 'H', industryDetail: '항만 운영 및 관련 서비스업',
    address: { postcode: '22133', line1: '인천광역시 중구 서해대로 366' }, homepage: 'https://www.icpa.example/' }),
  c({ key: 'naver', name: '네이버', prefix: '220810010', group: '네이버', ceoName: '임하늘', category: 'large', industry: 'J',
    industryDetail: '포털 및 기타 인터넷 정보 매개 서비스업', address: { postcode: '13561', line1: '경기도 성남시 분당구 정자일로 95' },
    homepage: 'https://www.navercorp.example/' }),
  c({ key: 'kto', name: '한국관광공사', prefix: '224820011', ceoName: '오세훈', category: 'public', industry: 'N', industryDetail: '여행사 및 기타 여행 보조 서비스업',
    address: { postcode: '26464', line1: '강원특별자치도 원주시 세계로 10' }, homepage: 'https://www.visitkorea.example/' }),
  c({ key: 'samsung', name: '삼성전자', prefix: '1248100998', group: '삼성', ceoName: '한도윤', category: 'large', industry: 'C',
    industryDetail: '통신 및 방송 장비 제조업', address: { postcode: '16677', line1: '경기도 수원시 영통구 삼성로 129' },
    homepage: 'https://www.samsung.example/' }),
  c({ key: 'semes', name: '세메스', prefix: '312810012', group: '삼성', ceoName: '서지민', category: 'large', industry: 'C',
    industryDetail: '반도체 제조용 기계 제조업', address: { postcode: '31040', line1: '충청남도 천안시 서북구 직산읍 4산단5길 77' },
    homepage: 'https://www.semes.example/' }),
  c({ key: 'amore', name: '아모레퍼시픽', prefix: '106810013', group: '아모레퍼시픽', ceoName: '문가영', category: 'large', industry: 'C',
    industryDetail: '화장품 제조업', address: { postcode: '04386', line1: '서울특별시 용산구 한강대로 100' },
    homepage: 'https://www.apgroup.example/' }),
  c({ key: 'erae', name: '이래오토모티브시스템', prefix: '503810014', ceoName: '배준호', category: 'large', industry: 'C',
    industryDetail: '자동차 및 트레일러 제조업', address: { postcode: '42981', line1: '대구광역시 달성군 논공읍 논공중앙로 288' },
    homepage: 'https://www.erae.example/' }),
  c({ key: 'iljin', name: '일진전기', prefix: '124810015', group: '일진', ceoName: '송유나', category: 'large', industry: 'C',
    industryDetail: '절연선 및 케이블 제조업', address: { postcode: '18573', line1: '경기도 화성시 마도면 청원공단길 25' },
    homepage: 'https://www.iljin-electric.example/' }),
  c({ key: 'coway', name: '코웨이', prefix: '307810016', ceoName: '류현우', category: 'large', industry: 'S',
    industryDetail: '그 외 기타 개인 서비스업', address: { postcode: '32508', line1: '충청남도 공주시 유구읍 유구마곡사로 136' },
    homepage: 'https://www.coway.example/' }),
  c({ key: 'khnp', name: '한국수력원자력', prefix: '505820017', ceoName: '노은비', category: 'public', industry: 'D', industryDetail: '발전업',
    address: { postcode: '38120', line1: '경상북도 경주시 문무대왕면 불국로 1655' }, homepage: 'https://www.khnp.example/' }),
  c({ key: 'foundation', name: '대·중소기업·농어업협력재단', prefix: '101820018', ceoName: '신동욱', category: 'public', industry: 'O',
    industryDetail: '공공행정, 국방 및 사회보장 행정', address: { postcode: '04156', line1: '서울특별시 마포구 독막로 331' },
    homepage: 'https://www.winwinnuri.example/' }),
]

/** 중소기업 (registered by their members; main partners drive recommendations). */
export const SMES: CompanyFixture[] = [
  c({ key: 'hanbit', name: '(주)한빛정밀', prefix: '608860101', ceoName: '한상우', category: 'sme', industry: 'C',
    industryDetail: '발전설비 부품 가공업', address: { postcode: '51395', line1: '경상남도 창원시 의창구 평산로 45', line2: '2층' },
    homepage: 'https://www.hanbit-precision.example/',
    mainPartners: [{ company: 'doosan', tier: 'tier1' }, { company: 'komipo', tier: 'tier2' }] }),
  c({ key: 'bareundata', name: '(주)바른데이터랩', prefix: '214870102', ceoName: '김소연', category: 'sme', industry: 'J',
    industryDetail: '응용 소프트웨어 개발 및 공급업', address: { postcode: '08390', line1: '서울특별시 구로구 디지털로 300', line2: '12층 1205호' },
    homepage: 'contact@bareundata.example',
    mainPartners: [{ company: 'autoever', tier: 'tier1' }, { company: 'naver', tier: 'tier2' }] }),
  c({ key: 'greenwater', name: '그린물산업(주)', prefix: '305860103', ceoName: '이도현', category: 'sme', industry: 'E',
    industryDetail: '수처리 설비 제조 및 유지보수업', address: { postcode: '34025', line1: '대전광역시 유성구 테크노2로 187' },
    homepage: 'https://www.greenwater.example/', mainPartners: [{ company: 'kwater', tier: 'tier1' }] }),
  c({ key: 'seumparts', name: '(주)세움반도체부품', prefix: '312860104', ceoName: '정하윤', category: 'sme', industry: 'C',
    industryDetail: '반도체 장비용 부품 제조업', address: { postcode: '31094', line1: '충청남도 천안시 서북구 백석공단1로 10' },
    homepage: 'https://www.seumparts.example/', mainPartners: [{ company: 'semes', tier: 'tier1' }, { company: 'samsung', tier: 'tier2' }] }),
]

export const COMPANIES: CompanyFixture[] = [...LARGE_AND_PUBLIC, ...SMES]
