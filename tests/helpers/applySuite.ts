/**
 * The setup of the apply page suites: the hand-built world, the real Express app around it
 * (startPageServer), and signed-in page sessions of the members and company admins, plus a
 * member without a company.
 */
import type { Payload } from 'payload'
import type { Program } from '../../kernel/payload-types'
import { PASSWORD, recruitingProgram, signUpData, type World } from './fixtures'
import { bootPageWorld, type PageServer } from './pageServer'
import { signedIn, type PageSession } from './pageSession'

export type ApplySuite = {
  payload: Payload
  world: World
  server: PageServer
  sessions: Record<'member' | 'member2' | 'adminA' | 'adminB' | 'noCompany', PageSession>
  /** A new approved, 모집중, online program of company B nobody applied to yet. */
  fresh: (overrides?: Partial<Program>) => Promise<Program>
}

export const applyPath = (id: number | string) => `/programs/${id}/apply/`

export function bootApplySuite(): ApplySuite {
  const suite = { sessions: {} } as ApplySuite
  bootPageWorld(async ({ payload, world, server }) => {
    Object.assign(suite, { payload, world, server })
    suite.fresh = (overrides = {}) => recruitingProgram(payload, world, overrides)
    await payload.create({ collection: 'users', data: signUpData('nocompany@test.kr', '소속 없는 회원') })
    const emails = { member: 'member@test.kr', member2: 'member2@test.kr', adminA: 'admin-a@test.kr', adminB: 'admin-b@test.kr', noCompany: 'nocompany@test.kr' }
    for (const [key, email] of Object.entries(emails)) suite.sessions[key as keyof ApplySuite['sessions']] = await signedIn(server.url, email, PASSWORD)
  })
  return suite
}
