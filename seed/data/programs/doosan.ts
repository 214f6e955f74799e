import type { ProgramFixture } from './types'
import { half, longDay, range, Y } from './format'

const ACADEMY = '두산중공업 직무교육'
const PLACE = '□ 장소: 두산중공업 창원 본사 기술교육원'
const APPLY = '상생누리에서 [신청] 버튼으로 신청해 주세요. 선정 결과는 신청 및 참여이력에서 확인할 수 있습니다.'

/** 두산중공업 직무교육 (프로그램 등록 사례 ②) beyond the two courses in the guide's table. */
export const DOOSAN_PROGRAMS: ProgramFixture[] = [
  {
    business: ACADEMY, stem: '협력사 품질관리 실무 과정',
    title: (p) => `${Y(p.applyStart)}년 협력사 품질관리 실무 과정`,
    supportField: 'education', targetScope: 'partners', regions: ['gyeongnam'], apply: [-6, 14], support: [21, 23], created: -9, applyOnline: true,
    summary: '두산중공업 협력사 품질 담당자를 위한 3일 과정입니다. 검사 기준, 측정 장비 관리, 부적합 원인 분석을 현장 사례로 배웁니다.',
    purpose: '협력사의 품질 수준을 높여 납품 불량을 줄이고 함께 경쟁력을 키웁니다.',
    details: (p) => ['## 교육 안내', `□ 일시: ${longDay(p.supportStart)} ~ ${longDay(p.supportEnd)}`, PLACE, '□ 강의: 검사 기준서 작성, 측정 장비 관리, 8D 부적합 분석', '□ 정원: 30명'],
    eligibilityDetails: '두산중공업 1·2차 협력사 임직원',
    howToApply: APPLY,
  },
  {
    business: ACADEMY, stem: '[교육] 도면해독 실무',
    title: (p) => `${Y(p.supportStart)}년 [교육] 도면해독 실무(${range(p.supportStart, p.supportEnd)})`,
    supportField: 'education', targetScope: 'open', regions: ['gyeongnam'], apply: [-170, -150], support: [-140, -139], created: -175, applyOnline: true,
    summary: '기계 도면의 투상법, 치수 공차, 기하 공차를 읽고 해석하는 2일 실습 과정입니다.',
    purpose: '중소기업 현장 인력이 도면을 정확히 읽어 가공 불량을 줄이도록 돕습니다.',
    details: (p) => ['## 교육 안내', `□ 일시: ${longDay(p.supportStart)} ~ ${longDay(p.supportEnd)}`, PLACE, '□ 강의: 투상법, 치수·기하 공차, 용접 기호'],
    howToApply: APPLY,
  },
  {
    business: ACADEMY, stem: '[교육] 용접 품질관리 기초',
    title: (p) => `${Y(p.supportStart)}년 [교육] 용접 품질관리 기초(${range(p.supportStart, p.supportEnd)})`,
    supportField: 'education', targetScope: 'open', regions: ['gyeongnam'], apply: [-420, -400], support: [-390, -388], created: -430, applyOnline: true,
    summary: '용접 절차서(WPS) 작성과 용접부 검사 방법을 배우는 3일 과정입니다.',
    purpose: '중소기업 용접 품질을 높여 플랜트 기자재의 신뢰성을 확보합니다.',
    details: (p) => ['## 교육 안내', `□ 일시: ${longDay(p.supportStart)} ~ ${longDay(p.supportEnd)}`, PLACE, '□ 강의: WPS·PQR 작성, 비파괴검사 기초, 용접 결함 사례'],
    howToApply: APPLY,
  },
  {
    business: ACADEMY, stem: '[교육] 설비 예방정비 실무',
    title: (p) => `${Y(p.applyStart)}년 ${half(p.applyStart)} [교육] 설비 예방정비 실무`,
    supportField: 'education', targetScope: 'open', regions: ['gyeongnam'], apply: [40, 60], support: [75, 77], created: -1, review: 'draft', applyOnline: true,
    summary: '생산 설비의 고장을 미리 막는 예방정비 계획과 점검 방법을 배우는 과정입니다. (작성 중)',
    purpose: '설비 고장으로 인한 생산 중단을 줄입니다.',
    details: ['## 교육 안내', '□ 일정과 강사는 확정 후 기재 예정'],
    howToApply: APPLY,
  },
  {
    business: ACADEMY, stem: '[교육] 기계설계 기초',
    title: (p) => `${Y(p.supportStart)}년 [교육] 기계설계 기초(${range(p.supportStart, p.supportEnd)})`,
    supportField: 'education', targetScope: 'open', regions: ['gyeongnam'], apply: [5, 20], support: [28, 29], created: -2, review: 'submitted', applyOnline: true,
    summary: '기계요소 설계와 3D CAD 모델링 기초를 배우는 2일 과정입니다. 교육비와 실습용 소프트웨어를 무료로 제공합니다.',
    purpose: '중소기업 설계 인력의 기초 역량을 높여 자체 설계 능력을 키웁니다.',
    details: (p) => ['## 교육 안내', `□ 일시: ${longDay(p.supportStart)} ~ ${longDay(p.supportEnd)}`, PLACE, '□ 강의: 기계요소 설계, 3D CAD 모델링 실습', '□ 정원: 20명'],
    howToApply: APPLY,
  },
  {
    business: ACADEMY, stem: '협력사 안전보건 관리자 교육',
    title: (p) => `${Y(p.applyStart)}년 협력사 안전보건 관리자 교육`,
    supportField: 'education', targetScope: 'partners', regions: ['gyeongnam'], apply: [10, 25], support: [30, 31], created: -4,
    review: 'changes-requested',
    reviewNote: '교육 프로그램은 일시·장소·강의명을 지원내용에 반드시 적어 주세요. 신청방법도 구체적으로 보완 부탁드립니다.',
    summary: '협력사 안전보건 관리자를 위한 교육입니다.',
    purpose: '협력사 현장의 산업재해를 예방합니다.',
    details: ['## 교육 안내', '□ 추후 안내'],
    howToApply: '추후 안내',
  },
]
