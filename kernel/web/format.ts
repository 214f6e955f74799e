/**
 * Formats for pages and e-mails (the site registers them as Nunjucks filters, site/filters.ts).
 * Dates arrive as Seoul calendar days already;
 * everything here formats, it never decides a business rule.
 */
const numberFormat = new Intl.NumberFormat('ko-KR')
const KIND_BY_EXTENSION: Record<string, string> = {
  pdf: 'PDF', hwp: '한글(HWP)', hwpx: '한글(HWPX)', docx: 'Word', xlsx: 'Excel', pptx: 'PowerPoint', jpg: 'JPG', jpeg: 'JPG', png: 'PNG',
}

export const number = (value: number): string => numberFormat.format(value)

/** 0.611 → "61.1%" */
export const percent = (fraction: number): string => `${(Math.round(fraction * 1000) / 10).toFixed(1)}%`

export function fileSize(bytes: number | null | undefined): string {
  if (bytes == null) return ''
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export function fileKind(filename: string): string {
  const extension = filename.split('.').pop()?.toLowerCase() ?? ''
  return KIND_BY_EXTENSION[extension] ?? extension.toUpperCase()
}

/** "2026-11" → "2026년 11월" */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-')
  return `${year}년 ${Number(m)}월`
}

/** A Seoul calendar day as the instant it begins, for feed dates (RFC 3339). */
export const kstDayStart = (day: string): Date => new Date(`${day}T00:00:00+09:00`)

/** Items of `list` whose ids are in `ids`, in the order of `ids`. */
export function byIds<T extends { id: string }>(list: T[], ids: string[]): T[] {
  const byId = new Map(list.map((item) => [item.id, item]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

export const limit = <T>(list: T[], count: number): T[] => list.slice(0, count)

/**
 * The image with other alt text, e.g. "" where the name the alt would repeat is right next to
 * it (a logo beside the company name), so screen readers do not announce it twice.
 */
export const withAlt = <T extends { alt: string }>(image: T | null | undefined, alt: string): T | null => (image ? { ...image, alt } : null)
