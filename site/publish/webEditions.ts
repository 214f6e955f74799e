/**
 * The web edition of every sent newsletter (/newsletter/<YYYY-MM>/) is the issue's own
 * rendering (newsletter/render, variant `web`), so the page and the e-mail cannot drift apart.
 * Its model is made from the build's already-loaded public data rather than from the
 * database: the build reads once, an item that is not public cannot appear, and every link
 * points at a page this same build writes. Card images are written to the newsletter image
 * folder (served by server/server.ts), where the e-mails' images live too.
 */
import { emailImage } from '../../newsletter/render/images'
import { issueLabel, issueLinks, type IssueModel } from '../../newsletter/render/model'
import { renderIssue } from '../../newsletter/render/renderIssue'
import type { PublicNewsletter, SiteData } from '../data/schema'
import { byIds } from '../../kernel/web/format'

export type WebEdition = { issueMonth: string; url: string; html: string }

export async function issueModelFromSiteData(data: SiteData, newsletter: PublicNewsletter): Promise<IssueModel> {
  const links = issueLinks(data.siteUrl, newsletter.issueMonth)
  const absolute = (url: string) => `${links.siteUrl}${url}`
  return {
    issueMonth: newsletter.issueMonth,
    issueLabel: issueLabel(newsletter.issueMonth),
    title: newsletter.title,
    preheader: newsletter.preheader,
    intro: newsletter.intro,
    programs: byIds(data.programs, newsletter.programIds).map((p) => ({
      title: p.title,
      companyName: p.company.name,
      supportFieldLabel: p.supportFieldLabel,
      phase: p.phase,
      phaseLabel: p.phaseLabel,
      applyStart: p.applyStart,
      applyEnd: p.applyEnd,
      url: absolute(p.url),
    })),
    cardNews: await Promise.all(byIds(data.cardNews, newsletter.cardNewsIds).map(async (n) => ({
      title: n.title,
      categoryLabel: n.categoryLabel,
      image: n.cards[0] ? await emailImage(n.cards[0].file, { alt: n.cards[0].alt, siteUrl: links.siteUrl }) : null,
      url: absolute(n.url),
    }))),
    // The site lists a guide only with its company's page, so that page exists.
    partnerGuides: byIds(data.guides, newsletter.guideIds).map((g) => ({
      title: g.title,
      companyName: g.company.name,
      industryLabel: g.industryLabel,
      url: absolute(`${g.company.url}#partner-guide`),
    })),
    ...links,
  }
}

export async function renderWebEditions(data: SiteData): Promise<WebEdition[]> {
  const editions: WebEdition[] = []
  // One at a time: each may encode images, and a build shares two cores with Pagefind.
  for (const newsletter of data.newsletters) {
    const { html } = await renderIssue(await issueModelFromSiteData(data, newsletter), { variant: 'web' })
    editions.push({ issueMonth: newsletter.issueMonth, url: newsletter.url, html })
  }
  return editions
}
