import { getTranslation } from '@payloadcms/translations'
import { APIError, ValidationError, type CollectionSlug, type FlattenedField, type PayloadRequest } from 'payload'
import { msg, type MessageKey } from '../../kernel/i18n/messages'

/** A refusal with a person-readable message in the user's language and the right 4xx status. */
export function refuse(req: PayloadRequest, key: MessageKey, status = 403) {
  return new APIError(msg(req, key), status, undefined, true)
}

/**
 * The label a person sees for a field path, written as Payload's own validation writes it
 * ("문의처 > 전화번호", "주거래기업/업체구분 1 > 주거래기업"), in the request's language;
 * undefined when the collection has no such field.
 */
export function fieldLabel(req: PayloadRequest, collection: string, path: string): string | undefined {
  let fields: FlattenedField[] | undefined = req.payload.collections[collection as CollectionSlug]?.config.flattenedFields
  const labels: string[] = []
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      if (labels.length) labels[labels.length - 1] += ` ${Number(segment) + 1}`
      continue
    }
    const field: FlattenedField | undefined = fields?.find((candidate) => candidate.name === segment)
    if (!field) return undefined
    labels.push(field.label ? getTranslation(field.label, req.i18n) : field.name)
    fields = 'flattenedFields' in field ? field.flattenedFields : undefined
  }
  return labels.join(' > ')
}

export type FieldErrorOptions = {
  /** Values for the message's {{placeholders}}. */
  vars?: Record<string, string | number>
  /** 400 unless the refusal is about who may write the field (403) or when (409). */
  status?: number
  /** Overrides the field's own label (read from the collection config). */
  label?: string
}

/**
 * A refusal that belongs to one field, in Payload's own shape (`errors[].data.errors[]` with
 * `path`, `message` and `label`): the admin marks the field and shows the message under it,
 * the summary line names the field by its label, and REST clients get the same per-field list.
 */
export function fieldError(req: PayloadRequest, collection: string, path: string, key: MessageKey, options: FieldErrorOptions = {}): ValidationError {
  return fieldErrors(req, collection, [path], key, options)
}

/** The same refusal on several fields at once (each marked, each named in the summary line). */
export function fieldErrors(req: PayloadRequest, collection: string, paths: string[], key: MessageKey, options: FieldErrorOptions = {}): ValidationError {
  const errors = paths.map((path) => {
    const label = options.label ?? fieldLabel(req, collection, path)
    return { path, message: msg(req, key, options.vars), ...(label ? { label } : {}) }
  })
  const error = new ValidationError({ collection, errors, req }, req.t)
  if (options.status) error.status = options.status
  return error
}
