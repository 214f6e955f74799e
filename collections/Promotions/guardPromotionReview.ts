import type { CollectionBeforeChangeHook } from 'payload'
import { isPlatformAdmin } from '../../kernel/rules/roles'
import { fieldError } from '../hooks/errors'
import { isTrustedWrite } from '../../kernel/access/trusted'

/**
 * Only a platform admin accepts or rejects a promotion record. A company admin's new or edited
 * record goes (back) to 확인요청, so an accepted record cannot be changed and stay accepted.
 */
export const guardPromotionReview: CollectionBeforeChangeHook = ({ data, req, originalDoc, context, collection }) => {
  if (isTrustedWrite(context) || isPlatformAdmin(req.user)) return data
  const requested = data.review ?? 'submitted'
  if (requested !== 'submitted' && requested !== originalDoc?.review) throw fieldError(req, collection.slug, 'review', 'promotionReviewByAdmin', { status: 403 })
  data.review = 'submitted'
  data.reviewNote = originalDoc?.reviewNote
  return data
}
