import type { CollectionSlug, Payload } from 'payload'

/** Any Hangul syllable: our messages are written for Korean users. */
export const HANGUL = /[가-힣]/

export type Refusal = Error & {
  status?: number
  data?: { errors?: { path?: string; message: string }[] } | null
}

/** Awaits an operation that must be refused and returns what it threw. */
export async function refusal(operation: Promise<unknown>): Promise<Refusal> {
  try {
    await operation
  } catch (error) {
    return error as Refusal
  }
  throw new Error('expected the operation to be refused, but it succeeded')
}

/** The field messages of a ValidationError (`error.data.errors[].message`), optionally for one path. */
export function fieldMessages(error: Refusal, path?: string): string[] {
  return (error.data?.errors ?? []).filter((e) => path === undefined || e.path === path).map((e) => e.message)
}

/** Counts every document of a collection, whatever access rules say. */
export async function countAll(payload: Payload, collection: CollectionSlug): Promise<number> {
  return (await payload.count({ collection, overrideAccess: true })).totalDocs
}

/** Ids, sorted, for comparing sets. */
/** Ids as a sorted set of strings: SQLite's numbers and MongoDB's ObjectIds alike. */
export const idSet = (docs: { id: number | string }[]) => docs.map((doc) => String(doc.id)).sort()
