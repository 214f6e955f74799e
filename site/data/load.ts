/**
 * Everything the public site shows, read through Payload's Local API in the same process (no
 * HTTP round trip, no credentials) and parsed by the schema before a template sees it.
 *
 * Public collections are read as an anonymous visitor (`overrideAccess: false`, no user), so
 * the collections' own read rules decide what is public: approved programs, published card
 * news and guides, sent newsletters, and only the fields anyone may read.
 */
import path from 'node:path'
import type { Payload, Where } from 'payload'
import type { CardNew, Company, Media, Newsletter, PartnerGuide, Program } from '../../kernel/payload-types'
import { DATA_DIR } from '../../kernel/settings/env'
import { kstDate, kstToday } from '../../kernel/rules/dates'
import { derivePhase, PHASE_LABELS } from '../../kernel/rules/phase'
import { computeStats, type StatsProgram } from '../../kernel/rules/stats'
import { COMPANY_CATEGORIES, KSIC_SECTIONS, labelOf, REGIONS, SUPPORT_FIELDS, TARGET_SCOPES, CARD_NEWS_CATEGORIES } from '../../kernel/rules/valueLists'
import { homepageOf, safeWebAddress } from '../../kernel/rules/webAddress'
import { richTextToHtml } from './richText'
import { z } from 'zod'
import { programSchema, siteDataSchema, type PublicProgram, type SiteData, type SiteImage } from './schema'
import { companyPath, newsletterPath, newsPath, programPath } from '../../kernel/web/urls'
import { isOperatorCategory } from '../../kernel/rules/operators'

export type LoadOptions = { now?: Date; siteUrl: string }

type Id = string | number
const key = (value: Id | { id: Id } | null | undefined): string | null =>
  value == null ? null : String(typeof value === 'object' ? value.id : value)

type PublicSlug = 'programs' | 'companies' | 'media' | 'partner-guides' | 'card-news' | 'newsletters'

async function readPublic<T>(payload: Payload, collection: PublicSlug, where?: Where, select?: Record<string, true>): Promise<T[]> {
  const { docs } = await payload.find({ collection, where, select, depth: 0, pagination: false, overrideAccess: false })
  return docs as T[]
}

/** The program fields a public page shows (reading fewer columns makes the largest query faster). */
const PROGRAM_FIELDS = Object.fromEntries(
  ['title', 'summary', 'purpose', 'supportField', 'targetScope', 'applyStart', 'applyEnd', 'supportStart', 'supportEnd', 'regions', 'contact',
    'applyOnline', 'details', 'eligibilityDetails', 'howToApply', 'notes', 'attachments', 'business', 'company', 'reviewStatus', 'approvedAt',
    'createdAt', 'updatedAt'].map((field) => [field, true as const]),
)

function imageOf(media: Media | undefined, alt: string | null | undefined): SiteImage | null {
  if (!media?.filename || !media.mimeType?.startsWith('image/')) return null
  return { file: path.join(DATA_DIR, 'media', media.filename), alt: alt ?? media.alt ?? '', width: media.width ?? null, height: media.height ?? null }
}

const trimmed = (value: string | null | undefined): string | null => (value && value.trim() ? value.trim() : null)

/** The raw documents one site build reads, before they are mapped to view models. */
export type SiteSources = {
  programs: Program[]
  companies: Company[]
  media: Media[]
  guides: PartnerGuide[]
  cardNews: CardNew[]
  newsletters: Newsletter[]
  businesses: BusinessRef[]
}
type BusinessRef = { id: Id; name?: string; relatedUrl?: string | null }

/** Approved programs as the public reads them; `ids` narrows to those (an incremental publish). */
async function readPrograms(payload: Payload, ids?: Id[]): Promise<Program[]> {
  const approved: Where = { reviewStatus: { equals: 'approved' } }
  return readPublic<Program>(payload, 'programs', ids ? { and: [approved, { id: { in: ids } }] } : approved, PROGRAM_FIELDS)
}

/**
 * Businesses are not public records, but a public program shows its business's name and
 * link: read just those fields, just for the businesses of these programs.
 */
async function readBusinesses(payload: Payload, programs: Program[]): Promise<BusinessRef[]> {
  const businessIds = [...new Set(programs.map((p) => key(p.business)).filter((id): id is string => id !== null))]
  if (!businessIds.length) return []
  const { docs } = await payload.find({ collection: 'businesses', where: { id: { in: businessIds } }, select: { name: true, relatedUrl: true }, depth: 0, pagination: false, overrideAccess: true })
  return docs as BusinessRef[]
}

export async function readSiteSources(payload: Payload): Promise<SiteSources> {
  const [programs, companies, media, guides, cardNews, newsletters] = await Promise.all([
    readPrograms(payload),
    readPublic<Company>(payload, 'companies'),
    readPublic<Media>(payload, 'media'),
    readPublic<PartnerGuide>(payload, 'partner-guides', { published: { equals: true } }),
    readPublic<CardNew>(payload, 'card-news', { status: { equals: 'published' } }),
    readPublic<Newsletter>(payload, 'newsletters', { status: { equals: 'sent' } }),
  ])
  return { programs, companies, media, guides, cardNews, newsletters, businesses: await readBusinesses(payload, programs) }
}

