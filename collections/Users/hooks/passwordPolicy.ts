import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { PASSWORD_MIN, passwordProblem } from '../../../cms/domain/password'
import { msg } from '../../../cms/i18n/messages'

/** A new or changed password must be at least PASSWORD_MIN characters, through any client. */
export const passwordPolicy: CollectionBeforeValidateHook = ({ data, req }) => {
  const password = data?.password
  if (typeof password === 'string' && passwordProblem(password)) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'password', message: msg(req, 'passwordTooShort', { min: PASSWORD_MIN }) }],
      req,
    }, req.t)
  }
  return data
}
