/**
 * What one issue of the monthly newsletter says, as plain data: the renderer (renderIssue.ts)
 * turns it into the e-mail and the web edition, and never reads the database itself.
 *
 * loadIssueModel reads an issue and the items the editor picked for it, keeping only what is
 * public (approved programs, published card news and guides) in the editor's order: an issue
 * goes to thousands of inboxes, so an item that was unpublished after being picked must drop
 * out rather than leak. The site build makes the same model from its already-loaded public
 * data (site/publish/webEditions.ts).
 */
import path from 'node:path'
import type { Payload, Where } from 'payload'
import type { CardNew, Company, Media, PartnerGuide, Program } from '../../kernel/payload-types'
import { DATA_DIR } from '../../kernel/settings/env'
import { kstDate } from '../../kernel/rules/dates'
import { derivePhase, PHASE_LABELS, type Phase } from '../../kernel/rules/phase'
import { labelOf, SUPPORT_FIELDS, CARD_NEWS_CATEGORIES } from '../../kernel/rules/valueLists'
import { safeWebAddress } from '../../kernel/rules/webAddress'
import { byIds, monthLabel } from '../../kernel/web/format'
import { emailImage, type EmailImage } from './images'
import type { MailProgram } from './programBlock'
import { absoluteUrl, companyGuidePath, NEWSLETTER_ARCHIVE_PATH, NEWSLETTER_SIGN_UP_PATH, newsletterPath, newsPath, programPath } from '../../kernel/web/urls'
import { isOperatorCategory } from '../../kernel/rules/operators'

/** A program of the issue: the e-mail program block's data and its 진행단계 code. */
export type IssueProgram = MailProgram & { phase: Phase }

export type IssueCardNews = { title: string; categoryLabel: string; image: EmailImage | null; url: string }

export type IssueGuide = { title: string; companyName: string; industryLabel: string; url: string }

export type IssueModel = {
  /** YYYY-MM */
  issueMonth: string
  /** '2026년 10월호' */
  issueLabel: string
  title: string
  preheader: string | null
  intro: string | null
  programs: IssueProgram[]
  cardNews: IssueCardNews[]
  partnerGuides: IssueGuide[]
  /** Absolute, without a trailing slash. */
  siteUrl: string
  /** This issue's web edition. */
  webUrl: string
  /** The list of past issues. */
  archiveUrl: string
  /** The sign-up form on the archive page. */
  subscribeUrl: string
}

export const issueLabel = (issueMonth: string): string => `${monthLabel(issueMonth)}호`

/** The links every issue carries, from the site's public routes. */
export function issueLinks(siteUrl: string, issueMonth: string) {
  const site = siteUrl.replace(/\/$/, '')
  return {
    siteUrl: site,
    webUrl: absoluteUrl(site, newsletterPath(issueMonth)),
    archiveUrl: absoluteUrl(site, NEWSLETTER_ARCHIVE_PATH),
    subscribeUrl: absoluteUrl(site, NEWSLETTER_SIGN_UP_PATH),
  }
}

const trimmed = (value: string | null | undefined): string | null => (value && value.trim() ? value.trim() : null)

type Id = string | number
const key = (value: Id | { id: Id } | null | undefined): string | null => (value == null ? null : String(typeof value === 'object' ? value.id : value))
const keys = (values: (Id | { id: Id })[] | null | undefined): string[] => (values ?? []).flatMap((v) => key(v) ?? [])

/** Only these companies have a public page (site/data/load.ts: operators). */

async function readByIds<T>(payload: Payload, collection: 'programs' | 'card-news' | 'partner-guides' | 'companies' | 'media', ids: string[], publicOnly?: Where): Promise<T[]> {
  if (!ids.length) return []
  const idFilter: Where = { id: { in: ids } }
  const { docs } = await payload.find({ collection, where: publicOnly ? { and: [idFilter, publicOnly] } : idFilter, depth: 0, pagination: false, limit: ids.length, overrideAccess: true })
  return (docs as unknown as (T & { id: Id })[]).map((doc) => ({ ...doc, id: String(doc.id) })) as T[]
}

