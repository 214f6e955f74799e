/**
 * The jobs-queue tasks that publish the public site, one at a time on the `site` queue:
 * `publishSiteChanges`, queued when programs change (an incremental publish of just what they
 * touch), `rebuildSite`, queued when other public content changes (a full build), and
 * `rebuildSiteDaily`, which Payload schedules just after midnight in Seoul so 진행단계 moves with
 * the calendar even when nobody edits anything. The queue is run by cms/jobs/siteQueue.ts as
 * soon as work is queued.
 *
 * The publisher is passed in rather than imported: the admin's Next bundle loads this config
 * too, and must not pull in Eleventy, Pagefind and sharp. Only the jobs thread (server/jobsThread.ts; and tests)
 * hand over `sitePublisher` (cms/jobs/runSiteBuild.ts); the Next side never runs jobs.
 */
import type { Payload, TaskConfig } from 'payload'
import { PUBLISH_TASK, REBUILD_TASK, SITE_QUEUE } from '../../kernel/jobs'

type Outcome = { pages: number; programs: number; durationMs: number }
export type SiteBuilder = (payload: Payload, reason: string) => Promise<Outcome>
export type SitePublisher = { build: SiteBuilder; publishChanges: SiteBuilder }
type RebuildIO = { input: { reason?: string }; output: Outcome }

/** The server sets TZ=Asia/Seoul (cli/start.mjs), so this cron reads as Seoul wall-clock time. */
export const DAILY_REBUILD_CRON = '5 0 0 * * *'

const inputSchema: TaskConfig<RebuildIO>['inputSchema'] = [{ name: 'reason', type: 'text' }]
const outputSchema: TaskConfig<RebuildIO>['outputSchema'] = [
  { name: 'pages', type: 'number', required: true },
  { name: 'programs', type: 'number', required: true },
  { name: 'durationMs', type: 'number', required: true },
]

function handlerFor(run: SiteBuilder | undefined, fallbackReason: string): TaskConfig<RebuildIO>['handler'] {
  return async ({ input, req }) => {
    if (!run) throw new Error('이 스레드에는 사이트 빌더가 없습니다. 사이트 빌드는 작업 스레드(server/jobsThread.ts)에서 실행됩니다.')
    const { pages, programs, durationMs } = await run(req.payload, input?.reason || fallbackReason)
    return { output: { pages, programs, durationMs } }
  }
}

export function siteTasks(publisher?: SitePublisher): TaskConfig<RebuildIO>[] {
  return [
    { slug: PUBLISH_TASK, label: 'Publish changed programs', retries: 1, inputSchema, outputSchema, handler: handlerFor(publisher?.publishChanges, 'programs changed') },
    { slug: REBUILD_TASK, label: 'Rebuild the public site', retries: 1, inputSchema, outputSchema, handler: handlerFor(publisher?.build, 'content change') },
    {
      slug: 'rebuildSiteDaily',
      label: 'Rebuild the public site (daily, 진행단계)',
      retries: 1,
      inputSchema,
      outputSchema,
      schedule: [{ cron: DAILY_REBUILD_CRON, queue: SITE_QUEUE }],
      handler: handlerFor(publisher?.build, 'daily 진행단계 update'),
    },
  ] as TaskConfig<RebuildIO>[]
}
