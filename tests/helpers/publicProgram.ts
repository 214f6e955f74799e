import { programSchema, type PublicProgram } from '../../site/data/schema'

/**
 * A public program as the site loader hands it to templates and feeds. Parsed through the
 * real schema so a fixture can never drift from what the site actually accepts.
 */
export function publicProgram(overrides: Partial<PublicProgram> = {}): PublicProgram {
  const id = overrides.id ?? 'p1'
  return programSchema.parse({
    id,
    url: `/programs/${id}/`,
    title: '협력사 스마트공장 구축 지원',
    summary: '중소 협력사의 스마트공장 도입을 돕습니다.',
    purpose: '생산성 향상',
    supportField: 'technology',
    supportFieldLabel: '기술지원',
    targetScope: 'open',
    targetScopeLabel: '전체 오픈',
    applyStart: '2026-04-01',
    applyEnd: '2026-04-30',
    supportStart: '2026-05-01',
    supportEnd: '2026-12-31',
    regions: ['seoul', 'gyeonggi'],
    regionLabels: ['서울', '경기'],
    contact: { department: '상생협력팀', name: '김상생', phone: '02-1234-5678', email: 'kim@example.kr' },
    applyOnline: true,
    detailsHtml: '<p>세부 내용</p>',
    eligibilityDetails: null,
    howToApply: null,
    notes: null,
    attachments: [],
    phase: 'recruiting',
    phaseLabel: '모집중',
    company: { id: 'c1', name: '한빛전자' },
    business: { id: 'b1', name: '한빛 동반성장 사업', relatedUrl: null },
    registeredOn: '2026-03-15',
    updatedAt: '2026-03-15T03:00:00.000Z',
    ...overrides,
  })
}
