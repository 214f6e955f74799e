import type { CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'
import { checkApplication, countApplication } from '../../cms/security/throttle'

const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: string | number }).id : (value as string | number))

/** Withdraw-and-reapply loops on one program are limited per account and day (cms/security/throttle.ts). */
export const checkReapplying: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const program = operation === 'create' && 'data' in args ? (args.data as { program?: unknown } | undefined)?.program : undefined
  if (req.user && program != null) await checkApplication(req, req.user.id, idOf(program))
  return args
}

export const countReapplying: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  const program = operation === 'create' ? (result as { program?: unknown } | undefined)?.program : undefined
  if (req.user && program != null) await countApplication(req, req.user.id, idOf(program))
  return result
}
