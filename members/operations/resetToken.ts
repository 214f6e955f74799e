/**
 * The 비밀번호 재설정 link's token, as the member's /reset/ page and the Users collection's reset
 * hook both check it.
 */
import type { Payload, PayloadRequest } from 'payload'

/** Whether a 비밀번호 재설정 link's token belongs to an account and has not expired or been used. */
export async function isResetTokenLive(payload: Payload, token: unknown, req?: Partial<PayloadRequest>): Promise<boolean> {
  if (typeof token !== 'string' || token === '' || token.length > 200) return false
  const user = await payload.db.findOne({
    collection: 'users',
    where: { and: [{ resetPasswordToken: { equals: token } }, { resetPasswordExpiration: { greater_than: new Date().toISOString() } }] },
    req,
  })
  return Boolean(user)
}
