import { kstDate } from '../../../kernel/rules/dates'
import { readJsonBody } from '../../../kernel/http/respond'
import { msg } from '../../../kernel/i18n/messages'
import { sendProof } from '../../../newsletter/send/sendProof'
import { startSend } from '../../../newsletter/send/startSend'
import { staffEndpoint } from './staff'

const seoulTime = (iso: string) => `${kstDate(iso)} ${new Date(iso).toLocaleTimeString('ko-KR', { timeZone: 'Asia/Seoul', hour: '2-digit', minute: '2-digit' })}`

/**
 * POST /api/newsletters/:id/send — `{}` starts the send (or schedules it for the sendAt);
 * `{ test: "address" }` sends one test message now. JSON only, and no other field: a form post
 * (`test=…`, which another site could send) is 415, never an empty body that starts the send.
 */
export const sendEndpoint = staffEndpoint('/:id/send', 'post', async (req, id) => {
  const body = await readJsonBody(req, ['test'])
  if (body.test !== undefined) {
    const to = await sendProof(req.payload, id, body.test, req)
    return Response.json({ message: msg(req, 'newsletterTestSent', { to }) })
  }
  const started = await startSend(req.payload, id, req)
  const message = started.status === 'scheduled' ? msg(req, 'newsletterScheduled', { at: seoulTime(started.sendAt!) }) : msg(req, 'newsletterQueued')
  return Response.json({ message, status: started.status }, { status: 202 })
})
