/**
 * The jobs-queue task that sends an issue: `sendNewsletter`, queued by
 * POST /api/newsletters/:id/send (now, or at the sendAt) and again by the server at
 * start for every issue a crash left in `sending`. The work itself is newsletter/send/runSend.ts;
 * it holds a lease on the issue, so a second job or `npm run newsletter:send` never sends
 * alongside it.
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { runSend } from '../../newsletter/send/runSend'

export const NEWSLETTER_QUEUE = 'newsletter'
export const SEND_TASK = 'sendNewsletter'

type SendIO = { input: { newsletter: string }; output: { outcome: string } }

export function newsletterTasks(): TaskConfig<SendIO>[] {
  return [
    {
      slug: SEND_TASK,
      label: 'Send a newsletter issue',
      // The sender retries each recipient itself and resumes from its ledger; a failed job is
      // queued again by the server at its next start if the issue is still sending.
      retries: 0,
      inputSchema: [{ name: 'newsletter', type: 'text', required: true }],
      outputSchema: [{ name: 'outcome', type: 'text', required: true }],
      handler: async ({ input, req }) => {
        const result = await runSend(req.payload, input.newsletter)
        return { output: { outcome: result.outcome } }
      },
    } as TaskConfig<SendIO>,
  ]
}

/** Queues the send of one issue, to start now or at `at` (the sendAt). */
export async function queueNewsletterSend(payload: Payload, newsletterId: string | number, at?: Date, req?: PayloadRequest): Promise<void> {
  await payload.jobs.queue({
    task: SEND_TASK,
    queue: NEWSLETTER_QUEUE,
    input: { newsletter: String(newsletterId) },
    ...(at && at.getTime() > Date.now() ? { waitUntil: at } : {}),
    req,
  })
}
