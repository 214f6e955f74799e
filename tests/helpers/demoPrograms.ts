import { derivePhase, PHASE_LABELS } from '../../kernel/rules/phase'
import { labelOf, REGIONS, SUPPORT_FIELDS, TARGET_SCOPES } from '../../kernel/rules/valueLists'
import { BUSINESSES } from '../../seed/data/businesses'
import { COMPANIES } from '../../seed/data/companies'
import { PROGRAMS, type Period } from '../../seed/data/programs'
import { seedClock } from '../../seed/lib/time'
import type { PublicProgram } from '../../site/data/schema'
import { publicProgram } from './publicProgram'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The demo's approved programs (seed/data/programs) as the site loader would hand them to the
 * search index, without a database: their titles, texts, companies and businesses as written,
 * dated as the seed dates them on `now`.
 */
export function demoPrograms(now = new Date('2026-06-15T03:00:00Z')): PublicProgram[] {
  const clock = seedClock(now)
  return PROGRAMS.filter((fixture) => (fixture.review ?? 'approved') === 'approved').map((fixture, i) => {
    const period: Period = {
      applyStart: clock.day(fixture.apply[0]),
      applyEnd: clock.day(fixture.apply[1]),
      supportStart: clock.day(fixture.support[0]),
      supportEnd: clock.day(fixture.support[1]),
    }
    const business = BUSINESSES.find((b) => b.name === fixture.business)!
    const company = COMPANIES.find((c) => c.key === business.company)!
    const lines = typeof fixture.details === 'function' ? fixture.details(period) : fixture.details
    const phase = derivePhase({ reviewStatus: 'approved', ...period }, now)
    return publicProgram({
      id: `d${i + 1}`,
      url: `/programs/d${i + 1}/`,
      title: fixture.title(period),
      summary: fixture.summary,
      purpose: fixture.purpose,
      supportField: fixture.supportField,
      supportFieldLabel: labelOf(SUPPORT_FIELDS, fixture.supportField),
      targetScope: fixture.targetScope,
      targetScopeLabel: labelOf(TARGET_SCOPES, fixture.targetScope),
      ...period,
      regions: fixture.regions,
      regionLabels: fixture.regions.map((region) => labelOf(REGIONS, region)),
      detailsHtml: lines.map((line) => (line.startsWith('## ') ? `<h3>${escape(line.slice(3))}</h3>` : `<p>${escape(line)}</p>`)).join(''),
      eligibilityDetails: fixture.eligibilityDetails ?? null,
      howToApply: fixture.howToApply,
      notes: fixture.notes ?? null,
      phase: phase as PublicProgram['phase'],
      phaseLabel: PHASE_LABELS[phase].ko,
      company: { id: company.key, name: company.name },
      business: { id: business.name, name: business.name, relatedUrl: null },
      registeredOn: clock.day(fixture.created),
    })
  })
}
