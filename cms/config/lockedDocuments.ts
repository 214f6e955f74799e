/**
 * Payload's document locks (`payload-locked-documents`, the "being edited by …" dialog) are a
 * collection any signed-in account may write by default: a member could lock another company's
 * program, a platform admin's account or a global, under anyone's name, and the owner's saves
 * then failed with 423. Locks belong to the people who edit in the admin: staff only, and a lock
 * is always in the name of the account that takes it.
 */
import type { Access, CollectionBeforeChangeHook, SanitizedConfig } from 'payload'
import { isCompanyAdmin, isContentStaff } from '../../kernel/rules/roles'

const LOCKS = 'payload-locked-documents'

/** Who edits in the admin: platform admins, editors and company admins. */
export const editsInAdmin: Access = ({ req }) => Boolean(req.user && (isContentStaff(req.user) || isCompanyAdmin(req.user)))

/** A lock names the account that takes it, whatever the request says. */
export const lockInOwnName: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.payloadAPI === 'local' || !req.user) return data
  return { ...data, user: { relationTo: req.user.collection ?? 'users', value: req.user.id } }
}

export function guardLockedDocuments(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKS)
  if (!locks) return config
  locks.access = { ...locks.access, create: editsInAdmin, read: editsInAdmin, update: editsInAdmin, delete: editsInAdmin }
  locks.hooks = { ...locks.hooks, beforeChange: [...(locks.hooks?.beforeChange ?? []), lockInOwnName] }
  return config
}
