import { describe, expect, test } from 'vitest'
import { defaultIssuePrograms, isIssueMonth, monthBounds, recruitsInMonth } from '../../kernel/rules/issuePrograms'
import { canMoveStatus, canStartSend, isContentLocked } from '../../newsletter/send/issueStatus'
import { deliveryMessageId, issueMessage, listId } from '../../newsletter/send/message'
import { progressLine } from '../../newsletter/send/progressBar'
import type { DeliveryRow } from '../../newsletter/send/ledger'
import { drain, RowSource } from '../../newsletter/send/rowSource'
import { isRecipient } from '../../newsletter/send/freeze'
import { readSendSettings } from '../../newsletter/send/settings'
import { classifySendError, retryDelayMs } from '../../newsletter/send/smtpErrors'
import { pooledSmtpOptions, smtpEndpoint } from '../../newsletter/send/transport'
import { PLACEHOLDERS } from '../../newsletter/render/personalise'

describe('SMTP failures', () => {
  test('4xx replies and dropped connections are temporary; 5xx and malformed messages permanent', () => {
    expect(classifySendError(Object.assign(new Error('x'), { responseCode: 451, response: '451 4.7.1 try later' }))).toEqual({ kind: 'temporary', reason: '451 4.7.1 try later' })
    expect(classifySendError(Object.assign(new Error('x'), { responseCode: 421, response: '421 busy' })).kind).toBe('temporary')
    expect(classifySendError(Object.assign(new Error('x'), { responseCode: 550, response: '550 5.1.1 no such user' }))).toEqual({ kind: 'permanent', reason: '550 5.1.1 no such user' })
    expect(classifySendError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' })).kind).toBe('temporary')
    expect(classifySendError(Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT' })).reason).toContain('ETIMEDOUT')
    expect(classifySendError(Object.assign(new Error('bad address'), { code: 'EENVELOPE' })).kind).toBe('permanent')
    expect(classifySendError('weird').kind).toBe('permanent')
  })

  test('back-off doubles from the base, is capped, and adds at most 20 % jitter', () => {
    const opts = { baseMs: 1000, maxMs: 5000 }
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, opts, () => 0))).toEqual([1000, 2000, 4000, 5000])
    expect(retryDelayMs(1, opts, () => 1)).toBe(1200)
    expect(retryDelayMs(10, opts, () => 0.5)).toBe(5500)
  })
})

describe('who an issue goes to', () => {
  test('subscribers confirmed by the time the send started, or confirmed with no date kept; no one else', () => {
    const frozenAt = new Date('2026-12-01T00:00:00.000Z')
    expect(isRecipient({ status: 'confirmed', confirmedAt: '2026-11-30T23:59:59.999Z' }, frozenAt)).toBe(true)
    expect(isRecipient({ status: 'confirmed', confirmedAt: '2026-12-01T00:00:00.000Z' }, frozenAt)).toBe(true)
    expect(isRecipient({ status: 'confirmed', confirmedAt: null }, frozenAt)).toBe(true)
    expect(isRecipient({ status: 'confirmed' }, frozenAt)).toBe(true)
    expect(isRecipient({ status: 'confirmed', confirmedAt: '2026-12-01T00:00:00.001Z' }, frozenAt)).toBe(false)
    for (const status of ['pending', 'unsubscribed', null]) expect(isRecipient({ status, confirmedAt: '2026-01-01T00:00:00.000Z' }, frozenAt), String(status)).toBe(false)
  })
})

describe('issue status rules', () => {
  test('editors plan (draft ↔ scheduled); only the sender sends, pauses, resumes, finishes', () => {
    expect(canMoveStatus('draft', 'scheduled', 'editor')).toBe(true)
    expect(canMoveStatus('scheduled', 'draft', 'editor')).toBe(true)
    for (const to of ['sending', 'paused', 'sent'] as const) expect(canMoveStatus('draft', to, 'editor'), to).toBe(false)
    expect(canMoveStatus('sent', 'draft', 'editor')).toBe(false)
    expect(canMoveStatus('sending', 'paused', 'sender')).toBe(true)
    expect(canMoveStatus('paused', 'sending', 'sender')).toBe(true)
    expect(canMoveStatus('sent', 'sending', 'sender')).toBe(true)
    expect(canMoveStatus('paused', 'sent', 'sender')).toBe(false)
    expect(canMoveStatus('sent', 'sent', 'editor')).toBe(true)
  })
  test('content is locked while sending or paused; a send starts from draft or scheduled only', () => {
    expect(['draft', 'scheduled', 'sending', 'paused', 'sent'].map((s) => isContentLocked(s as never))).toEqual([false, false, true, true, false])
    expect(['draft', 'scheduled', 'sending', 'paused', 'sent'].map((s) => canStartSend(s as never))).toEqual([true, true, false, false, false])
  })
})

