import type { PayloadRequest } from 'payload'
import { msg } from '../../cms/i18n/messages'

/** A link the public pages print as href: http(s) only, so no javascript: or data: URL gets there. */
const WEB_ADDRESS = /^https?:\/\/[^\s/$.?#][^\s]*$/i

/** Optional web address fields (관련사이트, 협력사 등록 사이트, 관련 주소): empty, or an http(s) URL. */
export const validateWebAddress = (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
  !value || WEB_ADDRESS.test(value) || msg(req, 'webAddressInvalid')
