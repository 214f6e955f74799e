/**
 * The jobs-queue tasks that rebuild the public site: `rebuildSite`, queued when public
 * content changes (collections/hooks/rebuildSiteOnChange.ts), and `rebuildSiteDaily`, which
 * Payload schedules just after midnight in Seoul so 진행단계 moves with the calendar even when
 * nobody edits anything. Both run one build at a time on the `site` queue.
 */
import type { Payload, TaskConfig } from 'payload'
import { buildSite } from '../../site/build/buildSite'
import { readEnv } from '../config/env'
import { REBUILD_TASK, SITE_QUEUE } from './queueSiteRebuild'

type RebuildIO = { input: { reason?: string }; output: { pages: number; programs: number; durationMs: number } }

export async function runSiteBuild(payload: Payload, reason: string) {
  try {
    const report = await buildSite(payload, { siteUrl: readEnv().siteUrl })
    await payload.updateGlobal({
      slug: 'site-status',
      data: { state: 'ok', lastBuiltAt: new Date().toISOString(), durationMs: report.durationMs, pages: report.pages, programs: report.programs, reason },
      overrideAccess: true,
    })
    payload.logger.info(`공개 사이트를 새로 만들었습니다 (${reason}): 페이지 ${report.pages}개, ${report.durationMs} ms`)
    return report
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    payload.logger.error({ err: error, msg: `공개 사이트 빌드 실패 (${reason}) — 기존 사이트를 그대로 둡니다: ${message}` })
    await payload
      .updateGlobal({ slug: 'site-status', data: { state: 'failed', lastFailedAt: new Date().toISOString(), lastError: message.slice(0, 2000), reason }, overrideAccess: true })
      .catch((statusError) => payload.logger.error({ err: statusError, msg: 'site-status could not be recorded' }))
    throw error
  }
}

const handlerFor = (fallbackReason: string): TaskConfig<RebuildIO>['handler'] => async ({ input, req }) => {
  const report = await runSiteBuild(req.payload, input?.reason || fallbackReason)
  return { output: { pages: report.pages, programs: report.programs, durationMs: report.durationMs } }
}

const inputSchema: TaskConfig<RebuildIO>['inputSchema'] = [{ name: 'reason', type: 'text' }]
const outputSchema: TaskConfig<RebuildIO>['outputSchema'] = [
  { name: 'pages', type: 'number', required: true },
  { name: 'programs', type: 'number', required: true },
  { name: 'durationMs', type: 'number', required: true },
]

export const rebuildSiteTask: TaskConfig<RebuildIO> = {
  slug: REBUILD_TASK,
  label: 'Rebuild the public site',
  retries: 1,
  inputSchema,
  outputSchema,
  handler: handlerFor('content change'),
}

/** The server sets TZ=Asia/Seoul (cms/start.mjs), so this cron reads as Seoul wall-clock time. */
export const DAILY_REBUILD_CRON = '5 0 0 * * *'

export const rebuildSiteDailyTask: TaskConfig<RebuildIO> = {
  slug: 'rebuildSiteDaily',
  label: 'Rebuild the public site (daily, 진행단계)',
  retries: 1,
  inputSchema,
  outputSchema,
  schedule: [{ cron: DAILY_REBUILD_CRON, queue: SITE_QUEUE }],
  handler: handlerFor('daily 진행단계 update'),
}

export const jobsConfig = {
  tasks: [rebuildSiteTask, rebuildSiteDailyTask],
  // Only a server started with crons (cms/serve.ts) runs these; tests and CLIs run builds directly.
  autoRun: [{ cron: '* * * * * *', queue: SITE_QUEUE, limit: 1 }],
  deleteJobOnComplete: true,
}
