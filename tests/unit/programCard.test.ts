// @vitest-environment happy-dom
/**
 * One program card: the lists' card (views/programCard.ts, also the Nunjucks shortcode) and the
 * card the browser builds from a search result (site/client/resultCard.ts) must be the same
 * markup, so one stylesheet rule serves both and a reader sees no difference between the static
 * list and search results.
 */
import { describe, expect, it } from 'vitest'
import { programSearchRecord } from '../../site/search/indexPrograms'
import { resultCard } from '../../site/client/resultCard'
import { listedProgramCard, period, phaseBadge, programCard } from '../../views/programCard'
import { publicProgram } from '../helpers/publicProgram'

/** Markup as a browser reads it: parsed, then serialised, with whitespace between tags dropped. */
function normalised(markup: string): string {
  const box = document.createElement('div')
  box.innerHTML = markup
  return box.innerHTML.replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim()
}

function searchCard(program: ReturnType<typeof publicProgram>): string {
  const record = programSearchRecord(program)
  return resultCard({ url: record.url, meta: record.meta }, 3).innerHTML
}

describe('program card', () => {
  it('is the same markup in the static list and in search results', () => {
    const program = publicProgram({ title: '2026 <수출> 바우처 & 컨설팅', summary: '해외 판로 "개척" 지원' })
    expect(normalised(searchCard(program))).toBe(normalised(listedProgramCard(program).value))
  })

  it('is the same without a summary', () => {
    const program = publicProgram({ summary: '' })
    expect(normalised(searchCard(program))).toBe(normalised(listedProgramCard(program).value))
    expect(listedProgramCard(program).value).not.toContain('program-card__summary')
  })

  it('escapes what companies type', () => {
    const card = listedProgramCard(publicProgram({ title: '<img src=x onerror=alert(1)>' })).value
    expect(card).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(card).not.toContain('<img')
  })

  it('shows the 진행단계 label and the period as Seoul days', () => {
    expect(phaseBadge('recruiting').value).toBe('<span class="phase phase--recruiting">모집중</span>')
    expect(period('2026-04-01', '2026-04-30').value).toBe('<time datetime="2026-04-01">2026-04-01</time> ~ <time datetime="2026-04-30">2026-04-30</time>')
  })

  it('carries a footer after its text (the member page’s 신청하기)', () => {
    const card = programCard({ url: '/programs/1/', title: 't', phase: 'recruiting', companyName: 'c', facts: [], footer: phaseBadge('closed') }).value
    expect(normalised(card)).toMatch(/<\/dl><span class="phase phase--closed">종료<\/span><\/article>$/)
  })
})
