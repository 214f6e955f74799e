export type Id = string | number

/** The id of a relationship value, populated or not (null when empty). */
export const idOf = (ref: unknown): Id | null =>
  ref == null || ref === '' ? null : typeof ref === 'object' ? ((ref as { id?: Id }).id ?? null) : (ref as Id)
