import type { CollectionBeforeValidateHook } from 'payload'
import { PASSWORD_MIN, passwordProblem } from '../../../cms/domain/password'
import { fieldError } from '../../hooks/errors'

/** A new or changed password must be at least PASSWORD_MIN characters, through any client. */
export const passwordPolicy: CollectionBeforeValidateHook = ({ data, req, collection }) => {
  const password = data?.password
  if (typeof password === 'string' && passwordProblem(password)) {
    // The password is an auth field, not one of the collection's own: its label is Payload's.
    throw fieldError(req, collection.slug, 'password', 'passwordTooShort', { vars: { min: PASSWORD_MIN }, label: req.t('general:password') })
  }
  return data
}
