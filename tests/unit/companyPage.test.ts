/**
 * A participating company's page (site/companies/companyPage.ts): the facts a reader sees, the
 * program table or the empty state, the partner guide when there is one, text escaped and the
 * guide's rich text kept as HTML.
 */
import { describe, expect, test } from 'vitest'
import { companyContent, companyDescription } from '../../site/companies/companyPage'
import type { PublicCompany, PublicGuide } from '../../site/data/schema'
import { demoPrograms } from '../helpers/demoPrograms'

const company = (over: Partial<PublicCompany> = {}): PublicCompany => ({
  id: '7', url: '/companies/7/', name: '한빛전자', group: null, category: 'large', categoryLabel: '대기업', industry: 'manufacturing', industryLabel: '제조업',
  industryDetail: null, homepage: null, contactEmail: null, logo: null, programCount: 0, ...over,
})
const guide = (over: Partial<PublicGuide> = {}): PublicGuide => ({
  id: '3', company: { id: '7', name: '한빛전자', url: '/companies/7/' } as PublicGuide['company'], title: '협력사 등록 절차', industryLabel: '제조업',
  howHtml: '<p>등록 사이트에서 <strong>신청</strong>하세요.</p>', registrationUrl: 'https://partner.hanbit.example/', logo: null, updatedAt: '2026-12-01', ...over,
})
const text = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
const facts = (markup: string) => Object.fromEntries([...markup.matchAll(/<div><dt>([^<]+)<\/dt><dd>([\s\S]*?)<\/dd><\/div>/g)].map((m) => [m[1], text(m[2]!).trim()]))

describe('companyContent', () => {
  test('the facts: a homepage wins over the e-mail, the 업종 detail only when it says more, 기업집단 when there is one', () => {
    const withSite = companyContent(company({ homepage: 'https://hanbit.example/', contactEmail: 'x@hanbit.example', industryDetail: '전자부품', group: '한빛그룹' }), [], null, null).value
    expect(facts(withSite)).toEqual({ 기업명: '한빛전자', 기업분류: '대기업', 업종: '제조업 (전자부품)', 기업집단: '한빛그룹', 홈페이지: 'https://hanbit.example/', '공개 프로그램': '0개' })
    const withMail = companyContent(company({ contactEmail: 'x@hanbit.example', industryDetail: '제조업' }), [], null, null).value
    expect(facts(withMail)).toEqual({ 기업명: '한빛전자', 기업분류: '대기업', 업종: '제조업', 연락처: 'x@hanbit.example', '공개 프로그램': '0개' })
    expect(withMail).toContain('<a href="mailto:x@hanbit.example">')
  })

  test('its programs as the table without the 기업명 column, or the empty state', () => {
    const programs = demoPrograms().slice(0, 2)
    const listed = companyContent(company(), programs, null, null).value
    expect(listed).toContain('<caption id="company-programs-caption">한빛전자의 상생협력 프로그램 (모집중 먼저, 신청 마감순)</caption>')
    for (const program of programs) expect(listed).toContain(`<a href="${program.url}">`)
    expect(text(listed)).toContain('상생협력 프로그램 2개')
    expect(text(companyContent(company(), [], null, null).value)).toContain('지금 공개된 프로그램이 없습니다.')
  })

  test('the partner guide: its rich text as HTML, the registration link; no title line when the title is empty', () => {
    const withGuide = companyContent(company(), [], guide(), null).value
    expect(withGuide).toContain('<div class="prose"><p>등록 사이트에서 <strong>신청</strong>하세요.</p></div>')
    expect(withGuide).toContain('<a class="button" href="https://partner.hanbit.example/" rel="external noopener">한빛전자 협력사 등록 사이트로 이동</a>')
    expect(withGuide).toContain('<strong>협력사 등록 절차</strong> <span class="muted">· 제조업</span>')
    expect(companyContent(company(), [], guide({ title: '' }), null).value).not.toContain('partner-guide__title')
    expect(companyContent(company(), [], null, null).value).not.toContain('partner-guide')
  })

  test("text is escaped, the logo's markup is not", () => {
    const markup = companyContent(company({ name: '<script>alert(1)</script>', homepage: 'https://x.example/?a=1&b="2"' }), [], null, '<picture class="company-logo"></picture>').value
    expect(markup).not.toContain('<script>')
    expect(markup).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>')
    expect(markup).toContain('href="https://x.example/?a=1&amp;b=&quot;2&quot;"')
    expect(markup).toContain('<div class="company-header__logo"><picture class="company-logo"></picture></div>')
    expect(companyDescription(company())).toBe('한빛전자(대기업)의 상생협력 프로그램과 협력사 등록 안내')
  })
})
