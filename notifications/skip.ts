import type { RequestContext } from 'payload'
import { isTrustedWrite } from '../kernel/access/trusted'

/**
 * Seeds and imports pass `context.skipNotifications`; trusted server writes (the demo seed, test
 * fixtures, imports) are silent too unless they pass `context.notify`. Only what people do in the
 * admin, the site and the API sends work e-mails.
 */
export const skipsNotifications = (context: RequestContext | undefined): boolean =>
  context?.skipNotifications === true || (isTrustedWrite(context) && context?.notify !== true)
