import { describe, expect, test } from 'vitest'
import {
  COMPANY_CATEGORIES,
  KSIC_SECTIONS,
  labelOf,
  PARTNER_TIERS,
  REGIONS,
  selectOptions,
  SUPPORT_FIELDS,
  TARGET_SCOPES,
  type Labelled,
} from '../../kernel/rules/valueLists'

const pairs = (items: Labelled[]) => items.map(({ value, ko }) => [value, ko])

describe('fixed value lists (SPEC "Fixed value lists" and "Collections")', () => {
  test('supportField: 10 fields', () => {
    expect(pairs(SUPPORT_FIELDS)).toEqual([
      ['finance', '금융지원'],
      ['technology', '기술지원'],
      ['education', '교육지원'],
      ['market', '판로지원'],
      ['consulting', '컨설팅지원'],
      ['patent', '특허지원'],
      ['hr', '인력지원'],
      ['overseas', '해외진출지원'],
      ['welfare', '복지지원'],
      ['etc', '기타지원'],
    ])
  })

  test('targetScope', () => {
    expect(pairs(TARGET_SCOPES)).toEqual([
      ['partners', '협력사 지원'],
      ['affiliates', '계열사 오픈'],
      ['partial', '부분 오픈'],
      ['open', '전체 오픈'],
    ])
  })

  test('regions: 전국 and the 17 시·도', () => {
    expect(pairs(REGIONS)).toEqual([
      ['nationwide', '전국'],
      ['seoul', '서울'],
      ['busan', '부산'],
      ['daegu', '대구'],
      ['incheon', '인천'],
      ['gwangju', '광주'],
      ['daejeon', '대전'],
      ['ulsan', '울산'],
      ['sejong', '세종'],
      ['gyeonggi', '경기'],
      ['gangwon', '강원'],
      ['chungbuk', '충북'],
      ['chungnam', '충남'],
      ['jeonbuk', '전북'],
      ['jeonnam', '전남'],
      ['gyeongbuk', '경북'],
      ['gyeongnam', '경남'],
      ['jeju', '제주'],
    ])
  })

  test('company category', () => {
    expect(pairs(COMPANY_CATEGORIES)).toEqual([
      ['large', '대기업'],
      ['public', '공공기관'],
      ['midsize', '중견기업'],
      ['sme', '중소기업'],
    ])
  })

  test('partner tiers', () => {
    expect(PARTNER_TIERS.map(({ value }) => value)).toEqual(['tier1', 'tier2', 'tier3'])
  })

  test('KSIC sections A–U with their Korean names', () => {
    expect(pairs(KSIC_SECTIONS)).toEqual([
      ['A', '농업, 임업 및 어업'],
      ['B', '광업'],
      ['C', '제조업'],
      ['D', '전기, 가스, 증기 및 공기 조절 공급업'],
      ['E', '수도, 하수 및 폐기물 처리, 원료 재생업'],
      ['F', '건설업'],
      ['G', '도매 및 소매업'],
      ['H', '운수 및 창고업'],
      ['I', '숙박 및 음식점업'],
      ['J', '정보통신업'],
      ['K', '금융 및 보험업'],
      ['L', '부동산업'],
      ['M', '전문, 과학 및 기술 서비스업'],
      ['N', '사업시설 관리, 사업 지원 및 임대 서비스업'],
      ['O', '공공 행정, 국방 및 사회보장 행정'],
      ['P', '교육 서비스업'],
      ['Q', '보건업 및 사회복지 서비스업'],
      ['R', '예술, 스포츠 및 여가관련 서비스업'],
      ['S', '협회 및 단체, 수리 및 기타 개인 서비스업'],
      ['T', '가구 내 고용활동 및 달리 분류되지 않은 자가 소비 생산활동'],
      ['U', '국제 및 외국기관'],
    ])
  })

  test.each([
    ['SUPPORT_FIELDS', SUPPORT_FIELDS],
    ['TARGET_SCOPES', TARGET_SCOPES],
    ['REGIONS', REGIONS],
    ['COMPANY_CATEGORIES', COMPANY_CATEGORIES],
    ['PARTNER_TIERS', PARTNER_TIERS],
    ['KSIC_SECTIONS', KSIC_SECTIONS],
  ] as [string, Labelled[]][])('%s: unique values, every entry has a Korean and an English label', (_name, items) => {
    expect(new Set(items.map((i) => i.value)).size).toBe(items.length)
    for (const item of items) {
      expect(item.ko.trim()).not.toBe('')
      expect(item.en.trim()).not.toBe('')
    }
  })
})

describe('selectOptions', () => {
  test('maps to Payload options with ko/en labels, in order', () => {
    expect(selectOptions(TARGET_SCOPES)).toEqual([
      { value: 'partners', label: { ko: '협력사 지원', en: 'Partners only' } },
      { value: 'affiliates', label: { ko: '계열사 오픈', en: 'Open to affiliates' } },
      { value: 'partial', label: { ko: '부분 오픈', en: 'Partly open' } },
      { value: 'open', label: { ko: '전체 오픈', en: 'Open to all SMEs' } },
    ])
  })

  test('empty list → no options', () => {
    expect(selectOptions([])).toEqual([])
  })
})

describe('labelOf', () => {
  test.each([
    [SUPPORT_FIELDS, 'market', '판로지원'],
    [SUPPORT_FIELDS, 'etc', '기타지원'],
    [REGIONS, 'jeju', '제주'],
    [REGIONS, 'nationwide', '전국'],
    [KSIC_SECTIONS, 'C', '제조업'],
    [TARGET_SCOPES, 'open', '전체 오픈'],
  ] as [Labelled[], string, string][])('known code %#: %s → %s', (items, value, ko) => {
    expect(labelOf(items, value)).toBe(ko)
  })

  test('an unknown code is shown as itself', () => {
    expect(labelOf(REGIONS, 'mars')).toBe('mars')
    expect(labelOf(KSIC_SECTIONS, 'c')).toBe('c') // codes are case-sensitive
  })

  test('null/undefined → empty string', () => {
    expect(labelOf(REGIONS, null)).toBe('')
    expect(labelOf(REGIONS, undefined)).toBe('')
  })
})
