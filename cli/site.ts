/**
 * npm run site:build [-- --now <ISO instant>] [-- --no-publish]
 * Builds the public site from the database the environment names, printing each step, and
 * switches the live site to it (a running server serves the new build on its next request).
 */
process.env.DISABLE_PAYLOAD_HMR = 'true'

import { readEnv } from '../kernel/settings/env'
import { BUILD_STEP_LABELS, buildSite } from '../site/publish/buildSite'
import { runCommand } from './command'

function parseArgs(argv: string[]): { now: Date; publish: boolean } {
  let now = new Date()
  let publish = true
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2)
    if (flag === '--now') now = new Date(inline ?? argv[++i])
    else if (flag === '--no-publish') publish = false
    else throw new Error(`알 수 없는 옵션 "${argv[i]}". 사용법: npm run site:build [-- --now <ISO 시각>] [-- --no-publish]`)
  }
  if (Number.isNaN(now.getTime())) throw new Error('--now 에는 ISO 시각을 주세요. 예: 2026-05-20T10:00:00+09:00')
  return { now, publish }
}

runCommand({
  parse: parseArgs,
  failure: '\n사이트를 만들지 못했습니다: ',
  run: async (payload, { now, publish }) => {
  const report = await buildSite(payload, {
    siteUrl: readEnv().siteUrl,
    now,
    publish,
    onStep: (step, phase, ms) => {
      if (phase === 'start') process.stdout.write(`▶ ${BUILD_STEP_LABELS[step]}… `)
      else console.log(`${((ms ?? 0) / 1000).toFixed(2)}초`)
    },
  })
  console.log(`\n사이트를 만들었습니다: 페이지 ${report.pages}개, 프로그램 ${report.programs}개, 이미지 ${report.images}개, ${(report.durationMs / 1000).toFixed(1)}초`)
  console.log(publish ? `공개 중: ${report.dir}` : `공개하지 않음 (--no-publish): ${report.dir}`)
  },
})
