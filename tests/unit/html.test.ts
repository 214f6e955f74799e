import { describe, expect, test } from 'vitest'
import { escapeHtml, html, raw } from '../../kernel/web/html'
import { programPage } from '../../site/programs/programPage'
import { publicProgram } from '../helpers/publicProgram'

describe('html tagged template', () => {
  test('escapes every interpolated value', () => {
    expect(html`<p title="${'"x" & \'y\''}">${'<script>alert(1)</script>'}</p>`.value).toBe(
      '<p title="&quot;x&quot; &amp; &#39;y&#39;">&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    )
  })
  test('leaves raw() and nested html as they are, joins arrays, drops null, undefined and booleans', () => {
    const items = ['가', '<나>'].map((x) => html`<li>${x}</li>`)
    expect(html`<ul>${items}</ul>${raw('<b>굵게</b>')}${null}${undefined}${false}${true}`.value).toBe('<ul><li>가</li><li>&lt;나&gt;</li></ul><b>굵게</b>')
  })
  test('escapeHtml handles the five characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;')
  })
})

describe('programPage', () => {
  test('escapes what a company admin typed and keeps the sanitised rich text', () => {
    const page = programPage(
      publicProgram({ title: '2026년 <img src=x onerror=alert(1)> 교육', notes: '"따옴표" & 기타', detailsHtml: '<p><strong>지원내용</strong></p>' }),
      '/companies/1/',
    ).value
    expect(page).toContain('2026년 &lt;img src=x onerror=alert(1)&gt; 교육')
    expect(page).not.toContain('<img src=x')
    expect(page).toContain('&quot;따옴표&quot; &amp; 기타')
    expect(page).toContain('<div class="prose"><p><strong>지원내용</strong></p></div>')
    expect(page).toContain('<a href="/companies/1/">')
  })
  test('a company without a public page is named without a link', () => {
    expect(programPage(publicProgram(), null).value).not.toContain('href="/companies/')
  })
  test('a recruiting program that takes applications online links to its apply page; others do not', () => {
    const link = (page: string) => /<a class="button" href="([^"]+)">상생누리에서 신청하기/.exec(page)?.[1]
    expect(link(programPage(publicProgram({ id: '42', url: '/programs/42/' }), null).value)).toBe('/programs/42/apply/')
    expect(link(programPage(publicProgram({ applyOnline: false }), null).value)).toBeUndefined()
    expect(link(programPage(publicProgram({ phase: 'upcoming', phaseLabel: '예정' }), null).value)).toBeUndefined()
    expect(link(programPage(publicProgram({ phase: 'in-progress', phaseLabel: '진행중' }), null).value)).toBeUndefined()
    expect(programPage(publicProgram(), null).value).not.toContain('/admin/login')
  })
})
