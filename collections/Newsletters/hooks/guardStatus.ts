import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'
import { msg } from '../../../kernel/i18n/messages'
import { canMoveStatus, isContentLocked, type NewsletterStatus } from '../../../newsletter/send/issueStatus'
import { fieldError } from '../../hooks/errors'
import { isTrustedWrite } from '../../../kernel/access/trusted'

/**
 * Editors set 작성중 or 발송예약 (with a future sendAt); the sender (context.newsletterSender)
 * moves an issue through sending, paused and sent; a trusted import (the seed) may set anything.
 * While a send is under way the issue cannot be edited.
 */
export const guardStatus: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context, collection }) => {
  if (isTrustedWrite(context)) return data
  const actor = context?.newsletterSender === true ? 'sender' : 'editor'
  const from = (operation === 'create' ? 'draft' : originalDoc?.status) as NewsletterStatus
  const to = (data.status ?? from) as NewsletterStatus
  if (actor === 'editor' && operation === 'update' && isContentLocked(from)) throw new APIError(msg(req, 'newsletterLocked'), 409, null, true)
  if (!canMoveStatus(from, to, actor)) throw fieldError(req, collection.slug, 'status', 'newsletterStatusByEditor')
  if (actor === 'editor' && to === 'scheduled') {
    const sendAt = data.sendAt ?? originalDoc?.sendAt
    if (!sendAt || new Date(sendAt).getTime() <= Date.now()) throw fieldError(req, collection.slug, 'sendAt', 'newsletterScheduleNeedsDate')
  }
  return data
}

export const refuseDeleteWhileSending: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const issue = await req.payload.findByID({ collection: 'newsletters', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (issue && isContentLocked(issue.status as NewsletterStatus)) throw new APIError(msg(req, 'newsletterDeleteWhileSending'), 409, null, true)
}
