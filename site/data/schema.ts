/**
 * The only shapes the public site may see. The loader maps Payload documents to these and
 * parses them here before any template runs: zod drops every key not named below, so a
 * private field (reviewNote, reviewHistory, mainPartners, bizRegNo…) can never reach a page,
 * and a malformed record stops the build instead of publishing a broken page.
 */
import { z } from 'zod'
import { safeWebAddress } from '../../kernel/rules/webAddress'

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
const id = z.string().min(1)
const publicPhase = z.enum(['upcoming', 'recruiting', 'in-progress', 'closed'])
/** An outside link: only what the URL rule allows ever reaches an href (kernel/rules/webAddress.ts). */
const webAddress = z.string().refine((value) => safeWebAddress(value) === value, 'an http(s) address by the URL rule')

/** An image on disk that @11ty/eleventy-img turns into AVIF/WebP plus the original. */
export const imageSchema = z.object({
  file: z.string().min(1),
  alt: z.string(),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
})

export const attachmentSchema = z.object({
  url: z.string().min(1),
  filename: z.string().min(1),
  mimeType: z.string().nullable(),
  filesize: z.number().int().nonnegative().nullable(),
})

const companyRef = z.object({ id, name: z.string().min(1) })

export const programSchema = z.object({
  id,
  url: z.string().startsWith('/programs/'),
  title: z.string().min(1),
  summary: z.string(),
  purpose: z.string(),
  supportField: z.string(),
  supportFieldLabel: z.string(),
  targetScope: z.string(),
  targetScopeLabel: z.string(),
  applyStart: day,
  applyEnd: day,
  supportStart: day,
  supportEnd: day,
  regions: z.array(z.string()).min(1),
  regionLabels: z.array(z.string()).min(1),
  contact: z.object({
    department: z.string(),
    name: z.string().nullable(),
    phone: z.string(),
    email: z.string().nullable(),
  }),
  applyOnline: z.boolean(),
  detailsHtml: z.string(),
  eligibilityDetails: z.string().nullable(),
  howToApply: z.string().nullable(),
  notes: z.string().nullable(),
  attachments: z.array(attachmentSchema),
  phase: publicPhase,
  phaseLabel: z.string(),
  company: companyRef,
  business: z.object({ id, name: z.string(), relatedUrl: webAddress.nullable() }),
  /** The day 상생누리 confirmed it (확인완료), the program's "registered" date in every figure. */
  registeredOn: day,
  updatedAt: z.string(),
})

export const companySchema = z.object({
  id,
  url: z.string().startsWith('/companies/'),
  name: z.string().min(1),
  group: z.string().nullable(),
  category: z.string(),
  categoryLabel: z.string(),
  industry: z.string(),
  industryLabel: z.string(),
  industryDetail: z.string().nullable(),
  homepage: webAddress.nullable(),
  contactEmail: z.string().nullable(),
  logo: imageSchema.nullable(),
  programCount: z.number().int().nonnegative(),
})

export const guideSchema = z.object({
  id,
  company: companyRef.extend({ url: z.string() }),
  title: z.string(),
  industryLabel: z.string(),
  howHtml: z.string(),
  registrationUrl: webAddress.nullable(),
  logo: imageSchema.nullable(),
  updatedAt: z.string(),
})

export const cardNewsSchema = z.object({
  id,
  url: z.string().startsWith('/news/'),
  title: z.string().min(1),
  category: z.string(),
  categoryLabel: z.string(),
  cards: z.array(imageSchema),
  bodyHtml: z.string(),
  sourceCompany: companyRef.nullable(),
  publishedOn: day,
})

export const newsletterSchema = z.object({
  id,
  url: z.string().startsWith('/newsletter/'),
  issueMonth: z.string().regex(/^\d{4}-\d{2}$/),
  title: z.string().min(1),
  preheader: z.string().nullable(),
  intro: z.string().nullable(),
  /** The Seoul day the send finished; null for an issue marked sent before sentAt existed. */
  sentOn: day.nullable(),
  programIds: z.array(id),
  cardNewsIds: z.array(id),
  guideIds: z.array(id),
})

export const statsSchema = z.object({
  today: day,
  companies: z.object({ total: z.number(), large: z.number(), public: z.number() }),
  programs: z.object({
    registered: z.number(),
    openToAll: z.number(),
    openShare: z.number(),
    recruiting: z.number(),
  }),
  byMonth: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), added: z.number(), cumulative: z.number() })),
})

export const siteDataSchema = z.object({
  generatedAt: z.string(),
  today: day,
  siteUrl: z.string().url(),
  programs: z.array(programSchema),
  companies: z.array(companySchema),
  guides: z.array(guideSchema),
  cardNews: z.array(cardNewsSchema),
  newsletters: z.array(newsletterSchema),
  stats: statsSchema,
})

export type SiteImage = z.infer<typeof imageSchema>
export type PublicProgram = z.infer<typeof programSchema>
export type PublicCompany = z.infer<typeof companySchema>
export type PublicGuide = z.infer<typeof guideSchema>
export type PublicCardNews = z.infer<typeof cardNewsSchema>
export type PublicNewsletter = z.infer<typeof newsletterSchema>
export type SiteStats = z.infer<typeof statsSchema>
export type SiteData = z.infer<typeof siteDataSchema>