/** The given programs as the public reads them now (those no longer public are simply absent), with their businesses. */
export async function readProgramSources(payload: Payload, ids: Id[]): Promise<Pick<SiteSources, 'programs' | 'businesses'>> {
  const programs = ids.length ? await readPrograms(payload, ids) : []
  return { programs, businesses: await readBusinesses(payload, programs) }
}

export async function loadSiteData(payload: Payload, options: LoadOptions): Promise<SiteData> {
  return assembleSiteData(await readSiteSources(payload), options)
}

/** What mapping one program needs besides the program: the records it refers to, and the clock. */
export type ProgramContext = { now: Date; companyById: Map<string, Company>; mediaById: Map<string, Media>; businessById: Map<string, BusinessRef> }

export function programContext(sources: Pick<SiteSources, 'companies' | 'media' | 'businesses'>, now: Date): ProgramContext {
  return {
    now,
    companyById: new Map(sources.companies.map((c) => [String(c.id), c])),
    mediaById: new Map(sources.media.map((m) => [String(m.id), m])),
    businessById: new Map(sources.businesses.map((b) => [String(b.id), b])),
  }
}

/**
 * One approved program as the site shows it, or null when it must not be on the site: its
 * company is not readable (a dangling reference) or its 진행단계 is not public.
 */
export function toPublicProgram(p: Program, { now, companyById, mediaById, businessById }: ProgramContext): PublicProgram | null {
  const companyDoc = companyById.get(key(p.company) ?? '')
  const company = companyDoc ? { id: String(companyDoc.id), name: companyDoc.name } : null
  const phase = derivePhase(p, now)
  if (!company || phase === 'draft' || phase === 'submitted' || phase === 'changes-requested') return null
  const business = businessById.get(key(p.business) ?? '')
  return {
    id: String(p.id),
    url: programPath(p.id),
    title: p.title,
    summary: p.summary,
    purpose: p.purpose,
    supportField: p.supportField,
    supportFieldLabel: labelOf(SUPPORT_FIELDS, p.supportField),
    targetScope: p.targetScope,
    targetScopeLabel: labelOf(TARGET_SCOPES, p.targetScope),
    applyStart: kstDate(p.applyStart),
    applyEnd: kstDate(p.applyEnd),
    supportStart: kstDate(p.supportStart),
    supportEnd: kstDate(p.supportEnd),
    regions: p.regions,
    regionLabels: p.regions.map((r) => labelOf(REGIONS, r)),
    contact: {
      department: p.contact?.department ?? '',
      name: trimmed(p.contact?.name),
      phone: p.contact?.phone ?? '',
      email: trimmed(p.contact?.email),
    },
    applyOnline: p.applyOnline === true,
    detailsHtml: richTextToHtml(p.details),
    eligibilityDetails: trimmed(p.eligibilityDetails),
    howToApply: trimmed(p.howToApply),
    notes: trimmed(p.notes),
    attachments: (p.attachments ?? []).flatMap((a) => {
      const file = mediaById.get(key(a) ?? '')
      return file?.url && file.filename ? [{ url: file.url, filename: file.filename, mimeType: file.mimeType ?? null, filesize: file.filesize ?? null }] : []
    }),
    phase,
    phaseLabel: PHASE_LABELS[phase].ko,
    company,
    business: { id: key(p.business) ?? '', name: business?.name ?? '', relatedUrl: safeWebAddress(business?.relatedUrl) },
    registeredOn: kstDate(p.approvedAt ?? p.createdAt),
    updatedAt: p.updatedAt,
  } as PublicProgram
}

/** What the 통계 count of one approved program (kernel/rules/stats.ts). */
export function statsInputOf(p: Program): StatsProgram {
  return {
    reviewStatus: p.reviewStatus,
    targetScope: p.targetScope,
    applyStart: p.applyStart,
    applyEnd: p.applyEnd,
    supportEnd: p.supportEnd,
    approvedAt: p.approvedAt ?? null,
    createdAt: p.createdAt,
    company: key(p.company) ?? '',
  }
}

/**
 * The site's view models from its sources. `programs` are the already-mapped public programs
 * and `statsPrograms` what the 통계 count (every approved program); both default to mapping
 * `sources.programs`, and an incremental publish passes its own, patched.
 */