type WithId<T> = Omit<T, 'id'> & { id: string }

export async function loadIssueModel(payload: Payload, newsletterId: string | number, opts: { siteUrl: string; now?: Date }): Promise<IssueModel> {
  const now = opts.now ?? new Date()
  const siteUrl = opts.siteUrl.replace(/\/$/, '')
  const newsletter = await payload.findByID({ collection: 'newsletters', id: newsletterId, depth: 0, overrideAccess: true })
  const programIds = keys(newsletter.programs)
  const cardNewsIds = keys(newsletter.cardNews)
  const guideIds = keys(newsletter.partnerGuides)

  const [programs, cardNews, guides] = await Promise.all([
    readByIds<WithId<Program>>(payload, 'programs', programIds, { reviewStatus: { equals: 'approved' } }),
    readByIds<WithId<CardNew>>(payload, 'card-news', cardNewsIds, { status: { equals: 'published' } }),
    readByIds<WithId<PartnerGuide>>(payload, 'partner-guides', guideIds, { published: { equals: true } }),
  ])
  const companyIds = [...new Set([...programs.map((p) => key(p.company)), ...guides.map((g) => key(g.company))].flatMap((id) => id ?? []))]
  const mediaIds = [...new Set(cardNews.flatMap((n) => key(n.cards?.[0]?.image) ?? []))]
  const [companies, media] = await Promise.all([
    readByIds<WithId<Company>>(payload, 'companies', companyIds),
    readByIds<WithId<Media>>(payload, 'media', mediaIds),
  ])
  const companyById = new Map(companies.map((c) => [c.id, c]))
  const mediaById = new Map(media.map((m) => [m.id, m]))

  const issuePrograms = byIds(programs, programIds).flatMap((p): IssueProgram[] => {
    const company = companyById.get(key(p.company) ?? '')
    // The site publishes no page for a program whose company it cannot show; link none.
    if (!company) return []
    const phase = derivePhase(p, now)
    return [{
      title: p.title,
      companyName: company.name,
      supportFieldLabel: labelOf(SUPPORT_FIELDS, p.supportField),
      phase,
      phaseLabel: PHASE_LABELS[phase].ko,
      applyStart: kstDate(p.applyStart),
      applyEnd: kstDate(p.applyEnd),
      url: absoluteUrl(siteUrl, programPath(p.id)),
    }]
  })

  const issueCardNews = await Promise.all(byIds(cardNews, cardNewsIds).map(async (n): Promise<IssueCardNews> => {
    const first = n.cards?.[0]
    const file = mediaById.get(key(first?.image) ?? '')
    const image = file?.filename && file.mimeType?.startsWith('image/')
      ? await emailImage(path.join(DATA_DIR, 'media', file.filename), { alt: first?.alt ?? file.alt ?? '', siteUrl })
      : null
    return {
      title: n.title,
      categoryLabel: labelOf(CARD_NEWS_CATEGORIES, n.category),
      image,
      url: absoluteUrl(siteUrl, newsPath(n.id)),
    }
  }))

  const issueGuides = byIds(guides, guideIds).flatMap((g): IssueGuide[] => {
    const company = companyById.get(key(g.company) ?? '')
    if (!company) return []
    // A company page (with the guide on it) exists only for operators; otherwise send the
    // reader to the guide's own registration site, or leave the guide out.
    const url = isOperatorCategory(company.category) ? absoluteUrl(siteUrl, companyGuidePath(company.id)) : safeWebAddress(g.registrationUrl)
    return url ? [{ title: g.title, companyName: company.name, industryLabel: g.industryLabel, url }] : []
  })

  return {
    issueMonth: newsletter.issueMonth,
    issueLabel: issueLabel(newsletter.issueMonth),
    title: newsletter.title,
    preheader: trimmed(newsletter.preheader),
    intro: trimmed(newsletter.intro),
    programs: issuePrograms,
    cardNews: issueCardNews,
    partnerGuides: issueGuides,
    ...issueLinks(opts.siteUrl, newsletter.issueMonth),
  }
}
