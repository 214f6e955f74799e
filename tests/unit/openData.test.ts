import { describe, expect, test } from 'vitest'
import { programsToOpenData } from '../../site/feeds/openData'
import { publicProgram } from '../helpers/publicProgram'

const opts = { siteUrl: 'https://winwin.example.kr/', generatedAt: '2026-04-15T03:34:56.000Z' }

/** Every key path of a value, array elements written as `[]`, leaves only. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => keyPaths(item, `${prefix}[]`))
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key))
  }
  return [prefix]
}

describe('programsToOpenData', () => {
  const programs = [
    publicProgram({ id: 'p1' }),
    publicProgram({ id: 'p2', url: '/programs/p2/', regions: ['nationwide'], regionLabels: ['전국'], applyOnline: false }),
  ]
  const data = programsToOpenData(programs, opts)

  test('describes itself', () => {
    expect(Object.keys(data).sort()).toEqual(
      ['count', 'description', 'fields', 'generatedAt', 'license', 'licenseUrl', 'programs', 'source', 'title'].sort(),
    )
    expect(data.title).toMatch(/상생누리/)
    expect(data.license).toMatch(/공공누리/)
    expect(data.licenseUrl).toMatch(/^https:\/\//)
    expect(data.source).toBe('https://winwin.example.kr/')
    expect(data.generatedAt).toBe(opts.generatedAt)
    expect(data.count).toBe(2)
    expect(data.programs).toHaveLength(2)
    for (const field of data.fields) {
      expect(Object.keys(field).sort()).toEqual(['description', 'name'])
      expect(field.description.length).toBeGreaterThan(0)
    }
  })

  test('each record has exactly the documented fields, no more and no fewer', () => {
    const documented = data.fields.map((field) => field.name).sort()
    expect(new Set(documented).size).toBe(documented.length)
    for (const record of data.programs) {
      expect([...new Set(keyPaths(record))].sort()).toEqual(documented)
    }
  })

  test('maps a program', () => {
    expect(data.programs[1]).toEqual({
      id: 'p2',
      url: 'https://winwin.example.kr/programs/p2/',
      title: '협력사 스마트공장 구축 지원',
      summary: '중소 협력사의 스마트공장 도입을 돕습니다.',
      purpose: '생산성 향상',
      company: { id: 'c1', name: '한빛전자' },
      businessName: '한빛 동반성장 사업',
      supportField: { code: 'technology', label: '기술지원' },
      targetScope: { code: 'open', label: '전체 오픈' },
      applyStart: '2026-04-01',
      applyEnd: '2026-04-30',
      supportStart: '2026-05-01',
      supportEnd: '2026-12-31',
      regions: [{ code: 'nationwide', label: '전국' }],
      phase: { code: 'recruiting', label: '모집중' },
      applyOnline: false,
      contact: { department: '상생협력팀', phone: '02-1234-5678' },
      registeredOn: '2026-03-15',
    })
    expect(data.programs[0].regions).toEqual([
      { code: 'seoul', label: '서울' },
      { code: 'gyeonggi', label: '경기' },
    ])
  })

  test('leaves out the contact person, e-mail and page-only content', () => {
    const json = JSON.stringify(data)
    expect(json).not.toContain('김상생')
    expect(json).not.toContain('kim@example.kr')
    expect(json).not.toContain('detailsHtml')
    expect(json).not.toContain('세부 내용')
  })

  test('survives JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data)
  })

  test('an empty list is a valid, empty data set', () => {
    const empty = programsToOpenData([], opts)
    expect(empty.count).toBe(0)
    expect(empty.programs).toEqual([])
    expect(empty.fields).toEqual(data.fields)
  })
})
