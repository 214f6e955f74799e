/**
 * One page of an already ranked list (the recommendations are ranked in memory, so they are paged
 * there too), in Payload's own answer shape: docs, totalDocs, page, totalPages, limit.
 */
export type Paged<T> = { docs: T[]; totalDocs: number; page: number; totalPages: number; limit: number }

export function pageOf<T>(items: readonly T[], page: number, limit: number): Paged<T> {
  const totalPages = Math.max(1, Math.ceil(items.length / limit))
  const current = Math.min(Math.max(1, page), totalPages)
  return { docs: items.slice((current - 1) * limit, current * limit), totalDocs: items.length, page: current, totalPages, limit }
}

/** A positive whole number from a query value; undefined when absent, null when it is not one. */
export function positiveInt(value: unknown, max = Number.MAX_SAFE_INTEGER): number | undefined | null {
  if (value == null || value === '') return undefined
  if (typeof value !== 'string' || !/^\d{1,6}$/.test(value)) return null
  const n = Number(value)
  return n >= 1 && n <= max ? n : null
}
