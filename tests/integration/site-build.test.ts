/**
 * The public site built by the real pipeline (Local API → schema → Eleventy → Pagefind) from a
 * seeded database into this file's temporary data folder.
 */
import fs from 'node:fs'
import path from 'node:path'
import ICAL from 'ical.js'
import { XMLValidator } from 'fast-xml-parser'
import { parse } from 'node-html-parser'
import { beforeAll, describe, expect, test } from 'vitest'
import { addDays, kstToday } from '../../kernel/rules/dates'
import { computeStats } from '../../kernel/rules/stats'
import { buildSite, type BuildReport } from '../../site/publish/buildSite'
import { liveSiteDir } from '../../site/publish/output'
import { createProgram } from '../helpers/fixtures'
import { filesContaining, page, readBuild } from '../helpers/siteFiles'
import { useTestPayload } from '../helpers/suite'

const SITE_URL = 'https://winwinnuri.example.kr'
let build: BuildReport
let files: Map<string, string>
let withAttachment: { id: number | string; title: string }

const suite = useTestPayload({ world: true })

beforeAll(async () => {
  const attachment = await suite.payload.find({ collection: 'media', limit: 1, depth: 0 })
  const year = kstToday().slice(0, 4)
  const program = await createProgram(suite.payload, suite.world.businesses.b, 'approved', suite.world.users.platformAdmin, {
    title: `${year}년 한빛 첨부문서 프로그램`,
    eligibilityDetails: '업력 3년 이상\n수도권 소재 기업',
    howToApply: '신청서를 이메일로 보내 주세요.',
    notes: '문의는 평일 9시부터 18시까지',
    attachments: [attachment.docs[0].id],
    regions: ['seoul', 'busan'],
  })
  withAttachment = { id: program.id, title: program.title }
  // Stored past the URL rule (an old record, an import): the render-time guard must keep them dead.
  await suite.payload.db.updateOne({ collection: 'businesses', where: { id: { equals: suite.world.businesses.b } }, data: { relatedUrl: 'javascript:fetch("/api/users/me")' } })
  await suite.payload.db.updateOne({ collection: 'companies', where: { id: { equals: suite.world.companies.b } }, data: { homepage: 'javascript:alert(1)//@x.kr' } })
  await suite.payload.db.updateOne({ collection: 'partner-guides', where: { id: { equals: suite.world.guides.published } }, data: { registrationUrl: 'https://user:pw@vendor.example.kr/' } })
  build = await buildSite(suite.payload, { siteUrl: SITE_URL })
  files = readBuild(build.dir)
}, 120_000)

describe('a build goes live as one folder', () => {
  test('the live link points at the new build, which has every route of the spec', () => {
    expect(liveSiteDir()).toBe(fs.realpathSync(build.dir))
    const routes = [
      'index.html', 'programs/index.html', `programs/${suite.world.programs.a.approved}/index.html`, `companies/${suite.world.companies.a}/index.html`,
      'partners/index.html', 'news/index.html', `news/${suite.world.cardNews.published}/index.html`, 'newsletter/index.html',
      `newsletter/${suite.world.months.lastMonth}/index.html`, 'stats/index.html', 'guide/index.html', 'feed.xml', 'feed.json',
      'programs.ics', 'data/programs.json', 'data/programs.csv', 'sitemap.xml', 'robots.txt', '404.html', 'pagefind/pagefind.js', 'assets/search.js',
    ]
    expect(routes.filter((file) => !files.has(file))).toEqual([])
    expect(build.programs).toBe(3)
  })
})

describe('only public content reaches the output', () => {
  const secrets = (): [string, string][] => {
    const year = kstToday().slice(0, 4)
    return [
      ...(['draft', 'submitted', 'changes-requested'] as const).flatMap((status) => [
        [`a ${status} program`, `${year}년 공사 ${status} 프로그램`],
        [`b ${status} program`, `${year}년 한빛 ${status} 프로그램`],
      ] as [string, string][]),
      ['a review note', '신청기간과 문의처를 다시 확인해 주세요.'],
      ['an unpublished partner guide', '한빛전자 협력사 등록 안내'],
      ['unpublished card news', '한빛전자 협력사 기술 교류회'],
      ['a user e-mail', 'admin-a@test.kr'],
      ['a member e-mail', 'member@test.kr'],
      ['a subscriber e-mail', 'reader@example.kr'],
      ['an application answer', '지원을 신청합니다.'],
      ['a company address', '세종대로'],
      ['an SME', '누리테크'],
    ]
  }
  test.each(secrets())('%s appears in no file', (_what, needle) => {
    expect(filesContaining(files, needle)).toEqual([])
  })
  test('a draft newsletter appears in no file', () => {
    expect(filesContaining(files, `${suite.world.months.thisMonth} 상생누리 소식`)).toEqual([])
  })
  test('a stored link the URL rule refuses is never a link (javascript:, credentials): the pages show none', () => {
    const bad = /href\s*=\s*["']?\s*(javascript|data|vbscript):|\/\/[^"'\s/]*:[^"'\s/]*@/i
    expect([...files.entries()].filter(([file, text]) => /\.(html|xml|json)$/.test(file) && bad.test(text)).map(([file]) => file)).toEqual([])
    const programPage = parse(files.get(`programs/${suite.world.programs.b.approved}/index.html`)!)
    expect(programPage.querySelector('h1')).toBeTruthy()
    expect(programPage.querySelector('a.external')).toBeNull()
    expect(files.get(`companies/${suite.world.companies.b}/index.html`)).not.toContain('javascript')
  })

  test('no 사업자등록번호 of any company appears', async () => {
    const { docs } = await suite.payload.find({ collection: 'companies', pagination: false, depth: 0 })
    for (const company of docs) expect(filesContaining(files, company.bizRegNo)).toEqual([])
  })
})

