import type { Access } from 'payload'
import { isPlatformAdmin } from '../rules/roles'

/**
 * Wraps a rule for a versioned collection so that only a platform admin publishes: for programs,
 * publishing is approving (확인완료). Payload asks `update` with `_status: 'published'` to decide
 * whether to offer Publish, and again on every save that publishes.
 */
export const onlyPlatformAdminPublishes =
  (access: Access): Access =>
  (args) => {
    if (args.data?._status === 'published' && !isPlatformAdmin(args.req.user)) return false
    return access(args)
  }
