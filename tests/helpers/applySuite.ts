/**
 * The setup of the apply page suites: the hand-built world, the real Express app around it
 * (startPageServer), and signed-in page sessions of the members and company admins, plus a
 * member without a company.
 */
import { beforeAll } from 'vitest'
import type { Program } from '../../kernel/payload-types'
import { PASSWORD, recruitingProgram, signUpData } from './fixtures'
import { signedIn, type PageSession } from './pageSession'
import { useTestPayload, type TestSuite } from './suite'

export type ApplySuite = TestSuite & {
  sessions: Record<'member' | 'member2' | 'adminA' | 'adminB' | 'noCompany', PageSession>
  /** A new approved, 모집중, online program of company B nobody applied to yet. */
  fresh: (overrides?: Partial<Program>) => Promise<Program>
}

export const applyPath = (id: number | string) => `/programs/${id}/apply/`

export function bootApplySuite(): ApplySuite {
  const suite = Object.assign(useTestPayload({ world: true, pages: true }), { sessions: {} } as Pick<ApplySuite, 'sessions' | 'fresh'>)
  suite.fresh = (overrides = {}) => recruitingProgram(suite.payload, suite.world, overrides)
  beforeAll(async () => {
    await suite.payload.create({ collection: 'users', data: signUpData('nocompany@test.kr', '소속 없는 회원') })
    const emails = { member: 'member@test.kr', member2: 'member2@test.kr', adminA: 'admin-a@test.kr', adminB: 'admin-b@test.kr', noCompany: 'nocompany@test.kr' }
    for (const [key, email] of Object.entries(emails)) suite.sessions[key as keyof ApplySuite['sessions']] = await signedIn(suite.server.url, email, PASSWORD)
  })
  return suite
}