describe("an issue's default programs", () => {
  const program = (id: number, applyStart: string, applyEnd: string, reviewStatus = 'approved') => ({ id, reviewStatus, applyStart, applyEnd })
  test('an issue month is YYYY-MM with a real month', () => {
    expect(['2026-11', '2026-01', '2026-12'].every(isIssueMonth)).toBe(true)
    expect(['2026-13', '2026-00', '2026-1', '26-11', '2026-11-01', 202611, null].some(isIssueMonth)).toBe(false)
  })
  test('month bounds, leap years included', () => {
    expect(monthBounds('2026-11')).toEqual({ first: '2026-11-01', last: '2026-11-30' })
    expect(monthBounds('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' })
  })
  test('approved programs whose application period overlaps the month in Seoul, soonest deadline first', () => {
    // Stored as noon in Seoul; 2026-10-31T15:30Z is already 2026-11-01 in Seoul.
    const programs = [
      program(1, '2026-10-01T03:00:00.000Z', '2026-10-31T03:00:00.000Z'),
      program(2, '2026-10-01T03:00:00.000Z', '2026-10-31T15:30:00.000Z'),
      program(3, '2026-11-20T03:00:00.000Z', '2026-12-31T03:00:00.000Z'),
      program(4, '2026-11-01T03:00:00.000Z', '2026-11-10T03:00:00.000Z', 'submitted'),
      program(5, '2026-12-01T03:00:00.000Z', '2026-12-31T03:00:00.000Z'),
      program(6, '2026-09-01T03:00:00.000Z', '2026-11-05T03:00:00.000Z'),
    ]
    expect(recruitsInMonth(programs[0], '2026-11')).toBe(false)
    expect(defaultIssuePrograms(programs, '2026-11').map((p) => p.id)).toEqual([2, 6, 3])
    expect(defaultIssuePrograms(programs, '2026-11', 2).map((p) => p.id)).toEqual([2, 6])
  })
})

