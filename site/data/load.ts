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
import { computeStats } from '../../kernel/rules/stats'
import { COMPANY_CATEGORIES, KSIC_SECTIONS, labelOf, REGIONS, SUPPORT_FIELDS, TARGET_SCOPES, CARD_NEWS_CATEGORIES } from '../../kernel/rules/valueLists'
import { homepageOf, safeWebAddress } from '../../kernel/rules/webAddress'
import { richTextToHtml } from './richText'
import { siteDataSchema, type SiteData, type SiteImage } from './schema'
import { companyPath, newsletterPath, newsPath, programPath } from '../../kernel/web/urls'
import { isOperatorCategory } from '../../kernel/rules/operators'

export type LoadOptions = { now?: Date; siteUrl: string }

type Id = string | number
const key = (value: Id | { id: Id } | null | undefined): string | null =>
  value == null ? null : String(typeof value === 'object' ? value.id : value)

/** Participating operators: only 대기업 and 공공기관 get a public company page. */

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

export async function loadSiteData(payload: Payload, { now = new Date(), siteUrl }: LoadOptions): Promise<SiteData> {
  const [programs, companies, media, guides, cardNews, newsletters] = await Promise.all([
    readPublic<Program>(payload, 'programs', { reviewStatus: { equals: 'approved' } }, PROGRAM_FIELDS),
    readPublic<Company>(payload, 'companies'),
    readPublic<Media>(payload, 'media'),
    readPublic<PartnerGuide>(payload, 'partner-guides', { published: { equals: true } }),
    readPublic<CardNew>(payload, 'card-news', { status: { equals: 'published' } }),
    readPublic<Newsletter>(payload, 'newsletters', { status: { equals: 'sent' } }),
  ])
  // Businesses are not public records, but a public program shows its business's name and
  // link: read just those fields, just for the businesses of approved programs.
  const businessIds = [...new Set(programs.map((p) => key(p.business)).filter((id): id is string => id !== null))]
  const { docs: businesses } = businessIds.length
    ? await payload.find({ collection: 'businesses', where: { id: { in: businessIds } }, select: { name: true, relatedUrl: true }, depth: 0, pagination: false, overrideAccess: true })
    : { docs: [] }

  const companyById = new Map(companies.map((c) => [String(c.id), c]))
  const mediaById = new Map(media.map((m) => [String(m.id), m]))
  const businessById = new Map(businesses.map((b) => [String(b.id), b as { name?: string; relatedUrl?: string | null }]))
  const programCount = new Map<string, number>()
  for (const p of programs) {
    const company = key(p.company)
    if (company) programCount.set(company, (programCount.get(company) ?? 0) + 1)
  }
  const guideCompanies = new Set(guides.map((g) => key(g.company)))
  const operators = companies.filter((c) => isOperatorCategory(c.category) && (programCount.has(String(c.id)) || guideCompanies.has(String(c.id))))
  const operatorIds = new Set(operators.map((c) => String(c.id)))
  const companyRef = (value: Program['company']) => {
    const company = companyById.get(key(value) ?? '')
    return company ? { id: String(company.id), name: company.name } : null
  }

  const data = {
    generatedAt: now.toISOString(),
    today: kstToday(now),
    siteUrl,
    programs: programs.flatMap((p) => {
      const company = companyRef(p.company)
      const phase = derivePhase(p, now)
      // A program of a company not readable here would publish a dangling reference.
      if (!company || phase === 'draft' || phase === 'submitted' || phase === 'changes-requested') return []
      const business = businessById.get(key(p.business) ?? '')
      return [{
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
      }]
    }),
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
    guides: guides.flatMap((g) => {
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
    cardNews: cardNews.map((n) => {
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
    newsletters: newsletters.map((n) => ({
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
    stats: computeStats({
      programs: programs.map((p) => ({
        reviewStatus: p.reviewStatus,
        targetScope: p.targetScope,
        applyStart: p.applyStart,
        applyEnd: p.applyEnd,
        supportEnd: p.supportEnd,
        approvedAt: p.approvedAt ?? null,
        createdAt: p.createdAt,
        company: key(p.company) ?? '',
      })),
      companies: companies.map((c) => ({ id: String(c.id), category: c.category })),
    }, now),
  }
  return validated(data)
}

/**
 * Parses the view models; a record the schema refuses stops the build with a message that
 * names the record (collection and id) and the field, for the admin's build status.
 */
function validated(data: Record<string, unknown>): SiteData {
  const result = siteDataSchema.safeParse(data)
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
