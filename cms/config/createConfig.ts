import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type SanitizedConfig } from 'payload'
import sharp from 'sharp'
import { collections } from '../../collections'
import { withTextRules } from '../../collections/fields/textRules'
import { ReviewDigest } from '../globals/ReviewDigest'
import { SiteStatus } from '../globals/SiteStatus'
import { jobsConfig } from '../jobs'
import type { SitePublisher } from '../jobs/rebuildSite'
import { statsEndpoint } from '../api/stats'
import { errorBoundary } from '../../kernel/http/errorBoundary'
import { graphqlCostRules } from '../api/graphqlCost'
import { formatBytes, UPLOAD_FILE_LIMIT } from '../../kernel/http/limits'
import { msg } from '../../kernel/i18n/messages'
import { alertEndpoints } from '../../newsletter/alerts/endpoints'
import { evaluationReportEndpoint } from '../../evaluation/endpoint'
import { i18n } from '../../kernel/i18n'
import { databaseAdapter } from './database'
import { emailAdapter } from '../../kernel/settings/email'
import { isProductionDeployment, productionMailProblems, readEnv } from '../../kernel/settings/env'
import { keepDataPrivate } from '../../kernel/settings/privateData'
import { resolveSecret } from '../../kernel/settings/secret'
import { guardLockedDocuments } from './lockedDocuments'
import { originAllowlist } from '../../kernel/settings/origins'

export type ConfigOptions = {
  databaseUri?: string
  secret?: string
  smtpUrl?: string
  /** Given by processes that build the public site (the server, tests); see cms/jobs/rebuildSite.ts. */
  sitePublisher?: SitePublisher
  /** false: queued jobs run only when called (payload.jobs.run, runSend); the tests use this. */
  autoRunJobs?: boolean
}

// Every command runs from the repository root (npm scripts do), in Node and in the Next bundle alike.
const ROOT = process.cwd()

/**
 * A production deployment does not start without the public SITE_URL and a real MAIL_FROM: every
 * e-mail's links and sender come from them (docs/SPEC.md "Configuration").
 */
function refuseProductionWithoutMailSettings(): void {
  if (!isProductionDeployment() || process.env.NEXT_PHASE === 'phase-production-build') return
  const problems = productionMailProblems(process.env)
  if (problems.length) throw new Error(`상생누리를 운영 모드로 시작할 수 없습니다 / cannot start in production:\n- ${problems.join('\n- ')}`)
}

/** The one Payload config, built from the environment (or from explicit options in tests). */
export function createConfig(options: ConfigOptions = {}): Promise<SanitizedConfig> {
  const env = readEnv()
  refuseProductionWithoutMailSettings()
  keepDataPrivate()
  // Our origins (server/security/crossSite.ts): a session cookie sent from any other is ignored
  // (csrf), and only these may read API answers cross-origin (cors).
  const origins = originAllowlist({ siteUrl: env.siteUrl, allowedOrigins: env.allowedOrigins, production: isProductionDeployment() })
  return buildConfig({
    // No serverURL: the admin then calls its API on whatever host it was opened with (localhost,
    // 127.0.0.1 or a proxy's name); SITE_URL is only for absolute links in feeds and e-mails.
    secret: options.secret ?? resolveSecret(),
    csrf: origins,
    cors: origins,
    db: databaseAdapter(options.databaseUri ?? env.databaseUri),
    email: emailAdapter(options.smtpUrl ?? env.smtpUrl, env.mailFrom, env.dkim),
    // The newsletter sender opens its own pooled transport from these (newsletter/send/mailSettings.ts).
    custom: { smtpUrl: options.smtpUrl ?? env.smtpUrl, mailFrom: env.mailFrom, siteUrl: env.siteUrl },
    editor: lexicalEditor(),
    sharp,
    i18n,
    collections,
    globals: [SiteStatus, ReviewDigest].map(withTextRules),
    jobs: jobsConfig(options.sitePublisher, { autoRun: options.autoRunJobs ?? true }),
    endpoints: [statsEndpoint, evaluationReportEndpoint, ...alertEndpoints],
    admin: {
      user: 'users',
      // No Gravatar: the admin must not call third-party hosts.
      avatar: 'default',
      components: {
        beforeDashboard: ['/admin/DashboardSummary#DashboardSummary'],
        // Two English strings Payload hard-codes: the bulk-upload toasts and the lock dialog's date.
        providers: ['/admin/LocalizedToasts#LocalizedToasts', '/admin/LockedDocumentDate#LockedDocumentDate'],
        afterNavLinks: ['/admin/evaluation/NavLink#EvaluationNavLink'],
        // 동반성장 평가 (cms/admin/evaluation): the detail first, both exact, so /evaluation/<id> is never the list.
        views: {
          evaluationDetail: { Component: '/admin/evaluation/DetailView#EvaluationDetailView', path: '/evaluation/:companyId', exact: true, meta: { title: '동반성장 평가' } },
          // meta.title: a custom view's page title is otherwise Payload's ("Payload — 상생누리 관리").
          evaluation: { Component: '/admin/evaluation/ListView#EvaluationListView', path: '/evaluation', exact: true, meta: { title: '동반성장 평가' } },
        },
      },
      // Payload's defaults name Payload (og "Payload App", its favicon): the admin is 상생누리's.
      meta: {
        titleSuffix: ' — 상생누리 관리',
        description: '상생누리 운영 관리',
        icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/assets/favicon.svg' }],
        openGraph: { siteName: '상생누리', title: '상생누리 관리', description: '상생누리 운영 관리' },
      },
      dateFormat: 'yyyy-MM-dd',
      importMap: {
        baseDir: path.join(ROOT, 'cms'),
        importMapFile: path.join(ROOT, 'cms/app/(payload)/admin/importMap.js'),
      },
    },
    typescript: { outputFile: path.join(ROOT, 'kernel/payload-types.ts') },
    // A query's cost counts every row it asks for (cms/api/graphqlCost.ts).
    graphQL: { schemaOutputFile: path.join(ROOT, 'cms/schema.graphql'), validationRules: (args) => graphqlCostRules(args) },
    // Uploads stop at the file limit with a Korean 413 (kernel/http/limits.ts).
    upload: { limits: { fileSize: UPLOAD_FILE_LIMIT }, abortOnLimit: true, responseOnLimit: msg(null, 'fileTooLarge', { max: formatBytes(UPLOAD_FILE_LIMIT) }) },
    // What fails as a bad request (cast, foreign key, parse) answers 4xx in Korean (kernel/http/errorBoundary.ts).
    hooks: { afterError: [errorBoundary] },
    telemetry: false,
    // Document locks for the admin's editors only, in their own name (cms/config/lockedDocuments.ts).
  }).then(guardLockedDocuments)
}
