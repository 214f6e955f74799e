/**
 * At server start: a program-alerts run a crash (or a stop) interrupted is still marked
 * processing in payload-jobs. It would never finish, and Payload schedules no new Monday run
 * while it exists, so it is removed and a run queued now: recipients already sent to moved their
 * watermark and are skipped, the rest get their alert.
 */
import type { Payload } from 'payload'
import { ALERTS_QUEUE, ALERTS_TASK } from '../../kernel/jobs'

export async function resumeInterruptedAlerts(payload: Payload): Promise<boolean> {
  const { docs } = await payload.delete({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: ALERTS_TASK } }, { processing: { equals: true } }] },
    overrideAccess: true,
  })
  if (!docs.length) return false
  payload.logger.info('중단된 새 프로그램 알림 발송을 이어서 진행합니다.')
  // Cast: kernel/payload-types.ts lists the task slugs as they were when the types were last generated.
  await payload.jobs.queue({ task: ALERTS_TASK, queue: ALERTS_QUEUE, input: {} })
  return true
}
