/**
 * One site build as the jobs queue runs it: build, then record the outcome in the
 * `site-status` global (shown on the admin dashboard) and the log. A failure leaves the live
 * site untouched (buildSite only switches on success) and is rethrown so the job is marked failed.
 *
 * Imported only by processes that build (the server, tests), never by the admin's Next bundle.
 */
import type { Payload } from 'payload'
import { buildSite, type BuildReport } from '../../site/publish/buildSite'
import { readEnv } from '../../kernel/settings/env'

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
    const message = error instanceof Error ? error.message : String(error)
    payload.logger.error({ err: error, msg: `공개 사이트 빌드 실패 (${reason}) — 기존 사이트를 그대로 둡니다: ${message}` })
    await payload
      .updateGlobal({ slug: 'site-status', data: { state: 'failed', lastFailedAt: new Date().toISOString(), lastError: message.slice(0, 2000), reason }, overrideAccess: true })
      .catch((statusError) => payload.logger.error({ err: statusError, msg: 'site-status could not be recorded' }))
    throw error
  }
}
