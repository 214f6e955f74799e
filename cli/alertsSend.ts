/**
 * npm run alerts:send [-- --dry-run]
 *
 * Sends the weekly program alerts now, in this process: the same run the server's
 * `sendProgramAlerts` job makes every Monday at 09:00 (newsletter/alerts/send.ts). Recipients
 * already covered up to now get nothing again. With --dry-run, prints who would get which
 * programs, and sends and records nothing. Exit code 0 unless a message failed.
 */
process.env.DISABLE_PAYLOAD_HMR = 'true'

import { runProgramAlerts } from '../newsletter/alerts/send'
import { runCommand } from './command'

const USAGE = 'usage: npm run alerts:send [-- --dry-run]'

runCommand({
  parse: (args) => {
    if (args.some((a) => a !== '--dry-run')) throw new Error(USAGE)
    return { dryRun: args.includes('--dry-run') }
  },
  run: async (payload, { dryRun }) => {
  const report = await runProgramAlerts(payload, {
    dryRun,
    onPlan: ({ recipient, programs }) => {
      const who = `${recipient.email} (${recipient.kind === 'user' ? '회원' : '구독자'} ${recipient.id})`
      console.log(`${dryRun ? '[시험] ' : ''}${who}: ${programs.length}건`)
      for (const program of programs) console.log(`  - ${program.title} (프로그램 ${program.id})`)
    },
  })
  const verb = dryRun ? '보낼 예정' : '발송'
  console.log(`기준 시각 ${report.cutoff}: 대상 ${report.recipients}명, ${verb} ${report.sent}건, 새 프로그램 없음 ${report.nothingNew}명, 실패 ${report.failed}건`)
  return report.failed ? 1 : 0
  },
})
