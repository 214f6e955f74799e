import type { Payload } from 'payload'
import { REGIONS, SUPPORT_FIELDS } from '../kernel/rules/valueLists'
import { TOPICS } from './data/synthetic'
import { refuseInProduction } from './lib/context'
import { prng, type Prng } from './lib/prng'
import { richText, type RichText } from './lib/richText'
import { seedClock, yearOf, type SeedClock } from './lib/time'

export type SyntheticOptions = {
  count: number
  now?: Date
  /** PRNG seed: the same seed and day give the same programs (default 1114) */
  seed?: number
  log?: (line: string) => void
}

const FIELDS = SUPPORT_FIELDS.map((f) => f.value)
const SCOPES = ['open', 'partners', 'partial', 'affiliates'] as const
const LOCAL_REGIONS = REGIONS.map((r) => r.value).filter((r) => r !== 'nationwide')
// Roughly the guide's mix: 681 of 1114 programs open to all; most programs already over.
const SCOPE_WEIGHTS = { open: 61, partners: 24, partial: 10, affiliates: 5 }
const STATE_WEIGHTS = { closed: 55, 'in-progress': 12, recruiting: 15, upcoming: 6, draft: 4, submitted: 5, 'changes-requested': 3 }

type Offsets = { applyStart: number; applyEnd: number; supportStart: number; supportEnd: number }

/** Day offsets (from today) that put a program in the wanted 진행단계. */
function offsetsFor(state: string, rng: Prng): Offsets {
  if (state === 'closed') {
    const supportEnd = -rng.int(1, 520)
    const supportStart = supportEnd - rng.int(0, 180)
    const applyEnd = supportStart - rng.int(0, 20)
    return { applyStart: applyEnd - rng.int(7, 45), applyEnd, supportStart, supportEnd }
  }
  if (state === 'in-progress') {
    const applyEnd = -rng.int(1, 60)
    const supportStart = applyEnd + rng.int(0, 10)
    return { applyStart: applyEnd - rng.int(7, 45), applyEnd, supportStart, supportEnd: Math.max(rng.int(1, 200), supportStart + 1) }
  }
  const applyStart = state === 'upcoming' ? rng.int(1, 45) : -rng.int(0, 30)
  const applyEnd = state === 'upcoming' ? applyStart + rng.int(7, 30) : rng.int(0, 40)
  const supportStart = applyEnd + rng.int(1, 20)
  return { applyStart, applyEnd, supportStart, supportEnd: supportStart + rng.int(0, 200) }
}

type Shared = { clock: SeedClock; businesses: { id: number | string }[]; adminId?: number | string; details: Record<string, RichText> }

/** The i-th synthetic program: its data and the day it counts as registered. */
function syntheticProgram(i: number, rng: Prng, { clock, businesses, adminId, details }: Shared) {
  const business = rng.pick(businesses)
  // Cycle through the lists first so even a small count covers every value.
  const field = i < FIELDS.length ? FIELDS[i] : rng.pick(FIELDS)
  const scope = i < SCOPES.length ? SCOPES[i] : rng.weighted(SCOPE_WEIGHTS)
  const state = rng.weighted(STATE_WEIGHTS)
  const regions = i < LOCAL_REGIONS.length ? [LOCAL_REGIONS[i]]
    : rng.next() < 0.5 ? ['nationwide'] : [...new Set([rng.pick(LOCAL_REGIONS), rng.pick(LOCAL_REGIONS)])]
  const o = offsetsFor(state, rng)
  const created = Math.min(o.supportEnd, Math.max(-540, Math.min(0, o.applyStart - rng.int(1, 20))))
  const registeredOn = clock.day(created)
  const review = ['draft', 'submitted', 'changes-requested'].includes(state) ? state : 'approved'
  const topic = rng.pick(TOPICS[field].topics)
  const createdAt = clock.instant(registeredOn, 9 + (i % 8))
  const reviewed = review === 'approved' || review === 'changes-requested'
  const reviewedAt = reviewed ? clock.instant(clock.day(Math.min(0, created + rng.int(1, 5))), 16) : undefined
  const data = {
    business: business.id,
    title: `${yearOf(clock.day(o.applyStart))}년 ${topic} (${(i % 9) + 1}차)`,
    summary: TOPICS[field].summary,
    purpose: TOPICS[field].purpose,
    supportField: field,
    targetScope: scope,
    applyStart: clock.day(o.applyStart), applyEnd: clock.day(o.applyEnd), supportStart: clock.day(o.supportStart), supportEnd: clock.day(o.supportEnd),
    regions,
    contact: { department: '동반성장팀', phone: `02-000-${String(1000 + (i % 9000)).padStart(4, '0')}` },
    applyOnline: rng.next() < 0.3,
    details: details[field],
    howToApply: '신청서와 사업자등록증 사본을 담당자 이메일로 제출해 주세요.',
    ...(scope === 'partial' ? { eligibility: { industries: [rng.pick(['C', 'J', 'M', 'F'])], categories: ['sme'], tiers: ['tier1', 'tier2'] } } : {}),
    reviewStatus: review,
    ...(review === 'changes-requested' ? { reviewNote: '신청기간과 지원내용을 구체적으로 보완해 주세요.' } : {}),
    createdAt,
    ...(review !== 'draft' ? { submittedAt: createdAt } : {}),
    ...(reviewed ? { reviewedAt, reviewedBy: adminId } : {}),
    ...(review === 'approved' ? { approvedAt: reviewedAt } : {}),
  }
  return { data, registeredOn }
}

/**
 * Adds `count` realistic programs spread over the existing businesses (seed the demo first),
 * every support field, scope and region, mostly approved, for benchmarks. Deterministic for
 * a given seed and day. Trusted writes skip per-user work, and no transaction wraps each
 * write (on SQLite a commit per program measured about 40% slower).
 */
export async function seedSyntheticPrograms(payload: Payload, options: SyntheticOptions): Promise<{ created: number }> {
  refuseInProduction('The synthetic seed')
  const { count, log = () => {} } = options
  const clock = seedClock(options.now ?? new Date())
  const rng = prng(options.seed ?? 1114)
  const { docs: businesses } = await payload.find({ collection: 'businesses', pagination: false, depth: 0, overrideAccess: true, sort: 'id' })
  if (businesses.length === 0) throw new Error('No businesses yet: run seedDemo (npm run seed) before adding synthetic programs.')
  const admin = (await payload.find({ collection: 'users', where: { role: { equals: 'platform-admin' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  const details = Object.fromEntries(FIELDS.map((f) => [f, richText(['## 지원내용', TOPICS[f].detail, '□ 신청자격과 제출서류는 첨부 공고문을 확인해 주세요.'])]))
  const shared: Shared = { clock, businesses, adminId: admin?.id, details }
  const started = Date.now()

  for (let i = 0; i < count; i++) {
    const { data, registeredOn } = syntheticProgram(i, rng, shared)
    await payload.create({
      collection: 'programs',
      data: data as never,
      overrideAccess: true,
      context: { trustedWrite: true, skipSiteRebuild: true, registeredOn },
      depth: 0,
      select: { reviewStatus: true },
      disableTransaction: true,
    })
    if ((i + 1) % 500 === 0 || i + 1 === count) log(`synthetic programs: ${i + 1}/${count} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  }
  return { created: count }
}
