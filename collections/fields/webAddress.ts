import type { PayloadRequest } from 'payload'
import { checkWebAddress, MAX_WEB_ADDRESS_LENGTH } from '../../kernel/rules/webAddress'
import { msg } from '../../kernel/i18n/messages'

/**
 * Optional web address fields (관련사이트, 협력사 등록 사이트, 관련 주소): empty, or an address that
 * passes the one URL rule (kernel/rules/webAddress.ts), with a Korean reason for each refusal.
 */
export const validateWebAddress = (value: string | null | undefined, { req }: { req: PayloadRequest }) => {
  if (!value || !value.trim()) return true
  const check = checkWebAddress(value)
  if (check.ok) return true
  if (check.reason === 'credentials') return msg(req, 'webAddressCredentials')
  if (check.reason === 'length') return msg(req, 'tooLong', { max: MAX_WEB_ADDRESS_LENGTH, count: value.trim().length })
  return msg(req, 'webAddressInvalid')
}
