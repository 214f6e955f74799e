import type { PayloadRequest } from 'payload'
import { isMember } from '../rules/roles'

/** Staff roles use the CMS panel; members use the public site's member area. */
export const canUseAdminPanel = ({ req }: { req: PayloadRequest }): boolean =>
  Boolean(req.user) && !isMember(req.user)