export function assembleSiteData(
  sources: SiteSources,
  { now = new Date(), siteUrl }: LoadOptions,
  mapped?: { programs: PublicProgram[]; statsPrograms: StatsProgram[] },
): SiteData {
  const context = programContext(sources, now)
  const { companyById, mediaById } = context
  const programs = mapped?.programs ?? sources.programs.flatMap((p) => toPublicProgram(p, context) ?? [])
  const statsPrograms = mapped?.statsPrograms ?? sources.programs.map(statsInputOf)
  const programCount = new Map<string, number>()
  for (const p of statsPrograms) {
    if (p.company) programCount.set(p.company, (programCount.get(p.company) ?? 0) + 1)
  }
  const guideCompanies = new Set(sources.guides.map((g) => key(g.company)))
  // Participating operators: only 대기업 and 공공기관 with a program or a guide get a public company page.
  const operators = sources.companies.filter((c) => isOperatorCategory(c.category) && (programCount.has(String(c.id)) || guideCompanies.has(String(c.id))))
  const operatorIds = new Set(operators.map((c) => String(c.id)))

  const data = {
    generatedAt: now.toISOString(),
    today: kstToday(now),
    siteUrl,
    programs,
    companies: operators.map((c) => {
      // Only a link the URL rule allows, whatever is stored (kernel/rules/webAddress.ts).
      const homepage = homepageOf(c.homepage)
      return {
        id: String(c.id),
        url: companyPath(c.id),
        name: c.name,
        group: trimmed(c.group),
        category: c.category,
        categoryLabel: labelOf(COMPANY_CATEGORIES, c.category),
        industry: c.industry,
        industryLabel: labelOf(KSIC_SECTIONS, c.industry),
        industryDetail: trimmed(c.industryDetail),
        homepage: homepage?.kind === 'url' ? homepage.href : null,
        contactEmail: homepage?.kind === 'email' ? homepage.address : null,
        logo: imageOf(mediaById.get(key(c.logo) ?? ''), `${c.name} 로고`),
        programCount: programCount.get(String(c.id)) ?? 0,
      }
    }),
    guides: sources.guides.flatMap((g) => {
      const company = companyById.get(key(g.company) ?? '')
      if (!company || !operatorIds.has(String(company.id))) return []
      return [{
        id: String(g.id),
        company: { id: String(company.id), name: company.name, url: companyPath(company.id) },
        title: g.title,
        industryLabel: g.industryLabel,
        howHtml: richTextToHtml(g.howToBecomeSupplier),
        registrationUrl: safeWebAddress(g.registrationUrl),
        logo: imageOf(mediaById.get(key(company.logo) ?? ''), `${company.name} 로고`),
        updatedAt: g.updatedAt,
      }]
    }),
    cardNews: sources.cardNews.map((n) => {
      const source = companyById.get(key(n.sourceCompany) ?? '')
      return {
        id: String(n.id),
        url: newsPath(n.id),
        title: n.title,
        category: n.category,
        categoryLabel: labelOf(CARD_NEWS_CATEGORIES, n.category),
        cards: (n.cards ?? []).flatMap((card) => {
          const image = imageOf(mediaById.get(key(card.image) ?? ''), card.alt)
          return image ? [image] : []
        }),
        bodyHtml: richTextToHtml(n.body),
        sourceCompany: source ? { id: String(source.id), name: source.name } : null,
        publishedOn: kstDate(n.publishedAt ?? n.createdAt),
      }
    }),
    newsletters: sources.newsletters.map((n) => ({
      id: String(n.id),
      url: newsletterPath(n.issueMonth),
      issueMonth: n.issueMonth,
      title: n.title,
      preheader: trimmed(n.preheader),
      intro: trimmed(n.intro),
      sentOn: n.sentAt ? kstDate(n.sentAt) : null,
      programIds: (n.programs ?? []).map((p) => key(p)!),
      cardNewsIds: (n.cardNews ?? []).map((c) => key(c)!),
      guideIds: (n.partnerGuides ?? []).map((g) => key(g)!),
    })),
    stats: computeStats({ programs: statsPrograms, companies: sources.companies.map((c) => ({ id: String(c.id), category: c.category })) }, now),
  }
  if (!mapped) return validated(data)
  // Programs passed in were each checked when they were mapped (validProgram).
  return { ...validated({ ...data, programs: [] }), programs }
}

/** One mapped program parsed by the schema, as a full load parses them all. */
export function validProgram(program: PublicProgram): PublicProgram {
  return validated({ programs: [program] }, oneProgramSchema).programs[0]
}
const oneProgramSchema = z.object({ programs: z.array(programSchema) })

/**
 * Parses the view models; a record the schema refuses stops the build with a message that
 * names the record (collection and id) and the field, for the admin's build status.
 */
function validated<T = SiteData>(data: Record<string, unknown>, schema: z.ZodType<T> = siteDataSchema as unknown as z.ZodType<T>): T {
  const result = schema.safeParse(data)
  if (result.success) return result.data
  const problems = result.error.issues.slice(0, 5).map((issue) => {
    const [list, index, ...field] = issue.path
    const record = typeof index === 'number' ? (data[String(list)] as { id?: string }[] | undefined)?.[index] : undefined
    const where = record?.id ? `${String(list)} ${record.id}` : issue.path.slice(0, 2).join('.')
    return `${where}: ${field.join('.') || '(record)'} — ${issue.message}`
  })
  const more = result.error.issues.length > 5 ? ` 외 ${result.error.issues.length - 5}건` : ''
  throw new Error(`공개 데이터 검사에 실패했습니다: ${problems.join('; ')}${more}`)
}
