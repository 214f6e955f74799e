import type { CollectionAfterErrorHook } from 'payload'
import { isDuplicateApplicationError } from '../../members/applications/activeKey'
import { msg } from '../../kernel/i18n/messages'

/**
 * Two applications of one company to one program arriving together both pass the hook's check;
 * the unique activeKey index refuses the second. Payload reports that as a 400 "Value must be
 * unique" on a hidden field: answer 409 with the same Korean message the check gives.
 */
export const duplicateAsConflict: CollectionAfterErrorHook = ({ error, req }) => {
  if (!isDuplicateApplicationError(error)) return
  return { status: 409, response: { errors: [{ message: msg(req, 'applyDuplicate') }] } }
}
