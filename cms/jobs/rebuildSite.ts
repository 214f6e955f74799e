/**
 * The jobs-queue tasks that rebuild the public site: `rebuildSite`, queued when public
 * content changes (collections/hooks/rebuildSiteOnChange.ts), and `rebuildSiteDaily`, which
 * Payload schedules just after midnight in Seoul so 진행단계 moves with the calendar even when
 * nobody edits anything. Both run one at a time on the `site` queue.
 *
 * The builder is passed in rather than imported: the admin's Next bundle loads this config
 * too, and must not pull in Eleventy, Pagefind and sharp. Only the server process (and tests)
 * hand over `runSiteBuild`; the Next side never runs jobs.
 */
import type { Payload, TaskConfig } from 'payload'
import { REBUILD_TASK, SITE_QUEUE } from '../../kernel/jobs'

export type SiteBuilder = (payload: Payload, reason: string) => Promise<{ pages: number; programs: number; durationMs: number }>
type RebuildIO = { input: { reason?: string }; output: { pages: number; programs: number; durationMs: number } }

/** The server sets TZ=Asia/Seoul (cli/start.mjs), so this cron reads as Seoul wall-clock time. */
export const DAILY_REBUILD_CRON = '5 0 0 * * *'

const inputSchema: TaskConfig<RebuildIO>['inputSchema'] = [{ name: 'reason', type: 'text' }]
const outputSchema: TaskConfig<RebuildIO>['outputSchema'] = [
  { name: 'pages', type: 'number', required: true },
  { name: 'programs', type: 'number', required: true },
  { name: 'durationMs', type: 'number', required: true },
]

function handlerFor(builder: SiteBuilder | undefined, fallbackReason: string): TaskConfig<RebuildIO>['handler'] {
  return async ({ input, req }) => {
    if (!builder) throw new Error('이 프로세스에는 사이트 빌더가 없습니다. 사이트 빌드는 서버 프로세스(server/serve.ts)에서 실행됩니다.')
    const { pages, programs, durationMs } = await builder(req.payload, input?.reason || fallbackReason)
    return { output: { pages, programs, durationMs } }
  }
}

export function siteTasks(builder?: SiteBuilder): TaskConfig<RebuildIO>[] {
  return [
    { slug: REBUILD_TASK, label: 'Rebuild the public site', retries: 1, inputSchema, outputSchema, handler: handlerFor(builder, 'content change') },
    {
      slug: 'rebuildSiteDaily',
      label: 'Rebuild the public site (daily, 진행단계)',
      retries: 1,
      inputSchema,
      outputSchema,
      schedule: [{ cron: DAILY_REBUILD_CRON, queue: SITE_QUEUE }],
      handler: handlerFor(builder, 'daily 진행단계 update'),
    },
  ] as TaskConfig<RebuildIO>[]
}
