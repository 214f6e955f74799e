/**
 * The one boot of an integration file: a fresh Payload on the file's own data folder
 * (isolateDataDir.ts), started before its tests and stopped after them, with what the file asks
 * for wired in. The returned handle is filled in by the beforeAll, so tests read `suite.payload`,
 * `suite.world` and so on. Hooks a file registers after this call run after the boot and, at the
 * end, before the teardown (vitest's stack order).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'
import { PASSWORD, seedWorld, type World } from './fixtures'
import { startPageServer, type PageServer } from './pageServer'
import { startTestPayload, stopTestPayload, testConfig } from './payload'
import { RestClient } from './rest'
import { startSmtpSink, type SmtpSink } from './smtpSink'

/** The names of a world's users (`world.users`), the keys `logins` may list. */
type UserKey<W> = W extends { users: infer U } ? Extract<keyof U, string> : never

export type SuiteOptions<W, K extends string> = {
  /** Send e-mail to a real SMTP server on loopback (startSmtpSink) instead of the .eml outbox: `sink`. */
  smtp?: boolean
  /** Build a world once Payload runs: `true` for the hand-built one (seedWorld), or any builder. */
  world?: true | ((payload: Payload) => Promise<W>)
  /** Sign these users of the world in over REST (the fixtures' PASSWORD): their JWTs in `tokens`. */
  logins?: readonly K[]
  /** Serve the real Express app (startPageServer) around this Payload: `server`. */
  pages?: boolean
}

/** `sink`, `world`, `tokens` and `server` are set only when the options ask for them. */
export type TestSuite<W = World, K extends string = never> = {
  payload: Payload
  /** Payload's REST handlers, anonymous; `api.as(suite.tokens.member)` for a signed-in user. */
  api: RestClient
  world: W
  tokens: Record<K, string>
  sink: SmtpSink
  server: PageServer
}

export function useTestPayload<W = World, const K extends UserKey<W> = never>(options: SuiteOptions<W, K> = {}): TestSuite<W, K> {
  const suite = { tokens: {} } as TestSuite<W, K>
  beforeAll(async () => {
    if (options.smtp) suite.sink = await startSmtpSink()
    suite.payload = await startTestPayload({ smtpUrl: suite.sink?.url })
    suite.api = new RestClient(testConfig())
    const build = options.world === true ? (seedWorld as unknown as (payload: Payload) => Promise<W>) : options.world
    if (build) suite.world = await build(suite.payload)
    const users = (suite.world as { users?: Record<string, { email: string }> } | undefined)?.users
    for (const key of options.logins ?? []) suite.tokens[key] = await suite.api.login(users![key].email, PASSWORD)
    if (options.pages) suite.server = await startPageServer(suite.payload)
  })
  afterAll(async () => {
    await suite.server?.close()
    if (suite.payload) await stopTestPayload(suite.payload)
    await suite.sink?.close()
  })
  return suite
}
