/**
 * Turns what a Local API call refused into messages next to form fields: a ValidationError names
 * its field paths (address.line1, mainPartners.5.company…), other refusals (an access rule, a
 * hook's refuse()) carry one message. Unexpected errors are not a form problem: rethrown.
 */
import { APIError, ValidationError } from 'payload'
import type { FieldErrors } from './formInput'

export type FormRefusal = { fields: FieldErrors; general?: string }

/** Form field for a Payload field path: exact path first, then its first segment. */
export type PathMap = Record<string, string>

function fieldOf(path: string, paths: PathMap): string | undefined {
  if (paths[path]) return paths[path]
  const first = path.split('.')[0]
  return paths[first]
}

/**
 * `paths` maps Payload paths to form fields; `messageField` places a refusal without a path
 * (e.g. "대기업·공공기관 정보는 상생누리 관리자가 등록합니다." next to 기업분류).
 */
export function formRefusal(error: unknown, paths: PathMap, messageField?: (message: string) => string | undefined): FormRefusal {
  if (error instanceof ValidationError) {
    const fields: FieldErrors = {}
    const rest: string[] = []
    for (const { path, message } of error.data?.errors ?? []) {
      const field = path ? fieldOf(path, paths) : undefined
      if (field) fields[field] ??= message
      else rest.push(message)
    }
    return { fields, general: rest.length ? rest.join(' ') : undefined }
  }
  if (error instanceof APIError && error.status < 500) {
    const field = messageField?.(error.message)
    return field ? { fields: { [field]: error.message } } : { fields: {}, general: error.message }
  }
  throw error
}
