/**
 * Which edits send an approved program back to review: any change to what a reader sees. The
 * review's own fields (status, note, history, dates, reviewer) and server-kept ones do not count.
 * Used by the Programs workflow hook (collections/Programs/hooks/applyWorkflow.ts).
 */

/** Fields that belong to the review itself, not to the program's content. */
const REVIEW_FIELDS = new Set([
  'reviewStatus', 'reviewNote', 'reviewHistory', 'submittedAt', 'reviewedAt', 'reviewedBy', 'approvedAt',
  'company', 'phase', 'updatedAt', 'createdAt', 'id', '_status',
])

function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return String(record.id)
    return Object.fromEntries(
      Object.entries(record)
        .filter(([key]) => key !== 'id')
        .map(([key, v]) => [key, normalize(v)])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    )
  }
  if (typeof value === 'number') return String(value)
  return value ?? null
}

/**
 * Whether an update changes the program's content (anything a reader sees), comparing the
 * fields the client sent with the stored document. The admin sends every field on save, so
 * an unchanged save is not a change.
 */
export function contentChanged(data: Record<string, unknown>, original: Record<string, unknown> | undefined): boolean {
  if (!original) return true
  return Object.keys(data).some(
    (key) => !REVIEW_FIELDS.has(key) && JSON.stringify(normalize(data[key])) !== JSON.stringify(normalize(original[key])),
  )
}
