/**
 * At server start: sends a crash (or a stop) interrupted are queued again. A job the dead
 * process was running is still marked processing in payload-jobs and would never run again, so
 * it is removed first; the new job resumes from the ledger (runSend turns rows left in flight
 * into `unknown`). Scheduled issues keep their queued jobs.
 */
import type { Payload } from 'payload'
import { queueNewsletterSend, SEND_TASK } from '../../kernel/jobs'

export async function resumeInterruptedSends(payload: Payload): Promise<number> {
  await payload.delete({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: SEND_TASK } }, { processing: { equals: true } }] }, overrideAccess: true })
  const { docs } = await payload.find({ collection: 'newsletters', where: { status: { equals: 'sending' } }, depth: 0, pagination: false, select: { status: true }, overrideAccess: true })
  for (const issue of docs) {
    payload.logger.info(`소식지 ${issue.id}: 중단된 발송을 이어서 진행합니다.`)
    await queueNewsletterSend(payload, issue.id)
  }
  return docs.length
}
