import type { Endpoint } from 'payload'
import { errorResponse, readJson } from '../../../cms/api/respond'
import { kstDate } from '../../../cms/domain/dates'
import { msg } from '../../../cms/i18n/messages'
import { sendTest } from '../../../newsletter/send/sendTest'
import { startSend } from '../../../newsletter/send/startSend'
import { refuseUnlessStaff, routeId } from './staff'

/**
 * POST /api/newsletters/:id/send — `{}` starts the send (or schedules it for the sendAt);
 * `{ test: "address" }` sends one test message now.
 */
export const sendEndpoint: Endpoint = {
  path: '/:id/send',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    try {
      const body = await readJson(req)
      if (body.test !== undefined) {
        const to = await sendTest(req.payload, routeId(req), body.test, req)
        return Response.json({ message: msg(req, 'newsletterTestSent', { to }) })
      }
      const started = await startSend(req.payload, routeId(req), req)
      const message = started.status === 'scheduled'
        ? msg(req, 'newsletterScheduled', { at: `${kstDate(started.sendAt!)} ${new Date(started.sendAt!).toLocaleTimeString('ko-KR', { timeZone: 'Asia/Seoul', hour: '2-digit', minute: '2-digit' })}` })
        : msg(req, 'newsletterQueued')
      return Response.json({ message, status: started.status }, { status: 202 })
    } catch (error) {
      return errorResponse(error, req)
    }
  },
}
