/**
 * An issue loaded from the database and rendered: only public items reach it, in the editor's
 * order, and its images are written as e-mail formats to the stable newsletter image folder.
 * The web edition made by the site build is the same renderer's output.
 */
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { parse } from 'node-html-parser'
import sharp from 'sharp'
import { beforeAll, describe, expect, test } from 'vitest'
import { kstToday } from '../../kernel/rules/dates'
import { createServer } from '../../server/server'
import { loadIssueModel, type IssueModel } from '../../newsletter/render/model'
import { renderIssue, type RenderedIssue } from '../../newsletter/render/renderIssue'
import { buildSite } from '../../site/publish/buildSite'
import { loadSiteData } from '../../site/data/load'
import { issueModelFromSiteData } from '../../site/publish/webEditions'
import { richText } from '../helpers/fixtures'
import { useTestPayload } from '../helpers/suite'

const SITE_URL = 'https://winwinnuri.example.kr'
const TRUSTED = { trustedWrite: true }
const imageDir = () => path.join(process.env.WINWINNURI_DATA_DIR!, 'newsletter-images')

let issueId: number | string
let model: IssueModel
let email: RenderedIssue
let photoNews: number | string
let vendorGuide: number | string

const suite = useTestPayload({ world: true })

beforeAll(async () => {
  // A photo (JPEG) card next to the fixture's PNG card, and a published guide of a company
  // that has no public page (a 중견기업), which must link to its own registration site.
  const jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 200, g: 120, b: 40 } } }).jpeg().toBuffer()
  const photo = await suite.payload.create({ collection: 'media', data: { alt: '행사 사진' }, file: { data: jpeg, mimetype: 'image/jpeg', name: 'event.jpg', size: jpeg.length }, user: suite.world.users.editor })
  photoNews = (await suite.payload.create({
    collection: 'card-news',
    data: { title: '상생 박람회 현장', category: 'event', sourceCompany: suite.world.companies.a, status: 'published', cards: [{ image: photo.id, alt: '박람회장을 가득 메운 참가 기업 부스' }] },
    context: TRUSTED,
  })).id
  vendorGuide = (await suite.payload.create({
    collection: 'partner-guides',
    data: { company: suite.world.companies.affiliate, title: '한빛정밀 협력사 등록 안내', industryLabel: '정밀기기 제조업', howToBecomeSupplier: richText('등록 사이트에서 신청하세요.'), registrationUrl: 'https://vendor.affiliate.example.kr/join', published: true },
    context: TRUSTED,
  })).id

  const { programs, cardNews, guides } = suite.world
  issueId = (await suite.payload.create({
    collection: 'newsletters',
    data: {
      issueMonth: '2031-01',
      title: '2031년 1월 상생누리 소식',
      preheader: '이달의 프로그램',
      intro: '새해 첫 소식입니다.',
      // The editor's order, with items that are not public mixed in.
      programs: [programs.b.approved, programs.a.draft, programs.b.submitted, programs.a.approved, programs.b['changes-requested']],
      cardNews: [cardNews.unpublished, photoNews, cardNews.published],
      partnerGuides: [guides.unpublished, vendorGuide, guides.published],
      status: 'draft',
    },
    context: TRUSTED,
  })).id
  // Ids are passed as the API gives them; a string must work as well (MongoDB's are strings).
  model = await loadIssueModel(suite.payload, String(issueId), { siteUrl: `${SITE_URL}/` })
  email = await renderIssue(model, { variant: 'email' })
}, 120_000)

describe('loadIssueModel', () => {
  test('keeps only public items, in the order the editor picked them', () => {
    const year = kstToday().slice(0, 4)
    expect(model.programs.map((p) => p.title)).toEqual([`${year}년 한빛 approved 프로그램`, `${year}년 공사 approved 프로그램`])
    expect(model.programs.map((p) => p.phaseLabel)).toEqual(['모집중', '예정'])
    expect(model.programs[0]).toMatchObject({ companyName: '한빛전자', supportFieldLabel: '기술지원', url: `${SITE_URL}/programs/${suite.world.programs.b.approved}/` })
    expect(model.programs[0].applyStart).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(model.cardNews.map((n) => n.title)).toEqual(['상생 박람회 현장', '한국상생공사 상생협력 협약식'])
    expect(model.cardNews[0]).toMatchObject({ categoryLabel: '행사·협약', url: `${SITE_URL}/news/${photoNews}/` })
    expect(model.partnerGuides.map((g) => [g.title, g.url])).toEqual([
      ['한빛정밀 협력사 등록 안내', 'https://vendor.affiliate.example.kr/join'],
      ['한국상생공사 협력사 등록 안내', `${SITE_URL}/companies/${suite.world.companies.a}/#partner-guide`],
    ])
    expect(model).toMatchObject({ issueLabel: '2031년 1월호', siteUrl: SITE_URL, webUrl: `${SITE_URL}/newsletter/2031-01/`, archiveUrl: `${SITE_URL}/newsletter/` })
  })

  test('nothing that is not public reaches either part of the e-mail', () => {
    const year = kstToday().slice(0, 4)
    const secrets = ['draft', 'submitted', 'changes-requested'].flatMap((s) => [`${year}년 공사 ${s} 프로그램`, `${year}년 한빛 ${s} 프로그램`])
    for (const secret of [...secrets, '한빛전자 협력사 기술 교류회', '한빛전자 협력사 등록 안내']) {
      expect(email.html, secret).not.toContain(secret)
      expect(email.text, secret).not.toContain(secret)
    }
  })
})

