/**
 * Sending an issue end to end against a real SMTP server (smtp-server on a loopback port),
 * read back with mailparser: who receives it, what they receive, retries, permanent failures,
 * pause and resume, the lease, rows left in flight by a crash, and the endpoints' refusals.
 */
import { beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { ledgerFor } from '../../newsletter/send/ledger'
import { PayloadLedger } from '../../newsletter/send/ledger/payloadLedger'
import { SqliteLedger } from '../../newsletter/send/ledger/sqliteLedger'
import { runSend } from '../../newsletter/send/runSend'
import { readSendSettings } from '../../newsletter/send/settings'
import { testConfig } from '../helpers/payload'
import { formBody, rawRequest } from '../helpers/rawRest'
import { addIssue, addSubscribers, issueStatus, ledgerRows, PASSWORD, rawHeader, staffUser } from '../helpers/newsletterFixtures'
import { useTestPayload } from '../helpers/suite'

const settings = { ...readSendSettings({}), concurrency: 3, retryBaseMs: 50, leaseMs: 3000, batchSize: 7 }

const suite = useTestPayload({ smtp: true })
let editor: string

async function user(email: string, role: 'editor' | 'member'): Promise<string> {
  await staffUser(suite.payload, email, role)
  return suite.api.login(email, PASSWORD)
}
const subscribers = (prefix: string, n: number, status?: string) => addSubscribers(suite.payload, prefix, n, status)
const issue = (extra?: Record<string, unknown>) => addIssue(suite.payload, extra)
const rows = (id: string | number) => ledgerRows(suite.payload, id)
const status = (id: string | number) => issueStatus(suite.payload, id)
const header = rawHeader

beforeAll(async () => {
  editor = await user('editor@send.test', 'editor')
})

describe('a send', () => {
  let confirmed: string[]
  let others: string[]
  let id: string | number

  beforeAll(async () => {
    confirmed = await subscribers('reader', 12)
    others = [...(await subscribers('waiting', 2, 'pending')), ...(await subscribers('gone', 1, 'unsubscribed'))]
    id = await issue()
    const started = await suite.api.as(editor).post(`/newsletters/${id}/send`, {})
    expect(started.status).toBe(202)
    expect(started.body.status).toBe('sending')
    expect(await runSend(suite.payload, id, { settings })).toMatchObject({ outcome: 'finished' })
    await suite.sink.settled()
  })

  test('reaches every confirmed subscriber exactly once, and no one else', () => {
    const counts = suite.sink.countsByRecipient()
    for (const email of confirmed) expect(counts.get(email), email).toBe(1)
    for (const email of others) expect(counts.get(email), email).toBeUndefined()
  })

  test('carries both parts, the one-click unsubscribe headers, its Message-ID and the sender', async () => {
    const [message] = suite.sink.to(confirmed[0])
    const { mail } = message
    expect(mail.subject).toMatch(/^상생누리 소식 \d+호$/)
    expect(mail.html).toContain('이달의 상생협력 소식입니다.')
    expect(mail.text).toContain('이달의 상생협력 소식입니다.')
    expect(mail.from?.value[0].address).toBe('no-reply@localhost')
    const listUnsubscribe = String(header(mail, 'List-Unsubscribe'))
    expect(listUnsubscribe).toMatch(/^<http:\/\/localhost:3000\/api\/subscribers\/unsubscribe\?token=[\w-]+\.[\w-]+>$/)
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    expect(header(mail, 'List-Id')).toContain('<newsletter.localhost>')
    expect(mail.text).toContain(listUnsubscribe.slice(1, -1))
    expect(mail.html).toContain(listUnsubscribe.slice(1, -1).replace(/&/g, '&amp;'))
    const row = (await rows(id)).find((r) => r.email === confirmed[0])!
    expect(row).toMatchObject({ status: 'sent', attempts: 0, messageId: mail.messageId })
    expect(row.response).toMatch(/queued as sink-\d+/)
  })

  test('the issue ends sent, with its date and counts', async () => {
    const doc = await suite.payload.findByID({ collection: 'newsletters', id, depth: 0, overrideAccess: true })
    expect(doc.status).toBe('sent')
    expect(doc.sentAt).toBeTruthy()
    expect(doc.counts).toMatchObject({ recipients: 12, sent: 12, failed: 0, unknown: 0 })
    const progress = await suite.api.as(editor).get(`/newsletters/${id}/progress`)
    expect(progress.body.counts).toMatchObject({ recipients: 12, sent: 12, pending: 0, sending: 0 })
  })

  test("the header's one-click link unsubscribes (RFC 8058 POST)", async () => {
    const url = new URL(String(header(suite.sink.to(confirmed[1])[0].mail, 'List-Unsubscribe')).slice(1, -1))
    const response = await rawRequest(testConfig(), 'POST', `/api/subscribers/unsubscribe${url.search}`, { body: formBody([['List-Unsubscribe', 'One-Click']]) })
    expect(response.status).toBe(200)
    const { docs } = await suite.payload.find({ collection: 'subscribers', where: { email: { equals: confirmed[1] } }, overrideAccess: true })
    expect(docs[0].status).toBe('unsubscribed')
  })

  test('cannot be started twice', async () => {
    const again = await suite.api.as(editor).post(`/newsletters/${id}/send`, {})
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toContain('이미 발송')
  })
})

describe('failures', () => {
  beforeEach(() => suite.sink.messages.splice(0))

  test('a temporary failure (451) is retried after a back-off and delivered once; a permanent one (550) is recorded, not retried', async () => {
    await suite.payload.delete({ collection: 'subscribers', where: {}, overrideAccess: true })
    const emails = await subscribers('retry', 4)
    suite.sink.failWith(451, 'mailbox busy, try again later', 1, emails[0])
    suite.sink.failWith(550, 'no such user here', 5, emails[1])
    const id = await issue()
    await suite.api.as(editor).post(`/newsletters/${id}/send`, {})
    expect(await runSend(suite.payload, id, { settings })).toMatchObject({ outcome: 'finished' })
    const counts = suite.sink.countsByRecipient()
    expect(counts.get(emails[0])).toBe(1)
    expect(counts.get(emails[1])).toBeUndefined()
    const ledger = await rows(id)
    expect(ledger.find((r) => r.email === emails[0])).toMatchObject({ status: 'sent', attempts: 1 })
    expect(ledger.find((r) => r.email === emails[1])).toMatchObject({ status: 'failed', attempts: 1 })
    expect(ledger.find((r) => r.email === emails[1])!.error).toContain('no such user')
    const progress = await suite.api.as(editor).get(`/newsletters/${id}/progress`)
    expect(progress.body.failed).toEqual([expect.objectContaining({ email: emails[1], error: expect.stringContaining('550') })])
  })

  test('a message whose claim finds its row taken is cut off before its end: never accepted, nothing recorded; the row is sent once later', async () => {
    await suite.payload.delete({ collection: 'subscribers', where: {}, overrideAccess: true })
    const emails = await subscribers('taken', 4)
    const id = await issue()
    await suite.api.as(editor).post(`/newsletters/${id}/send`, {})
    // The first claim fails as if another sender had taken the row; its message is already being written.
    let refused = false
    class RefusingLedger extends SqliteLedger {
      override async claim(row: string | number, now: Date) {
        if (refused) return super.claim(row, now)
        refused = true
        return false
      }
    }
    const ledger = new RefusingLedger(suite.payload)
    const [aborted, started] = [suite.sink.aborted, suite.sink.dataStarted]
    expect(await runSend(suite.payload, id, { settings, ledger })).toMatchObject({ outcome: 'finished' })
    ledger.close()
    await suite.sink.settled()
    // The refused message never reached its end: a precomposed one (precomposed.ts) is whole in
    // the gate before its connection reaches DATA, so it is withdrawn before its data begins; one
    // being composed may have begun, and then the server saw the connection close before the end.
    const withdrawnMidData = suite.sink.aborted - aborted
    expect(withdrawnMidData).toBeLessThanOrEqual(1)
    expect(suite.sink.dataStarted).toBe(started + emails.length + withdrawnMidData)
    expect(suite.sink.messages.filter((m) => m.envelopeTo.some((to) => emails.includes(to)))).toHaveLength(emails.length)
    for (const email of emails) expect(suite.sink.countsByRecipient().get(email), email).toBe(1)
    expect((await rows(id)).every((row) => row.status === 'sent' && row.attempts === 0)).toBe(true)
  })

  test('failures in a row beyond the threshold pause the whole send', async () => {
    await suite.payload.delete({ collection: 'subscribers', where: {}, overrideAccess: true })
    await subscribers('down', 6)
    suite.sink.failWith(421, 'service not available', 100)
    const id = await issue()
    await suite.api.as(editor).post(`/newsletters/${id}/send`, {})
    const result = await runSend(suite.payload, id, { settings: { ...settings, concurrency: 1, errorThreshold: 3, retryBaseMs: 60_000 } })
    expect(result.outcome).toBe('paused')
    expect(await status(id)).toBe('paused')
    expect(suite.sink.messages).toHaveLength(0)
    suite.sink.clearFailures()
  })
})
