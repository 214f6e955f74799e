/**
 * The jobs-queue task of the weekly program alerts: `sendProgramAlerts`, scheduled by Payload
 * every Monday at 09:00 in Seoul on its own `alerts` queue (a long newsletter send or a site
 * rebuild never holds it up). The work is newsletter/alerts/send.ts; `npm run alerts:send` runs
 * the same thing by hand. Per-recipient watermarks make a repeated or resumed run harmless.
 */
import type { TaskConfig } from 'payload'
import { ALERTS_QUEUE, ALERTS_TASK } from '../../kernel/jobs'
import { runProgramAlerts } from '../../newsletter/alerts/send'

/** Monday 09:00:00. The server sets TZ=Asia/Seoul (cli/start.mjs): Payload reads crons in the process's zone. */
export const WEEKLY_ALERTS_CRON = '0 0 9 * * 1'

type AlertsIO = { input: Record<string, never>; output: { recipients: number; sent: number; failed: number } }

export function alertTasks(): TaskConfig<AlertsIO>[] {
  return [
    {
      slug: ALERTS_TASK,
      label: 'Send the weekly program alerts',
      // A run that failed as a whole (database down) is tried once more; recipients already done are skipped.
      retries: 1,
      outputSchema: [
        { name: 'recipients', type: 'number', required: true },
        { name: 'sent', type: 'number', required: true },
        { name: 'failed', type: 'number', required: true },
      ],
      schedule: [{ cron: WEEKLY_ALERTS_CRON, queue: ALERTS_QUEUE }],
      handler: async ({ req }) => {
        const { recipients, sent, failed } = await runProgramAlerts(req.payload)
        return { output: { recipients, sent, failed } }
      },
    } as TaskConfig<AlertsIO>,
  ]
}
