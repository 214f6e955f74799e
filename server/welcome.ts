import { DEMO_PASSWORD, USERS } from '../seed/data/users'
import { ROLE_LABELS } from '../kernel/rules/roles'

/** What `npm start` prints once it is ready: where everything is and how to log in. */
export function printWelcome(info: { siteUrl: string; seconds: number; demo: boolean; database: string }): void {
  const lines = [
    '',
    `상생누리가 준비되었습니다 (${info.seconds.toFixed(1)}초, 데이터베이스: ${info.database})`,
    `  공개 사이트   ${info.siteUrl}/`,
    `  회원 로그인   ${info.siteUrl}/login/  (가입: ${info.siteUrl}/join/)`,
    `  관리자 화면   ${info.siteUrl}/admin`,
    `  REST API      ${info.siteUrl}/api/programs`,
    `  GraphQL       ${info.siteUrl}/api/graphql`,
    `  상태 확인     ${info.siteUrl}/healthz`,
  ]
  if (info.demo) {
    lines.push('', `데모 계정 (비밀번호 모두 ${DEMO_PASSWORD})`)
    for (const user of USERS) lines.push(`  ${user.email.padEnd(26)} ${ROLE_LABELS[user.role].ko}`)
  }
  console.log(`${lines.join('\n')}\n`)
}
