/**
 * 사업: folders of programs (not reviewed). The guide's six 재단 businesses, and one or two
 * for each company with programs. `contact` is the default 문의처 of the business's programs
 * (phone numbers use the unassigned 000 exchange; e-mails the .example domain).
 */
export type Contact = { department: string; name?: string; phone: string; email?: string }

export type BusinessFixture = {
  company: string
  name: string
  overview: string
  relatedUrl?: string
  contact: Contact
}

const foundation = (name: string, overview: string, department: string): BusinessFixture => ({
  company: 'foundation', name, overview, contact: { department, phone: '02-368-8487', email: 'winwinnuri@winwinnuri.example' },
})

export const BUSINESSES: BusinessFixture[] = [
  foundation('구매상담회', '대기업·공공기관 구매 담당자와 중소기업이 1:1로 만나 납품과 판로를 상담하는 행사를 운영합니다.', '판로지원부'),
  foundation('구매조건부 신제품개발사업', '수요기업이 구매를 약속한 신제품의 개발비를 중소기업에 지원합니다.', '기술협력부'),
  foundation('기술보호 자문', '기술 유출·탈취 피해를 예방하도록 중소기업에 변호사·변리사 자문을 제공합니다.', '기술보호부'),
  foundation('기술자료 임치제도', '중소기업의 핵심 기술자료를 신뢰할 수 있는 기관에 안전하게 보관합니다.', '기술보호부'),
  foundation('기술자료 임치활용지원', '임치된 기술을 활용한 기술이전과 사업화를 지원합니다.', '기술보호부'),
  foundation('기업간 거래공정화', '하도급·위탁 거래의 공정성을 높이는 교육과 상담을 운영합니다.', '거래공정부'),
  { company: 'kwater', name: '물산업 해외 동반진출', overview: '국제 물 행사와 해외 로드쇼에 물산업 중소기업과 함께 참가합니다.',
    contact: { department: '해외사업처', name: '이수진', phone: '042-000-3114', email: 'global@kwater.example' } },
  { company: 'kwater', name: '물산업 혁신기업 육성', overview: '물산업 중소기업의 기술 성능확인, 특허, 자금을 지원합니다.',
    contact: { department: '동반성장부', name: '이수진', phone: '042-000-3120', email: 'winwin@kwater.example' } },
  { company: 'kdn', name: '중소기업 역량강화 교육', overview: '에너지 ICT 분야 중소기업 임직원을 위한 무상 온라인 교육입니다.',
    contact: { department: '동반성장센터', phone: '061-000-7114', email: 'edu@kdn.example' } },
  { company: 'komipo', name: '중소기업 TEST-BED', overview: '발전소 현장을 중소기업 신제품의 실증 시험장으로 개방합니다.',
    contact: { department: '동반성장부', phone: '070-000-5114', email: 'testbed@komipo.example' } },
  { company: 'iwest', name: '협력연구개발', overview: '발전 현장의 기술 과제를 중소기업과 함께 연구·개발합니다.',
    contact: { department: '기술연구팀', phone: '041-000-2114', email: 'rnd@iwest.example' } },
  { company: 'doosan', name: '두산중공업 직무교육', overview: '국내 유일의 Plant 분야 기술교육 커리큘럼으로 중소기업 근로자의 직무 능력 향상을 돕는 무료 현장 맞춤형 교육입니다.',
    relatedUrl: 'https://academy.doosanheavy.example/', contact: { department: '동반성장팀', name: '박정호', phone: '055-000-6114', email: 'academy@doosanheavy.example' } },
  { company: 'autoever', name: '상생 판로지원', overview: '중소 IT 기업의 솔루션을 고객사와 그룹사에 소개하는 자리를 마련합니다.',
    contact: { department: '상생협력팀', phone: '02-000-1600', email: 'winwin@hyundai-autoever.example' } },
  { company: 'koen', name: '협력중소기업 판로지원', overview: '협력중소기업의 전시회 참가와 홍보를 지원합니다.',
    contact: { department: '동반성장부', phone: '070-000-8114', email: 'market@koenergy.example' } },
  { company: 'kospo', name: 'KOSPO 그린팩토리', overview: '중소기업 제조 현장의 에너지 효율과 작업 환경 개선을 컨설팅하고 지원합니다.',
    contact: { department: '상생협력부', phone: '070-000-7000', email: 'greenfactory@kospo.example' } },
  { company: 'icpa', name: '인천항 동반성장', overview: '인천항 협력기업과 함께 성장하기 위한 아이디어 발굴과 설비자금 지원 사업입니다.',
    contact: { department: '동반성장팀', phone: '032-000-5000', email: 'winwin@icpa.example' } },
  { company: 'naver', name: '네이버 파트너 스퀘어', overview: '중소기업이 네이버 플랫폼으로 사업 홍보와 판로 다변화를 추진하도록 교육·정보·콘텐츠·장비·공간을 제공합니다.',
    relatedUrl: 'https://partners.naver.example/', contact: { department: '파트너 스퀘어 운영팀', phone: '1588-0000', email: 'partnersquare@navercorp.example' } },
  { company: 'kto', name: '근로자 휴가지원 사업', overview: '기업과 정부가 함께 근로자의 국내 여행경비를 지원해 자유로운 휴가문화를 만듭니다.',
    relatedUrl: 'https://vacation.visitkorea.example/', contact: { department: '국민관광전략팀', phone: '033-000-3000', email: 'vacation@visitkorea.example' } },
  { company: 'samsung', name: '협력사 상생협력', overview: '삼성 관계사와 협력사의 기술교류와 스마트공장 구축을 지원합니다.',
    contact: { department: '상생협력센터', phone: '031-000-2000', email: 'winwin@samsung.example' } },
  { company: 'khnp', name: '원전 협력사 동반성장', overview: '원전 협력중소기업의 인력 양성과 채용을 지원합니다.',
    contact: { department: '동반성장부', phone: '054-000-2000', email: 'winwin@khnp.example' } },
]
