import type { CollectionBeforeChangeHook } from 'payload'
import { isTrustedWrite } from '../../kernel/access/trusted'

/**
 * createdAt is the registration date that the statistics and the 동반성장 평가 count by, so a
 * client may not backdate it; only trusted imports (the demo seed) set it.
 */
export const keepServerTimestamps: CollectionBeforeChangeHook = ({ data, operation, originalDoc, context }) => {
  if (isTrustedWrite(context)) return data
  if (operation === 'create') delete data.createdAt
  else data.createdAt = originalDoc?.createdAt
  return data
}
