/**
 * The jobs-queue task that sends an issue: `sendNewsletter`, queued by
 * POST /api/newsletters/:id/send (now, or at the sendAt) and again by the server at
 * start for every issue a crash left in `sending`. The work itself is newsletter/send/runSend.ts;
 * it holds a lease on the issue, so a second job or `npm run newsletter:send` never sends
 * alongside it.
 */
import type { TaskConfig } from 'payload'
import { SEND_TASK } from '../../kernel/jobs'
import { runSend } from '../../newsletter/send/runSend'

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