describe('one recipient\'s message', () => {
  const from = { name: '상생누리', address: 'news@winwinnuri.kr' }
  const links = { unsubscribeUrl: 'https://winwinnuri.kr/api/subscribers/unsubscribe?token=a.b&x=1', preferencesUrl: 'https://winwinnuri.kr/api/subscribers/preferences?token=c.d' }
  test('carries the RFC 8058 headers, a List-Id with an ASCII id, and personal links in both parts', () => {
    const message = issueMessage({
      issue: { subject: '11월호', html: `<a href="${PLACEHOLDERS.unsubscribeUrl}">수신거부</a>`, text: `수신거부: ${PLACEHOLDERS.unsubscribeUrl}` },
      to: 'reader@example.kr', from, links, messageId: deliveryMessageId(7, 42, from.address),
    })
    expect(message.messageId).toBe('<newsletter-7.delivery-42@winwinnuri.kr>')
    expect(message.headers).toMatchObject({ 'List-Unsubscribe': `<${links.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' })
    expect(listId(from.address).value).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?= <newsletter\.winwinnuri\.kr>$/)
    expect(message.html).toContain('token=a.b&amp;x=1')
    expect(message.text).toContain('token=a.b&x=1')
  })
})

describe('sender plumbing', () => {
  test('settings from the environment, with clear errors', () => {
    expect(readSendSettings({})).toMatchObject({ concurrency: 5, ratePerSecond: 0, maxAttempts: 5, leaseMs: 30_000 })
    expect(readSendSettings({ NEWSLETTER_CONCURRENCY: '8', NEWSLETTER_RATE: '50' })).toMatchObject({ concurrency: 8, ratePerSecond: 50 })
    expect(() => readSendSettings({ NEWSLETTER_CONCURRENCY: '0' })).toThrow(/NEWSLETTER_CONCURRENCY/)
    expect(() => readSendSettings({ NEWSLETTER_RATE: 'fast' })).toThrow(/NEWSLETTER_RATE/)
  })

  test('the pooled transport keeps the URL\'s host and credentials and adds pool, rate and a no-delay socket', () => {
    const options = pooledSmtpOptions('smtp://user:p%40ss@mail.example.kr:2525', { concurrency: 3, ratePerSecond: 10 })
    expect(options).toMatchObject({ host: 'mail.example.kr', port: 2525, auth: { user: 'user', pass: 'p@ss' }, pool: true, maxConnections: 3, rateLimit: 10, rateDelta: 1000 })
    expect(typeof options.getSocket).toBe('function')
    expect(smtpEndpoint(pooledSmtpOptions('smtps://mail.example.kr', { concurrency: 1, ratePerSecond: 0 }))).toEqual({ host: 'mail.example.kr', port: 465 })
    expect(smtpEndpoint(pooledSmtpOptions('smtp://mail.example.kr', { concurrency: 1, ratePerSecond: 0 }))).toEqual({ host: 'mail.example.kr', port: 587 })
  })

  test('rows are read one batch at a time and each is worked once, with the given concurrency', async () => {
    const batches = [[1, 2, 3], [4, 5], []].map((ids) => ids.map((id) => ({ id, subscriber: id, email: `${id}@x.kr`, status: 'pending' as const, attempts: 0 })))
    let reads = 0
    let running = 0
    let peak = 0
    const worked: number[] = []
    const source = new RowSource(async () => batches[reads++] ?? [])
    await drain(2, async () => {
      for (let row = await source.next(); row; row = await source.next()) {
        running += 1
        peak = Math.max(peak, running)
        await new Promise((resolve) => setTimeout(resolve, 5))
        worked.push(Number(row.id))
        running -= 1
      }
    })
    expect(worked.sort()).toEqual([1, 2, 3, 4, 5])
    expect(reads).toBe(3)
    expect(peak).toBe(2)
  })

  test('rows are read in keyset pages, the next one before the workers run out, and none is handed out twice', async () => {
    const ids = Array.from({ length: 23 }, (_, i) => i + 1)
    const reads: { after: unknown; handedOut: number }[] = []
    let handedOut = 0
    const pages = (after: unknown) => {
      reads.push({ after, handedOut })
      const rows = ids.filter((id) => id > Number(after ?? 0)).slice(0, 5)
      return new Promise<DeliveryRow[]>((resolve) => setTimeout(() => resolve(rows.map((id) => ({ id, subscriber: id, email: `${id}@x.kr`, status: 'pending', attempts: 0 }))), 2))
    }
    // One worker, so the moments of the reads are exact: each next page is asked for when 2 rows are left.
    const one = new RowSource(pages, 2)
    for (let row = await one.next(); row; row = await one.next()) handedOut += 1
    expect(reads.map((read) => read.after)).toEqual([undefined, 5, 10, 15, 20, 23])
    expect(reads.map((read) => read.handedOut)).toEqual([0, 2, 7, 12, 17, 20])
    // Three workers: every row once.
    const three = new RowSource(pages, 2)
    const worked: number[] = []
    await drain(3, async () => {
      for (let row = await three.next(); row; row = await three.next()) {
        worked.push(Number(row.id))
        await new Promise((resolve) => setTimeout(resolve, 1))
      }
    })
    expect(worked.sort((a, b) => a - b)).toEqual(ids)
  })

  test('a read ahead that fails is reported to the next worker that asks', async () => {
    let reads = 0
    const source = new RowSource(async () => {
      reads += 1
      if (reads === 2) throw new Error('database is locked')
      return [1, 2, 3].map((id) => ({ id, subscriber: id, email: `${id}@x.kr`, status: 'pending' as const, attempts: 0 }))
    }, 2)
    expect((await source.next())?.id).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 5))
    await expect(source.next()).rejects.toThrow('database is locked')
  })

  test('the progress line', () => {
    const line = progressLine({ pending: 2, sending: 1, sent: 6, failed: 1, unknown: 0, dropped: 0 }, 2000, 2)
    expect(line).toContain(' 70% 7/10')
    expect(line).toContain('발송 6 · 실패 1')
    expect(line).toContain('2통/초')
  })
})
