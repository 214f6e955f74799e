import { describe, expect, test } from 'vitest'
import { programTable, type ProgramTableRow } from '../../views/programTable'

const row = (over: Partial<ProgramTableRow> = {}): ProgramTableRow => ({
  url: '/programs/7/',
  title: '협력사 ESG 교육',
  phase: 'recruiting',
  company: { name: '한빛전자' },
  supportFieldLabel: '교육지원',
  targetScopeLabel: '협력사',
  applyStart: '2026-04-01',
  applyEnd: '2026-04-30',
  supportStart: '2026-05-01',
  supportEnd: '2026-06-30',
  applyOnline: true,
  ...over,
})

const cells = (markup: string, tag: 'th' | 'td') => [...markup.matchAll(new RegExp(`<${tag}[^>]*>(.*?)</${tag}>`, 'gs'))].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim())

describe('programTable', () => {
  test('the guide\'s columns, a captioned region for scrolling, one row per program in the given order', () => {
    const markup = programTable([row(), row({ url: '/programs/8/', title: '판로 상담회', phase: 'closed', applyOnline: false })], { caption: '한빛전자의 프로그램', id: 't' }).value
    expect(markup).toContain('<div class="table-scroll" role="region" aria-labelledby="t-caption" tabindex="0">')
    expect(markup).toContain('<caption id="t-caption">한빛전자의 프로그램</caption>')
    expect(cells(markup, 'th')).toEqual(['프로그램명', '기업명', '지원대상', '지원분야', '신청기간', '지원기간', '진행단계', '참여신청', '협력사 ESG 교육', '판로 상담회'])
    expect(cells(markup, 'td')).toEqual([
      '한빛전자', '협력사', '교육지원', '2026-04-01 ~ 2026-04-30', '2026-05-01 ~ 2026-06-30', '모집중', '신청',
      '한빛전자', '협력사', '교육지원', '2026-04-01 ~ 2026-04-30', '2026-05-01 ~ 2026-06-30', '종료', '공고',
    ])
    expect(markup).toContain('<a href="/programs/8/">판로 상담회</a>')
  })

  test('on a company\'s own page the 기업명 column is left out, in the head and in every row', () => {
    const markup = programTable([row()], { caption: 'c', id: 'company-programs', hideCompany: true }).value
    expect(cells(markup, 'th')).not.toContain('기업명')
    expect(cells(markup, 'td')).not.toContain('한빛전자')
    expect(cells(markup, 'td')).toHaveLength(6)
  })

  test('escapes every text it is given', () => {
    const markup = programTable([row({ title: '<script>alert(1)</script>', company: { name: 'A&B "기업"' } })], { caption: '<b>', id: 'x"y' }).value
    expect(markup).not.toContain('<script>')
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(markup).toContain('A&amp;B &quot;기업&quot;')
    expect(markup).toContain('<caption id="x&quot;y-caption">&lt;b&gt;</caption>')
  })
})
