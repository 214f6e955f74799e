/**
 * The program pages (/programs/<id>/index.html), written without Eleventy: one plain function per
 * page (site/programs/programPage.ts programDocument), so the full build and an incremental
 * publish write the same bytes for the same program. At 11,140 programs this is most of the
 * site's pages; Eleventy renders the few hundred others.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { PublicProgram, SiteData } from '../data/schema'
import { programDocument } from '../programs/programPage'

/** Files written at once: enough to keep the disk busy, few enough that a serving process stays responsive. */
const WRITE_BATCH = 64

/** The program's own file under a site folder. */
export const programFile = (dir: string, program: Pick<PublicProgram, 'url'>): string => path.join(dir, program.url, 'index.html')

/** Renders one program's page as this build's data shows it. */
export function programPageHtml(data: Pick<SiteData, 'companies' | 'siteUrl' | 'today'>, program: PublicProgram, companyUrls = companyUrlsOf(data)): string {
  return programDocument(program, companyUrls.get(program.company.id) ?? null, { siteUrl: data.siteUrl, today: data.today })
}

export function companyUrlsOf(data: Pick<SiteData, 'companies'>): Map<string, string> {
  return new Map(data.companies.map((c) => [c.id, c.url]))
}

/** Writes the pages of `programs` under `dir` (a build folder not yet live); returns how many. */
export async function writeProgramPages(dir: string, data: SiteData, programs: PublicProgram[] = data.programs): Promise<number> {
  const companyUrls = companyUrlsOf(data)
  for (let start = 0; start < programs.length; start += WRITE_BATCH) {
    await Promise.all(programs.slice(start, start + WRITE_BATCH).map(async (program) => {
      const file = programFile(dir, program)
      await fs.promises.mkdir(path.dirname(file), { recursive: true })
      await fs.promises.writeFile(file, programPageHtml(data, program, companyUrls))
    }))
  }
  return programs.length
}
