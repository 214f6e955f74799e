import type { CollectionBeforeOperationHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'
import { isResetTokenLive } from '../../../members/operations/resetToken'
import { PASSWORD_MIN, passwordProblem } from '../../../kernel/rules/password'
import { fieldError, refuse } from '../../hooks/errors'

const tooShort = (req: PayloadRequest, collection: string) =>
  // The password is an auth field, not one of the collection's own: its label is Payload's.
  fieldError(req, collection, 'password', 'passwordTooShort', { vars: { min: PASSWORD_MIN }, label: req.t('general:password') })

/** A new or changed password must be at least PASSWORD_MIN characters, through any client. */
export const passwordPolicy: CollectionBeforeValidateHook = ({ data, req, collection }) => {
  const password = data?.password
  if (typeof password === 'string' && passwordProblem(password)) throw tooShort(req, collection.slug)
  return data
}

/**
 * The same rule on 비밀번호 재설정: Payload hashes the new password before any validate hook
 * sees it (the stored user there has no plain password), so it is checked before the
 * operation, through REST, GraphQL, the admin's reset view and the site's /reset/ page alike.
 * A wrong or expired link is refused first, in the person's language (Payload's own refusal
 * is English), so a short password never tells whether a token is live.
 */
export const resetPasswordPolicy: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'resetPassword') return args
  const { token, password } = (args.data ?? {}) as { token?: unknown; password?: unknown }
  if (!(await isResetTokenLive(req.payload, token, req))) throw refuse(req, 'resetLinkInvalid', 403)
  if (typeof password !== 'string' || passwordProblem(password)) throw tooShort(req, collection.slug)
  return args
}
