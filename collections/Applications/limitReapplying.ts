import type { CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'
import { idOf } from '../../notifications/ids'
import { checkApplication, countApplication } from '../../kernel/http/throttle'

/** Withdraw-and-reapply loops on one program are limited per account and day (kernel/http/throttle.ts). */
export const checkReapplying: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const program = operation === 'create' && 'data' in args ? (args.data as { program?: unknown } | undefined)?.program : undefined
  const programId = idOf(program)
  if (req.user && programId != null) await checkApplication(req, req.user.id, programId)
  return args
}

export const countReapplying: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  const program = operation === 'create' ? (result as { program?: unknown } | undefined)?.program : undefined
  const programId = idOf(program)
  if (req.user && programId != null) await countApplication(req, req.user.id, programId)
  return result
}
