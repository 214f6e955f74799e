/**
 * The crash test of issue 4: `npm run newsletter:send` in a child process, killed with SIGKILL
 * half-way through a send to a real SMTP server (smtp-server, in this process), then started
 * again. Nobody may receive two copies; every other confirmed subscriber gets exactly one; the
 * recipients whose message was in flight at the kill (at most NEWSLETTER_CONCURRENCY) are
 * listed as unknown for an editor, never sent again silently.
 */
import { expect, test } from 'vitest'
import { runCli } from '../helpers/cli'
import { addIssue, addSubscribers, ledgerRows, PASSWORD, staffUser } from '../helpers/newsletterFixtures'
import { testDatabaseUri } from '../helpers/payload'
import { useTestPayload } from '../helpers/suite'

const RECIPIENTS = 240
const CONCURRENCY = 4

const suite = useTestPayload({ smtp: true })

const sender = (issue: string | number) =>
  runCli('newsletterSend', [String(issue)], {
    env: {
      DATABASE_URI: testDatabaseUri(),
      PAYLOAD_SECRET: 'test-secret-not-for-production',
      SMTP_URL: suite.sink.url,
      NEWSLETTER_CONCURRENCY: String(CONCURRENCY),
      // Slow enough that the kill lands mid-send, fast enough to finish in seconds.
      NEWSLETTER_RATE: '80',
      NEWSLETTER_LEASE_MS: '2000',
    },
  })

test('SIGKILL half-way, restart: no one twice, everyone else once, the in-flight ones listed as unknown', async () => {
  const confirmed = await addSubscribers(suite.payload, 'crash', RECIPIENTS)
  const bystanders = await addSubscribers(suite.payload, 'pending', 3, 'pending')
  const issue = await addIssue(suite.payload)

  const first = sender(issue)
  await suite.sink.waitFor(RECIPIENTS / 2, 90_000)
  first.child.kill('SIGKILL')
  expect((await first).code).toBeNull() // killed by the signal, not finished
  const atKill = suite.sink.messages.length
  expect(atKill).toBeGreaterThanOrEqual(RECIPIENTS / 2)
  expect(atKill).toBeLessThan(RECIPIENTS)

  const second = sender(issue)
  const { code } = await second
  expect(code, second.output()).toBe(0)
  await suite.sink.settled()

  const received = suite.sink.countsByRecipient()
  const twice = [...received].filter(([, n]) => n > 1)
  expect(twice).toEqual([])
  for (const email of bystanders) expect(received.get(email)).toBeUndefined()

  const rows = await ledgerRows(suite.payload, issue)
  expect(rows).toHaveLength(RECIPIENTS)
  const unknown = rows.filter((row) => row.status === 'unknown').map((row) => row.email)
  expect(unknown.length).toBeLessThanOrEqual(CONCURRENCY)
  expect(rows.filter((row) => row.status !== 'unknown').every((row) => row.status === 'sent')).toBe(true)
  for (const email of confirmed) {
    if (unknown.includes(email)) expect(received.get(email) ?? 0, email).toBeLessThanOrEqual(1)
    else expect(received.get(email), email).toBe(1)
  }

  // The issue is sent, and lists exactly those recipients for an editor to resend or drop.
  await staffUser(suite.payload, 'editor@crash.test', 'editor')
  const editor = await suite.api.login('editor@crash.test', PASSWORD)
  const progress = await suite.api.as(editor).get(`/newsletters/${issue}/progress`)
  expect(progress.body.status).toBe('sent')
  expect(progress.body.counts).toMatchObject({ recipients: RECIPIENTS, unknown: unknown.length, sent: RECIPIENTS - unknown.length })
  expect(progress.body.unknown.map((row: { email: string }) => row.email).sort()).toEqual([...unknown].sort())
  expect(second.output()).toContain('발송 완료')
}, 240_000)