describe('e-mail images', () => {
  test('are written as JPEG (photo) and PNG (PNG source) to the newsletter image folder', () => {
    const [photo, png] = model.cardNews.map((n) => n.image!)
    expect(photo.url).toMatch(new RegExp(`^${SITE_URL}/newsletter-images/[\\w-]+\\.jpeg$`))
    expect(png.url).toMatch(new RegExp(`^${SITE_URL}/newsletter-images/[\\w-]+\\.png$`))
    for (const image of [photo, png]) expect(fs.existsSync(path.join(imageDir(), path.basename(image.url))), image.url).toBe(true)
    // 1120 px for the 560 px slot; a smaller source is not enlarged.
    expect([photo.width, photo.height]).toEqual([1120, 630])
    expect(png.width).toBe(4)
    expect(photo.alt).toBe('박람회장을 가득 메운 참가 기업 부스')
  })

  test('the server serves them at /newsletter-images/, cached for good', async () => {
    const app = createServer(suite.payload, async (_req, res) => void res.status(404).end())
    const server = app.listen(0)
    try {
      const { port } = server.address() as AddressInfo
      const res = await fetch(`http://127.0.0.1:${port}/newsletter-images/${path.basename(model.cardNews[0].image!.url)}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('image/jpeg')
      expect(res.headers.get('cache-control')).toMatch(/immutable/)
      expect((await fetch(`http://127.0.0.1:${port}/newsletter-images/missing.jpeg`)).status).toBe(404)
    } finally {
      server.close()
    }
  })

  test('the HTML shows them from the site with their alt text', () => {
    const images = parse(email.html).querySelectorAll('img')
    expect(images.map((img) => img.getAttribute('src'))).toEqual(model.cardNews.map((n) => n.image!.url))
    expect(images.map((img) => img.getAttribute('alt'))).toEqual(['박람회장을 가득 메운 참가 기업 부스', '협약식 사진'])
  })
})

describe('the web edition in the site build', () => {
  test('is made from the build\'s public data with the same content and images', async () => {
    const data = await loadSiteData(suite.payload, { siteUrl: SITE_URL })
    const issue = { id: String(issueId), url: '/newsletter/2031-01/', issueMonth: '2031-01', title: '2031년 1월 상생누리 소식', preheader: '이달의 프로그램', intro: '새해 첫 소식입니다.', sentOn: null,
      programIds: [suite.world.programs.b.approved, suite.world.programs.a.draft, suite.world.programs.a.approved].map(String),
      cardNewsIds: [suite.world.cardNews.unpublished, photoNews, suite.world.cardNews.published].map(String),
      guideIds: [suite.world.guides.unpublished, suite.world.guides.published].map(String) }
    const fromSite = await issueModelFromSiteData(data, issue)
    expect(fromSite.programs).toEqual(model.programs)
    expect(fromSite.cardNews).toEqual(model.cardNews)
    expect(fromSite.partnerGuides).toEqual(model.partnerGuides.slice(1))
  })

  test('/newsletter/<month>/ of the sent issue is the renderer\'s web page; the archive shows the sent date', async () => {
    // As the sender stamps it when the last batch is done (late evening UTC is the next day in Seoul).
    await suite.payload.update({ collection: 'newsletters', id: suite.world.newsletters.sent, data: { sentAt: '2026-10-01T16:30:00.000Z' }, context: TRUSTED })
    const build = await buildSite(suite.payload, { siteUrl: SITE_URL, publish: false })
    try {
      const file = path.join(build.dir, 'newsletter', suite.world.months.lastMonth, 'index.html')
      const doc = parse(fs.readFileSync(file, 'utf8'))
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe('ko')
      expect(doc.querySelector('h1')?.text).toBe(`${suite.world.months.lastMonth} 상생누리 소식`)
      expect(doc.querySelector('nav[aria-label="소식지 메뉴"]')).not.toBeNull()
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE_URL}/newsletter/${suite.world.months.lastMonth}/`)
      expect(fs.readFileSync(file, 'utf8')).not.toContain('%%')
      const sitemap = fs.readFileSync(path.join(build.dir, 'sitemap.xml'), 'utf8')
      expect(sitemap).toContain(`${SITE_URL}/newsletter/${suite.world.months.lastMonth}/`)
      const archive = parse(fs.readFileSync(path.join(build.dir, 'newsletter', 'index.html'), 'utf8'))
      expect(archive.querySelector('.archive-list__sent time')?.getAttribute('datetime')).toBe('2026-10-02')
    } finally {
      fs.rmSync(build.dir, { recursive: true, force: true })
    }
  }, 120_000)
})
