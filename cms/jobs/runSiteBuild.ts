/**
 * Site work as the jobs queue runs it: a full build (runSiteBuild) or an incremental publish of
 * changed programs (runSitePublish), then the outcome recorded in the `site-status` global (shown
 * on the admin dashboard) and the log. A failure leaves the live site as it was (a full build
 * only switches on success; an incremental step replaces files only once they are complete) and
 * is rethrown so the job is marked failed.
 *
 * Imported only by processes that build (the server, tests), never by the admin's Next bundle.
 */
import type { Payload } from 'payload'
import { buildSite, type BuildReport } from '../../site/publish/buildSite'
import { publishProgramChanges, publishProgramPagesNow } from '../../site/publish/incremental'
import { defaultSitePaths } from '../../site/publish/output'
import { readEnv } from '../../kernel/settings/env'
import { hasWaitingJob, REBUILD_TASK } from '../../kernel/jobs'
import type { SitePublisher } from './rebuildSite'

async function recordFailure(payload: Payload, reason: string, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error)
  payload.logger.error({ err: error, msg: `공개 사이트 빌드 실패 (${reason}) — 기존 사이트를 그대로 둡니다: ${message}` })
  await payload
    .updateGlobal({ slug: 'site-status', data: { state: 'failed', lastFailedAt: new Date().toISOString(), lastError: message.slice(0, 2000), reason }, overrideAccess: true })
    .catch((statusError) => payload.logger.error({ err: statusError, msg: 'site-status could not be recorded' }))
}

export async function runSiteBuild(payload: Payload, reason: string): Promise<BuildReport> {
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
    await recordFailure(payload, reason, error)
    throw error
  }
}

/**
 * Publishes the programs changed since the live build. Builds in full instead when this process
 * has no live build of its own to patch (after a restart), and skips when a full build is
 * already waiting (it will read these changes too).
 */
export async function runSitePublish(payload: Payload, reason: string): Promise<{ pages: number; programs: number; durationMs: number }> {
  if (await hasWaitingJob(payload, REBUILD_TASK)) return { pages: 0, programs: 0, durationMs: 0 }
  let report
  try {
    report = await publishProgramChanges(payload, { siteUrl: readEnv().siteUrl, paths: defaultSitePaths() })
  } catch (error) {
    payload.logger.warn({ err: error, msg: `변경분 게시 실패 (${reason}) — 전체 빌드로 다시 만듭니다` })
  }
  if (!report) return runSiteBuild(payload, reason)
  const status = await payload.findGlobal({ slug: 'site-status', overrideAccess: true })
  await payload.updateGlobal({
    slug: 'site-status',
    data: { state: 'ok', lastBuiltAt: new Date().toISOString(), durationMs: report.durationMs, pages: status.pages, programs: report.programs, reason: `${reason} (변경분 게시: 프로그램 ${report.changed}개)` },
    overrideAccess: true,
  })
  payload.logger.info(
    `변경된 프로그램 ${report.changed}개를 게시했습니다 (${reason}): 프로그램 페이지 ${report.programPages}개 (${report.programPagesLiveMs} ms에 공개), 다른 파일 ${report.pagesChanged}개, 모두 ${report.durationMs} ms`,
  )
  return { pages: report.programPages + report.pagesChanged, programs: report.programs, durationMs: report.durationMs }
}

/**
 * The changed programs' own pages, while the runner is busy with a publish or build
 * (cms/jobs/siteQueue.ts): a program saved then goes live at once instead of waiting for the job
 * ahead of its own. Never fails the caller: the publish job that follows does the whole work.
 */
export async function runProgramPagesNow(payload: Payload): Promise<number | null> {
  try {
    const started = performance.now()
    const written = await publishProgramPagesNow(payload, { paths: defaultSitePaths() })
    if (written) payload.logger.info(`프로그램 페이지 ${written}개를 먼저 게시했습니다 (${Math.round(performance.now() - started)} ms): 목록과 검색은 이어지는 작업이 게시합니다`)
    return written
  } catch (error) {
    payload.logger.warn({ err: error, msg: '프로그램 페이지를 먼저 게시하지 못했습니다 — 이어지는 작업이 게시합니다' })
    return null
  }
}

export const sitePublisher: SitePublisher = { build: runSiteBuild, publishChanges: runSitePublish }
