/**
 * The Nunjucks filters of the site's templates: the shared formats of kernel/web/format.ts,
 * registered with Eleventy under their own names.
 */
import { byIds, fileKind, fileSize, kstDayStart, limit, monthLabel, number, percent, withAlt } from '../kernel/web/format'

type FilterHost = { addFilter(name: string, filter: (...args: never[]) => unknown): void }

export function filtersPlugin(eleventyConfig: FilterHost): void {
  const filters = { number, percent, fileSize, fileKind, monthLabel, kstDayStart, byIds, limit, withAlt }
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter as (...args: never[]) => unknown)
}
