import { APIError, ValidationError, type PayloadRequest } from 'payload'
import { msg, type MessageKey } from '../../cms/i18n/messages'

/** A refusal with a person-readable message in the user's language and the right 4xx status. */
export function refuse(req: PayloadRequest, key: MessageKey, status = 403) {
  return new APIError(msg(req, key), status, undefined, true)
}

/** A field-level refusal: the admin highlights the field and shows the message under it. */
export function fieldError(req: PayloadRequest, collection: string, path: string, key: MessageKey): ValidationError {
  return new ValidationError({ collection, errors: [{ path, message: msg(req, key) }], req }, req.t)
}
