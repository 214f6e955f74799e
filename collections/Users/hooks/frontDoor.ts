import crypto from 'node:crypto'
import type { CollectionAfterLoginHook, CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'
import { afterLogin, beforeLogin, checkSignUp, countForgot, countSignUp } from '../../../kernel/http/throttle'

/** What Payload's current password hashes cost (pbkdf2-sha256, 600,000 rounds, 32 bytes). */
const HASH_ROUNDS = 600_000
const HASH_BYTES = 32

/**
 * An unknown address costs a sign-in the same work as a known one: Payload answers "wrong
 * e-mail or password" for both, but without this it answers an unknown address before hashing
 * anything (~12 ms against ~130 ms), which tells a stranger which addresses have accounts.
 */
export function hashLikeASignIn(password: string): Promise<void> {
  return new Promise((resolve) => {
    crypto.pbkdf2(password, crypto.randomBytes(32).toString('hex'), HASH_ROUNDS, HASH_BYTES, 'sha256', () => resolve())
  })
}

/**
 * The limits of kernel/http/throttle.ts on every way in — REST, GraphQL and the Local API
 * behind the site's /login/, /join/ and /forgot/ — since all of them run these operations.
 */
export const frontDoor: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const data = (('data' in args ? args.data : undefined) ?? {}) as { email?: unknown; password?: unknown }
  const email = typeof data.email === 'string' ? data.email : ''
  if (operation === 'login') {
    await beforeLogin(req, email)
    const known = email && await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email.trim().toLowerCase() } }, req })
    if (!known) await hashLikeASignIn(typeof data.password === 'string' ? data.password : '')
  }
  if (operation === 'create' && !req.user) await checkSignUp(req)
  if (operation === 'forgotPassword') await countForgot(req)
  return args
}

/** A successful sign-in clears the failures counted for it. */
export const forgiveSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  await afterLogin(req, String((user as { email?: string }).email ?? ''))
}

/**
 * A public sign-up that was stored counts against its address. A sign-up that is one step of a
 * larger write (기업등록 with its account, members/operations/signUp.ts) sets `context.countSignUpAfterCommit`
 * and is counted by its caller once everything is stored: a rolled-back attempt does not count.
 */
export const countPublicSignUp: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation === 'create' && !req.user && req.context?.countSignUpAfterCommit !== true) await countSignUp(req)
  return result
}
