/**
 * Incremental publish (site/publish/incremental.ts): after a full build, program changes are
 * published into the live folder by re-rendering only what they touch, and the result is the
 * same, file for file, as a full build of the same data at the same moment, and its search (the
 * full build's index and a delta) answers as the full build's index does. A step that fails
 * leaves the live folder as it was.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { addDays, kstToday } from '../../kernel/rules/dates'
import { buildSite } from '../../site/publish/buildSite'
import { forgetLiveBuild, publishProgramChanges, publishProgramPagesNow } from '../../site/publish/incremental'
import { defaultSitePaths, liveSiteDir, type SitePaths } from '../../site/publish/output'
import { runSitePublish } from '../../cms/jobs/runSiteBuild'
import { indexForm } from '../../site/search/korean'
import type { DeltaManifest } from '../../site/search/siteSearch'
import { openPagefind } from '../helpers/pagefindInNode'
import { as, createProgram } from '../helpers/fixtures'
import { useTestPayload } from '../helpers/suite'

const SITE_URL = 'https://winwinnuri.example.kr'
const suite = useTestPayload({ world: true })
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'winwinnuri-incremental-'))
const pathsOf = (name: string): SitePaths => ({ buildsDir: path.join(root, name, 'builds'), liveLink: path.join(root, name, 'site') })
const live = pathsOf('live')
/** One clock for both ways of building, so 진행단계 and "today" are the same. */
const now = new Date()
const day = kstToday(now)

/** Every file under a site folder but the search index, relative path → sha256. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name)
      const rel = path.relative(dir, full)
      if (rel === 'pagefind' || rel.startsWith('pagefind-')) continue
      if (entry.isDirectory()) walk(full)
      else files.set(rel, crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex'))
    }
  }
  walk(dir)
  return files
}

/** The files that differ between two trees (missing on either side, or other bytes). */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort()
}

/** A full build of the database as it is now, into a folder of its own. */
async function fullBuild(name: string): Promise<string> {
  await buildSite(suite.payload, { siteUrl: SITE_URL, now, paths: pathsOf(name) })
  return liveSiteDir(pathsOf(name))!
}

const trusted = { overrideAccess: true, context: { trustedWrite: true } } as const

