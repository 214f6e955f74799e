/**
 * Controlling a send: who may start it, test messages, pause and resume, the lease, rows a
 * crash left in flight (unknown) and the editor's resend/drop decision, unsubscribing mid-send,
 * the status rules, the default programs of a new issue, and the portable ledger (the one
 * MongoDB uses) running the same send.
 */
import { beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { freezeRecipients, isRecipient } from '../../newsletter/send/freeze'
import { ledgerFor } from '../../newsletter/send/ledger'
import { PayloadLedger } from '../../newsletter/send/ledger/payloadLedger'
import { resumeInterruptedSends } from '../../newsletter/send/resumeSends'
import { runSend, stopRunningSends } from '../../newsletter/send/runSend'
import { readSendSettings } from '../../newsletter/send/settings'
import { addIssue, addSubscribers, issueStatus, ledgerRows, PASSWORD, staffUser } from '../helpers/newsletterFixtures'
import { useTestPayload } from '../helpers/suite'

const settings = { ...readSendSettings({}), concurrency: 2, retryBaseMs: 50, leaseMs: 3000, batchSize: 5 }

let editor: string
let member: string
let readers: string[]

const suite = useTestPayload({ smtp: true })
beforeAll(async () => {
  await staffUser(suite.payload, 'editor@control.test', 'editor')
  await staffUser(suite.payload, 'member@control.test', 'member')
  editor = await suite.api.login('editor@control.test', PASSWORD)
  member = await suite.api.login('member@control.test', PASSWORD)
  readers = await addSubscribers(suite.payload, 'reader', 10)
})

beforeEach(async () => {
  await suite.sink.settled()
  suite.sink.messages.splice(0)
})

describe('who may send, and what is refused', () => {
  test('anonymous 401, a member 403, an unknown issue 404, an empty issue 400', async () => {
    const id = await addIssue(suite.payload)
    expect((await suite.api.post(`/newsletters/${id}/send`, {})).status).toBe(401)
    expect((await suite.api.as(member).post(`/newsletters/${id}/send`, {})).status).toBe(403)
    expect((await suite.api.as(member).get(`/newsletters/${id}/progress`)).status).toBe(403)
    expect((await suite.api.as(editor).post('/newsletters/999999/send', {})).status).toBe(404)
    const empty = await addIssue(suite.payload, { intro: '' })
    const refused = await suite.api.as(editor).post(`/newsletters/${empty}/send`, {})
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toContain('보낼 내용이 없습니다')
    expect(await issueStatus(suite.payload, empty)).toBe('draft')
  })

  test('an editor cannot set sending, paused or sent by editing; scheduling needs a future date', async () => {
    const id = await addIssue(suite.payload)
    for (const status of ['sending', 'paused', 'sent']) {
      const res = await suite.api.as(editor).patch(`/newsletters/${id}`, { status })
      expect(res.status, status).toBe(400)
    }
    expect((await suite.api.as(editor).patch(`/newsletters/${id}`, { status: 'scheduled', sendAt: '2020-01-01T00:00:00.000Z' })).status).toBe(400)
    // Counters are the sender's: an editor's PATCH is saved without them.
    expect((await suite.api.as(editor).patch(`/newsletters/${id}`, { counts: { sent: 99 } })).status).toBe(200)
    expect((await suite.payload.findByID({ collection: 'newsletters', id, overrideAccess: true })).counts?.sent).toBe(0)
    expect(await issueStatus(suite.payload, id)).toBe('draft')
  })

  test('pause when nothing is sending, resume when nothing is paused: 409', async () => {
    const id = await addIssue(suite.payload)
    expect((await suite.api.as(editor).post(`/newsletters/${id}/pause`, {})).status).toBe(409)
    expect((await suite.api.as(editor).post(`/newsletters/${id}/resume`, {})).status).toBe(409)
  })
})

describe('a test message', () => {
  test('goes to the given address only, marked [테스트], with working-looking links, and leaves no ledger row', async () => {
    const id = await addIssue(suite.payload)
    const res = await suite.api.as(editor).post(`/newsletters/${id}/send`, { test: 'proof@example.kr' })
    expect(res.status).toBe(200)
    expect(res.body.message).toContain('proof@example.kr')
    await suite.sink.settled()
    expect(suite.sink.messages.map((m) => m.envelopeTo)).toEqual([['proof@example.kr']])
    expect(suite.sink.messages[0].mail.subject).toMatch(/^\[테스트\] /)
    expect(suite.sink.messages[0].mail.text).toContain('/api/subscribers/unsubscribe?token=')
    expect(await ledgerRows(suite.payload, id)).toHaveLength(0)
    expect(await issueStatus(suite.payload, id)).toBe('draft')
  })

  test('a bad or injected address is refused with 400 and nothing is sent', async () => {
    const id = await addIssue(suite.payload)
    for (const test of ['not-an-address', 'a@b.kr\r\nBcc: x@y.kr', 42]) {
      expect((await suite.api.as(editor).post(`/newsletters/${id}/send`, { test })).status).toBe(400)
    }
    expect(suite.sink.messages).toHaveLength(0)
  })
})

describe('pause, resume, the lease', () => {
  test('a paused send stops within a second, resumes where it stopped, and sends nobody twice', async () => {
    const id = await addIssue(suite.payload)
    await suite.api.as(editor).post(`/newsletters/${id}/send`, {})
    const slow = { ...settings, ratePerSecond: 4, concurrency: 1 }
    const running = runSend(suite.payload, id, { settings: slow })
    await suite.sink.waitFor(2, 10_000)
    expect((await suite.api.as(editor).post(`/newsletters/${id}/pause`, {})).body.status).toBe('paused')
    expect((await running).outcome).toBe('paused')
    const sentBeforeResume = suite.sink.messages.length
    expect(sentBeforeResume).toBeLessThan(readers.length)
    expect((await suite.api.as(editor).post(`/newsletters/${id}/resume`, {})).status).toBe(202)
    expect((await runSend(suite.payload, id, { settings })).outcome).toBe('finished')
    const counts = suite.sink.countsByRecipient()
    for (const email of readers) expect(counts.get(email), email).toBe(1)
  })

  test('a shutdown (SIGTERM) lets the messages in flight finish, keeps the issue sending and frees it for the next start', async () => {
    const id = await addIssue(suite.payload)
    await suite.api.as(editor).post(`/newsletters/${id}/send`, {})
    const running = runSend(suite.payload, id, { settings: { ...settings, ratePerSecond: 4, concurrency: 1 } })
    await suite.sink.waitFor(1, 10_000)
    await stopRunningSends()
    expect((await running).outcome).toBe('busy')
    expect(await issueStatus(suite.payload, id)).toBe('sending')
    expect((await ledgerRows(suite.payload, id)).filter((row) => row.status === 'sending')).toHaveLength(0)
    // Released: the next sender starts at once instead of waiting out the lease, and finishes.
    expect((await runSend(suite.payload, id, { settings })).outcome).toBe('finished')
    expect([...suite.sink.countsByRecipient().values()].every((n) => n === 1)).toBe(true)
    expect(suite.sink.countsByRecipient().size).toBe(readers.length)
  })

  test('a second sender finds the issue busy while the first holds its lease', async () => {
    const id = await addIssue(suite.payload)
    await suite.api.as(editor).post(`/newsletters/${id}/send`, {})
    const first = runSend(suite.payload, id, { settings: { ...settings, ratePerSecond: 10, concurrency: 1 } })
    await suite.sink.waitFor(1, 10_000)
    expect((await runSend(suite.payload, id, { settings })).outcome).toBe('busy')
    expect((await first).outcome).toBe('finished')
    expect([...suite.sink.countsByRecipient().values()].every((n) => n === 1)).toBe(true)
  })
})

describe('scheduling', () => {
  test('an issue scheduled by an editor is sent by the jobs queue at its sendAt, not before', async () => {
    const id = await addIssue(suite.payload)
    const sendAt = new Date(Date.now() + 1500).toISOString()
    const scheduled = await suite.api.as(editor).patch(`/newsletters/${id}`, { status: 'scheduled', sendAt })
    expect(scheduled.status).toBe(200)
    const { docs: jobs } = await suite.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendNewsletter' }, 'input.newsletter': { equals: String(id) } }, overrideAccess: true })
    expect(jobs).toHaveLength(1)
    expect(new Date(jobs[0].waitUntil!).toISOString()).toBe(sendAt)
    expect((await runSend(suite.payload, id, { settings })).outcome).toBe('not-due')
    expect(suite.sink.messages).toHaveLength(0)
    // POST …/send on a scheduled issue keeps the schedule.
    expect((await suite.api.as(editor).post(`/newsletters/${id}/send`, {})).body.status).toBe('scheduled')

    await new Promise((resolve) => setTimeout(resolve, 1600))
    await suite.payload.jobs.run({ queue: 'newsletter' })
    expect(await issueStatus(suite.payload, id)).toBe('sent')
    await suite.sink.settled()
    expect(suite.sink.countsByRecipient().size).toBe(readers.length)
  })
})

describe('after a crash', () => {
  test('at start, the server drops the dead job of an interrupted send and queues it again', async () => {
    const id = await addIssue(suite.payload)
    await suite.api.as(editor).post(`/newsletters/${id}/send`, {})
    // The job the crashed process had taken: still marked processing, so Payload never runs it again.
    const { docs: [job] } = await suite.payload.find({ collection: 'payload-jobs', where: { 'input.newsletter': { equals: String(id) } }, overrideAccess: true })
    await suite.payload.update({ collection: 'payload-jobs', id: job.id, data: { processing: true }, overrideAccess: true })
    expect(await resumeInterruptedSends(suite.payload)).toBe(1)
    const { docs: jobs } = await suite.payload.find({ collection: 'payload-jobs', where: { 'input.newsletter': { equals: String(id) } }, overrideAccess: true })
    // One job left for the issue, waiting to run (SQLite may give it the dead one's id).
    expect(jobs.map((j) => j.processing)).toEqual([false])
    await suite.payload.jobs.run({ queue: 'newsletter' })
    expect(await issueStatus(suite.payload, id)).toBe('sent')
    await suite.sink.settled()
    expect(suite.sink.countsByRecipient().size).toBe(readers.length)
  })

  test('rows left in flight become unknown, are listed, not sent; the editor resends one and drops the other', async () => {
    const id = await addIssue(suite.payload)
    await suite.api.as(editor).post(`/newsletters/${id}/send`, {})
    // What a crash leaves: a frozen issue, its ledger, two rows claimed and never answered.
    const ledger = ledgerFor(suite.payload)
    await ledger.acquireLease(id, 'crashed-process', new Date(Date.now() - 10_000), 1000)
    const { freezeRecipients } = await import('../../newsletter/send/freeze')
    await freezeRecipients(suite.payload, ledger, id, new Date())
    const [a, b] = await ledger.nextDue(id, new Date(), 2)
    await ledger.claim(a.id, new Date())
    await ledger.claim(b.id, new Date())

    expect((await runSend(suite.payload, id, { settings })).outcome).toBe('finished')
    await suite.sink.settled()
    expect(suite.sink.countsByRecipient().get(a.email)).toBeUndefined()
    expect(suite.sink.countsByRecipient().get(b.email)).toBeUndefined()
    expect(suite.sink.messages).toHaveLength(readers.length - 2)
    const progress = await suite.api.as(editor).get(`/newsletters/${id}/progress`)
    expect(progress.body.counts).toMatchObject({ unknown: 2, sent: readers.length - 2 })
    expect(progress.body.unknown.map((row: { email: string }) => row.email).sort()).toEqual([a.email, b.email].sort())

    expect((await suite.api.as(editor).post(`/newsletters/${id}/deliveries`, { action: 'bogus', ids: [a.id] })).status).toBe(400)
    const drop = await suite.api.as(editor).post(`/newsletters/${id}/deliveries`, { action: 'drop', ids: [b.id] })
    expect(drop.body.changed).toBe(1)
    const resend = await suite.api.as(editor).post(`/newsletters/${id}/deliveries`, { action: 'resend', ids: [a.id] })
    expect(resend.body.changed).toBe(1)
    expect(await issueStatus(suite.payload, id)).toBe('sending')
    expect((await runSend(suite.payload, id, { settings })).outcome).toBe('finished')
    expect(suite.sink.countsByRecipient().get(a.email)).toBe(1)
    expect(suite.sink.countsByRecipient().get(b.email)).toBeUndefined()
    const rows = await ledgerRows(suite.payload, id)
    expect(rows.find((r) => r.id === b.id)!.status).toBe('dropped')
    expect(rows.find((r) => r.id === a.id)!.status).toBe('sent')
  })
})

describe('recipients', () => {
  test('a subscriber who unsubscribes mid-send is not sent the rest (pending → dropped)', async () => {
    const id = await addIssue(suite.payload)
    await suite.api.as(editor).post(`/newsletters/${id}/send`, {})
    const { freezeRecipients } = await import('../../newsletter/send/freeze')
    const frozenAt = new Date()
    await suite.payload.db.updateOne({ collection: 'newsletters', id, data: { frozen: { at: frozenAt.toISOString() } }, returning: false })
    await freezeRecipients(suite.payload, ledgerFor(suite.payload), id, frozenAt)
    const leaving = readers[3]
    const { docs } = await suite.payload.find({ collection: 'subscribers', where: { email: { equals: leaving } }, overrideAccess: true })
    await suite.payload.update({ collection: 'subscribers', id: docs[0].id, data: { status: 'unsubscribed' }, overrideAccess: true })
    await suite.payload.db.updateOne({ collection: 'newsletters', id, data: { frozen: { at: null } }, returning: false })
    expect((await runSend(suite.payload, id, { settings })).outcome).toBe('finished')
    expect(suite.sink.countsByRecipient().get(leaving)).toBeUndefined()
    expect((await ledgerRows(suite.payload, id)).find((r) => r.email === leaving)!.status).toBe('dropped')
    await suite.payload.update({ collection: 'subscribers', id: docs[0].id, data: { status: 'confirmed' }, overrideAccess: true })
  })

  test('the portable ledger (what MongoDB uses) sends the same way', async () => {
    const id = await addIssue(suite.payload)
    await suite.api.as(editor).post(`/newsletters/${id}/send`, {})
    expect((await runSend(suite.payload, id, { settings, ledger: new PayloadLedger(suite.payload) })).outcome).toBe('finished')
    const counts = suite.sink.countsByRecipient()
    for (const email of readers) expect(counts.get(email), email).toBe(1)
    expect((await ledgerRows(suite.payload, id)).every((row) => row.status === 'sent' && row.messageId)).toBe(true)
  })
})

describe('who an issue goes to', () => {
  test('both ledgers freeze exactly the subscribers isRecipient names: confirmed by the cut-off, or confirmed with no date', async () => {
    const frozenAt = new Date('2031-06-01T00:00:00.000Z')
    const edge = [
      { email: 'no-date@freeze.test', status: 'confirmed', confirmedAt: null },
      { email: 'at-cutoff@freeze.test', status: 'confirmed', confirmedAt: frozenAt.toISOString() },
      { email: 'after-cutoff@freeze.test', status: 'confirmed', confirmedAt: '2031-06-01T00:00:00.001Z' },
      { email: 'pending@freeze.test', status: 'pending', confirmedAt: null },
      { email: 'left@freeze.test', status: 'unsubscribed', confirmedAt: '2026-01-01T00:00:00.000Z' },
    ]
    const created = []
    for (const data of edge) created.push(await suite.payload.db.create({ collection: 'subscribers', data, returning: true }))
    try {
      const { docs: everyone } = await suite.payload.find({ collection: 'subscribers', pagination: false, depth: 0, overrideAccess: true })
      const expected = everyone.filter((s) => isRecipient(s, frozenAt)).map((s) => s.email).sort()
      expect(expected).toEqual(expect.arrayContaining(['no-date@freeze.test', 'at-cutoff@freeze.test', ...readers]))
      expect(expected).not.toEqual(expect.arrayContaining(['after-cutoff@freeze.test']))
      const fast = ledgerFor(suite.payload)
      expect(fast.insertRecipients).toBeTypeOf('function')
      for (const ledger of [fast, new PayloadLedger(suite.payload)]) {
        const id = await addIssue(suite.payload)
        await freezeRecipients(suite.payload, ledger, id, frozenAt, 4)
        await freezeRecipients(suite.payload, ledger, id, frozenAt, 4) // again, as after a crash: nobody twice
        const rows = await ledgerRows(suite.payload, id)
        expect(rows.map((row) => row.email).sort(), ledger.constructor.name).toEqual(expected)
        expect(rows.every((row) => row.status === 'pending' && row.attempts === 0)).toBe(true)
      }
      fast.close?.()
    } finally {
      for (const doc of created) await suite.payload.db.deleteOne({ collection: 'subscribers', where: { id: { equals: doc.id } } })
    }
  })
})