describe('program pages', () => {
  test('show every public field of the guide\'s program form, with the 진행단계 badge', () => {
    const html = parse(page(build.dir, `/programs/${withAttachment.id}/`))
    expect(html.querySelector('h1')?.text).toContain(withAttachment.title)
    expect(html.querySelector('.phase')?.text.trim()).toBe('모집중')
    const labels = html.querySelectorAll('dt').map((dt) => dt.text.trim())
    for (const label of ['프로그램개요', '목적', '지원분야', '지원대상', '신청기간', '지원기간', '진행지역', '문의처', '신청여부', '기업명', '사업명']) {
      expect(labels.some((text) => text.includes(label)), label).toBe(true)
    }
    const text = html.text
    for (const value of ['업력 3년 이상', '신청서를 이메일로 보내 주세요.', '문의는 평일 9시부터 18시까지', '서울', '부산', '동반성장팀', '02-0000-0000', '기술지원', '전체 오픈']) {
      expect(text, value).toContain(value)
    }
    const download = html.querySelectorAll('a[download]')
    expect(download).toHaveLength(1)
    expect(download[0].getAttribute('href')).toMatch(/^\/api\/media\/file\//)
  })

  test('an upcoming program shows 예정 and a recruiting one 모집중', () => {
    expect(parse(page(build.dir, `/programs/${suite.world.programs.a.approved}/`)).querySelector('.phase')?.text.trim()).toBe('예정')
    expect(parse(page(build.dir, `/programs/${suite.world.programs.b.approved}/`)).querySelector('.phase')?.text.trim()).toBe('모집중')
  })

  test('a recruiting program taking applications online links to /programs/<id>/apply/; an upcoming one does not', () => {
    const applyLinks = (id: number) => parse(page(build.dir, `/programs/${id}/`)).querySelectorAll('a').filter((a) => a.text.includes('상생누리에서 신청하기'))
    expect(applyLinks(suite.world.programs.b.approved).map((a) => a.getAttribute('href'))).toEqual([`/programs/${suite.world.programs.b.approved}/apply/`])
    expect(applyLinks(suite.world.programs.a.approved)).toEqual([])
  })

  test('the company page lists its programs and its published partner guide', () => {
    const html = parse(page(build.dir, `/companies/${suite.world.companies.a}/`))
    expect(html.querySelector('h1')?.text).toContain('한국상생공사')
    expect(html.querySelectorAll(`a[href="/programs/${suite.world.programs.a.approved}/"]`).length).toBeGreaterThan(0)
    expect(html.text).toContain('협력사 등록 사이트에서 신청하세요.')
  })
})

describe('진행단계 follows the Seoul calendar on boundary days', () => {
  const badgeAt = async (instant: string) => {
    const report = await buildSite(suite.payload, { siteUrl: SITE_URL, now: new Date(instant), publish: false })
    try {
      return parse(page(report.dir, `/programs/${suite.world.programs.a.approved}/`)).querySelector('.phase')?.text.trim()
    } finally {
      fs.rmSync(report.dir, { recursive: true, force: true })
    }
  }
  test('예정 at 23:59 KST the day before applyStart, 모집중 at 00:00 KST on it', async () => {
    const program = await suite.payload.findByID({ collection: 'programs', id: suite.world.programs.a.approved, depth: 0 })
    const applyStart = kstToday(new Date(program.applyStart))
    expect(await badgeAt(`${addDays(applyStart, -1)}T23:59:59+09:00`)).toBe('예정')
    expect(await badgeAt(`${applyStart}T00:00:00+09:00`)).toBe('모집중')
  }, 60_000)
})

describe('search page', () => {
  test('offers the five filters with the spec\'s values and the static list without JavaScript', () => {
    const html = parse(page(build.dir, '/programs/'))
    const form = html.querySelector('form#program-search')
    expect(form).not.toBeNull()
    const options = (name: string) => form!.querySelectorAll(`select[name="${name}"] option`).map((o) => o.text.trim())
    expect(options('field')).toContain('교육지원')
    expect(options('scope')).toContain('전체 오픈')
    expect(options('phase')).toEqual(expect.arrayContaining(['모집중', '예정', '진행중', '종료']))
    expect(options('region')).toContain('제주')
    expect(options('company')).toEqual(expect.arrayContaining(['한국상생공사', '한빛전자']))
    expect(html.querySelectorAll('#program-list a[href^="/programs/"]').length).toBeGreaterThanOrEqual(3)
    expect(html.querySelector('script[src="/assets/search.js"]')).not.toBeNull()
  })
  test('pages other than search load no script', () => {
    const withScript = [...files.keys()].filter((file) => file.endsWith('.html') && !file.startsWith('programs/index') && /<script\b/i.test(files.get(file)!))
    expect(withScript).toEqual([])
  })
})

describe('feeds and open data parse', () => {
  test('Atom feed is well-formed XML with absolute links to the public programs', () => {
    const xml = files.get('feed.xml')!
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
    expect(xml).toContain(`${SITE_URL}/programs/${suite.world.programs.b.approved}/`)
  })
  test('JSON Feed 1.1', () => {
    const feed = JSON.parse(files.get('feed.json')!)
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.items.map((item: { url: string }) => item.url)).toContain(`${SITE_URL}/programs/${suite.world.programs.a.approved}/`)
  })
  test('programs.ics has one deadline event per program still open for applications', () => {
    const calendar = new ICAL.Component(ICAL.parse(files.get('programs.ics')!))
    const events = calendar.getAllSubcomponents('vevent')
    expect(events).toHaveLength(3)
    expect(files.get('programs.ics')).toMatch(/\r\n/)
  })
  test('programs.json and programs.csv list the public programs; the CSV starts with a BOM', () => {
    const json = JSON.parse(files.get('data/programs.json')!)
    expect(json.programs.map((p: { id: string }) => p.id).sort()).toEqual(
      [suite.world.programs.a.approved, suite.world.programs.b.approved, withAttachment.id].map(String).sort(),
    )
    const csv = files.get('data/programs.csv')!
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.trim().split('\r\n')).toHaveLength(4)
  })
  test('sitemap.xml lists absolute page URLs; robots.txt points to it', () => {
    const xml = files.get('sitemap.xml')!
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).toContain(`<loc>${SITE_URL}/programs/${suite.world.programs.a.approved}/</loc>`)
    expect(xml).not.toContain('404')
    expect(files.get('robots.txt')).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`)
  })
})

describe('figures', () => {
  /** The figure list as the page shows it: term → the text of its value. */
  const figures = (url: string) =>
    Object.fromEntries(parse(page(build.dir, url)).querySelectorAll('dl.figures > div').map((item) => [item.querySelector('dt')!.text.trim(), item.querySelector('dd')!.text.replace(/\s+/g, ' ').trim()]))

  test('home and /stats/ show the figures computeStats gives for the public programs (what GET /api/stats returns)', async () => {
    const { docs: programs } = await suite.payload.find({ collection: 'programs', pagination: false, depth: 0, overrideAccess: true })
    const { docs: companies } = await suite.payload.find({ collection: 'companies', pagination: false, depth: 0, overrideAccess: true })
    const stats = computeStats({
      programs: programs.map((p) => ({ ...p, company: String(p.company) })),
      companies: companies.map((c) => ({ id: String(c.id), category: c.category })),
    }, new Date())
    expect(stats.programs.registered).toBe(3)
    const expected = {
      '참여기업 수': `총 ${stats.companies.total}개 기업(관) (대기업 ${stats.companies.large}개, 공공기관 ${stats.companies.public}개)`,
      '등록 프로그램 총 누적 수': `${stats.programs.registered}개`,
      '미연계 중소기업까지 전체 개방된 수': `${stats.programs.openToAll}개 (등록 프로그램의 ${(stats.programs.openShare * 100).toFixed(1)}%)`,
      '지금 모집중': `${stats.programs.recruiting}개`,
    }
    expect(figures('/')).toEqual(expected)
    expect(figures('/stats/')).toEqual(expected)
    const stats2 = parse(page(build.dir, '/stats/'))
    const table = stats2.querySelectorAll('table').find((t) => t.querySelector('caption')?.text.includes('등록 프로그램'))
    expect(table, 'a data table alternative of the chart').toBeDefined()
    expect(stats2.querySelector('svg[role="img"]')).not.toBeNull()
  })
})

describe('images', () => {
  test('card images are AVIF and WebP with the original as fallback, sized, lazy, with the CMS alt text', () => {
    const html = parse(page(build.dir, `/news/${suite.world.cardNews.published}/`))
    const picture = html.querySelector('picture')
    expect(picture).not.toBeNull()
    const types = picture!.querySelectorAll('source').map((s) => s.getAttribute('type'))
    expect(types).toEqual(expect.arrayContaining(['image/avif', 'image/webp']))
    const img = picture!.querySelector('img')!
    expect(img.getAttribute('alt')).toBe('협약식 사진')
    expect(img.getAttribute('width')).toMatch(/^\d+$/)
    expect(img.getAttribute('height')).toMatch(/^\d+$/)
    expect(img.getAttribute('loading')).toBe('lazy')
    const src = img.getAttribute('src')!
    expect(fs.existsSync(path.join(build.dir, src))).toBe(true)
  })
})