beforeAll(async () => {
  // The sent issue shows B's recruiting program, so its web edition depends on that program.
  await suite.payload.db.updateOne({ collection: 'newsletters', where: { id: { equals: suite.world.newsletters.sent } }, data: { programs: [suite.world.programs.b.approved] } })
  // Programs that stay as they are, before and after the changed ones in the list order: the
  // search must merge the changed programs among them.
  for (const [title, applyEnd] of [['그대로인 첫째 프로그램', addDays(day, 1)], ['그대로인 둘째 프로그램', addDays(day, 40)]] as const) {
    await createProgram(suite.payload, suite.world.businesses.b, 'approved', suite.world.users.platformAdmin, { title: `${day.slice(0, 4)}년 ${title}`, applyEnd })
  }
  await buildSite(suite.payload, { siteUrl: SITE_URL, now, paths: live })
}, 120_000)

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('publishing program changes into the live folder', () => {
  test('a new, an edited and a withdrawn program: the live folder equals a full build of the same data', async () => {
    const dir = liveSiteDir(live)!
    const year = day.slice(0, 4)
    // New: approved through the workflow (a submitted program, approved by the platform admin).
    const added = await createProgram(suite.payload, suite.world.businesses.b, 'submitted', suite.world.users.platformAdmin, { title: `${year}년 증분 게시 신규 프로그램` })
    await suite.payload.update({ collection: 'programs', id: added.id, data: { reviewStatus: 'approved' }, ...as(suite.world.users.platformAdmin) })
    // Edited: a new title and an earlier deadline (its place in every list moves), in the sent issue too.
    await suite.payload.update({ collection: 'programs', id: suite.world.programs.b.approved, data: { title: `${year}년 한빛 수정된 프로그램`, applyEnd: addDays(day, 2) }, ...trusted })
    // Unpublished by the platform admin (Payload's Unpublish): A's only approved program leaves the site.
    await suite.payload.update({ collection: 'programs', id: suite.world.programs.a.approved, data: { _status: 'draft' }, ...as(suite.world.users.platformAdmin) })

    const report = await publishProgramChanges(suite.payload, { siteUrl: SITE_URL, paths: live })
    expect(report).not.toBeNull()
    expect(report!.changed).toBe(3)
    // Published into the live folder itself, not a new build.
    expect(liveSiteDir(live)).toBe(dir)
    expect(fs.readFileSync(path.join(dir, 'programs', String(added.id), 'index.html'), 'utf8')).toContain(`${year}년 증분 게시 신규 프로그램`)
    expect(fs.existsSync(path.join(dir, 'programs', String(suite.world.programs.a.approved)))).toBe(false)

    const full = await fullBuild('full-1')
    expect(differences(tree(dir), tree(full))).toEqual([])
    // The comparison sees what changed: the edition, the list, the feeds and the data files do show it.
    expect(fs.readFileSync(path.join(dir, 'newsletter', suite.world.months.lastMonth, 'index.html'), 'utf8')).toContain('한빛 수정된 프로그램')
    for (const file of ['programs/index.html', 'feed.xml', 'data/programs.csv', 'data/programs.json', 'sitemap.xml']) {
      expect(fs.readFileSync(path.join(dir, file), 'utf8'), file).toContain(String(added.id))
    }

    // The search: the full build's index plus the delta, searched as the browser searches them,
    // answers every query as the fresh full build's index does — the same programs, in the same
    // order, with the same filter counts.
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind', 'delta.json'), 'utf8')) as DeltaManifest
    // The new and the edited program as records of their own; the edited and the withdrawn
    // program's pages of the main index replaced (the new one had none).
    expect(manifest.records.map((r) => r.url).sort()).toEqual([`/programs/${added.id}/`, `/programs/${suite.world.programs.b.approved}/`].sort())
    expect(manifest.removed).toHaveLength(2)
    const patched = await openPagefind(path.join(dir, 'pagefind'))
    const fresh = await openPagefind(path.join(full, 'pagefind'))
    try {
      const url = (id: string | number) => `/programs/${id}/`
      expect(await patched.find('증분 게시')).toEqual([url(added.id)])
      expect(await patched.find('수정된')).toEqual([url(suite.world.programs.b.approved)])
      // The old title's word, and the withdrawn program's: found by the main index alone, not any more.
      expect(await patched.find('approved')).toEqual([])
      for (const query of ['증분 게시', '수정된', 'approved', '프로그램', year, '한빛', '공사', '기술지원', '상생', '']) {
        expect(await patched.find(query), query).toEqual(await fresh.find(query))
        expect(await patched.find(query, { phase: ['모집중'] }), `${query} 모집중`).toEqual(await fresh.find(query, { phase: ['모집중'] }))
      }
      // Delta programs merged among the main index's in the list order (the merge is exercised).
      const both = await patched.find(year)
      expect(both).toEqual(expect.arrayContaining([url(added.id), url(suite.world.programs.b.approved)]))
      expect(both.length).toBeGreaterThan(3)
      expect(await patched.counts()).toEqual(await fresh.counts())
      expect(await patched.counts(indexForm('프로그램'))).toEqual(await fresh.counts(indexForm('프로그램')))
    } finally {
      await fresh.close()
      await patched.close()
    }
  }, 180_000)

  test('a publish with nothing saved since changes nothing', async () => {
    const dir = liveSiteDir(live)!
    const before = tree(dir)
    const report = await publishProgramChanges(suite.payload, { siteUrl: SITE_URL, paths: live })
    expect(report?.changed).toBe(0)
    expect(differences(tree(dir), before)).toEqual([])
  }, 60_000)

  test('a program that fails the schema stops the publish before any file changes, and the job falls back to a full build that is refused too', async () => {
    const dir = liveSiteDir(live)!
    const before = tree(dir)
    const broken = await createProgram(suite.payload, suite.world.businesses.a, 'approved', suite.world.users.platformAdmin)
    await suite.payload.db.updateOne({ collection: 'programs', where: { id: { equals: broken.id } }, data: { title: '', updatedAt: new Date().toISOString() } })

    await expect(publishProgramChanges(suite.payload, { siteUrl: SITE_URL, paths: live })).rejects.toThrow(`programs ${broken.id}: title`)
    expect(differences(tree(dir), before)).toEqual([])
    expect(liveSiteDir(live)).toBe(dir)
    // Forgotten after a failure: the next publish cannot patch a state it no longer trusts.
    expect(await publishProgramChanges(suite.payload, { siteUrl: SITE_URL, paths: live })).toBeNull()
    await suite.payload.delete({ collection: 'programs', id: broken.id, overrideAccess: true, context: { skipSiteRebuild: true } })
  }, 120_000)

  test('with no remembered build (a restart), the job builds in full', async () => {
    await suite.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    forgetLiveBuild()
    const before = liveSiteDir()
    const result = await runSitePublish(suite.payload, 'after a restart')
    expect(result.programs).toBeGreaterThan(0)
    const after = liveSiteDir()
    expect(after).not.toBeNull()
    expect(after).not.toBe(before)
    const status = await suite.payload.findGlobal({ slug: 'site-status', overrideAccess: true })
    expect(status.state).toBe('ok')
  }, 120_000)

  test('the fast lane writes a saved program\'s own page at once and nothing else; the publish that follows does the rest', async () => {
    // The site the previous test's job built in full: the default one, which the job remembers.
    const paths = defaultSitePaths()
    const dir = liveSiteDir(paths)!
    const id = suite.world.programs.b.approved
    const title = `${day.slice(0, 4)}년 먼저 게시된 제목`
    const before = tree(dir)
    await suite.payload.update({ collection: 'programs', id, data: { title }, ...trusted })

    expect(await publishProgramPagesNow(suite.payload, { paths })).toBe(1)
    const page = path.join('programs', String(id), 'index.html')
    expect(fs.readFileSync(path.join(dir, page), 'utf8')).toContain(title)
    expect(differences(tree(dir), before)).toEqual([page])
    // Nothing saved since: nothing written again.
    expect(await publishProgramPagesNow(suite.payload, { paths })).toBe(0)

    const report = await publishProgramChanges(suite.payload, { siteUrl: SITE_URL, paths })
    expect(report?.changed).toBe(1)
    expect(fs.readFileSync(path.join(dir, 'programs', 'index.html'), 'utf8')).toContain(title)
  }, 120_000)
})
