/**
 * The gate that lets a claim commit while its message is being written (newsletter/send/transport.ts
 * GATE), against a real SMTP server (smtp-server on loopback, read back with mailparser): the
 * message's data flows while the gate is closed, but the server accepts it only once the gate
 * opens; a gate that closes for good cuts the message off before its end, and the server never
 * accepts it. With DKIM, the signed message still verifies.
 */
import crypto from 'node:crypto'
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { createSendTransport, GATE, gateMessages, type GatedMail } from '../../newsletter/send/transport'
import { precomposeIssue } from '../../newsletter/send/precomposed'
import { startSmtpSink, type SmtpSink } from '../helpers/smtpSink'

let sink: SmtpSink
beforeAll(async () => {
  sink = await startSmtpSink()
})
afterAll(async () => {
  await sink?.close()
})
beforeEach(() => {
  sink.messages.splice(0)
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
async function until(condition: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await sleep(5)
  }
}

// Large enough to be written in several chunks: the gate holds back only the end.
const body = '상생협력 소식입니다. '.repeat(4000)
const mail = (to: string, gate: Promise<boolean>): GatedMail => ({ from: 'no-reply@winwinnuri.kr', to, subject: '[상생누리] 소식', text: body, html: `<p>${body}</p>`, textEncoding: 'base64', [GATE]: gate })

test('the data flows while the gate is closed; the server accepts the message only once it opens, whole', async () => {
  const transport = gateMessages(createSendTransport({ smtpUrl: sink.url, concurrency: 1, ratePerSecond: 0 }))
  let open!: (value: boolean) => void
  const gate = new Promise<boolean>((resolve) => (open = resolve))
  const started = sink.dataStarted
  const sending = transport.sendMail(mail('open@example.kr', gate))
  await until(() => sink.dataStarted > started)
  await sleep(200)
  expect(sink.messages).toHaveLength(0)
  open(true)
  const info = await sending
  expect(info.response).toMatch(/queued as sink-\d+/)
  await sink.settled()
  expect(sink.messages.map((m) => m.envelopeTo)).toEqual([['open@example.kr']])
  expect(sink.messages[0].mail.text?.trim()).toBe(body.trim())
  transport.close()
})

test('a gate that closes for good cuts the message off before its end: never accepted; the next message goes through', async () => {
  const transport = gateMessages(createSendTransport({ smtpUrl: sink.url, concurrency: 1, ratePerSecond: 0 }))
  const [started, aborted] = [sink.dataStarted, sink.aborted]
  await expect(transport.sendMail(mail('withdrawn@example.kr', sleep(50).then(() => false)))).rejects.toThrow(/withdrawn/)
  await expect(transport.sendMail(mail('failed@example.kr', Promise.reject(new Error('claim failed'))))).rejects.toThrow(/claim failed/)
  await until(() => sink.aborted === aborted + 2)
  expect(sink.dataStarted).toBe(started + 2)
  // Ungated messages on the same transport are untouched, and the pool carries on.
  await transport.sendMail({ from: 'no-reply@winwinnuri.kr', to: 'after@example.kr', subject: 'x', text: 'y' })
  await sink.settled()
  expect(sink.messages.map((m) => m.envelopeTo)).toEqual([['after@example.kr']])
  transport.close()
})

test('with DKIM the whole message is signed after the gate opens, and the signature covers the body', async () => {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } })
  const transport = gateMessages(createSendTransport({ smtpUrl: sink.url, concurrency: 1, ratePerSecond: 0, dkim: { domainName: 'winwinnuri.kr', keySelector: 's1', privateKey } }))
  await transport.sendMail(mail('signed@example.kr', sleep(50).then(() => true)))
  await sink.settled()
  const raw = sink.messages[0].raw.toString('utf8')
  const [head, ...rest] = raw.split('\r\n\r\n')
  const bodyHash = /bh=([^;]+);/.exec(head.replace(/\r\n[ \t]+/g, ' '))?.[1].replace(/\s+/g, '')
  const relaxedBody = rest.join('\r\n\r\n').replace(/[ \t]+\r\n/g, '\r\n').replace(/[ \t]+/g, ' ').replace(/(\r\n)*$/, '\r\n')
  expect(bodyHash).toBe(crypto.createHash('sha256').update(relaxedBody).digest('base64'))
  transport.close()
})

test('a precomposed message (newsletter/send/precomposed.ts, sent raw) is signed the same way, after its gate opens', async () => {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } })
  const transport = gateMessages(createSendTransport({ smtpUrl: sink.url, concurrency: 1, ratePerSecond: 0, dkim: { domainName: 'winwinnuri.kr', keySelector: 's1', privateKey } }))
  const precomposed = await precomposeIssue({ subject: '[상생누리] 소식', html: `<p>${body}</p>`, text: body }, { name: '상생누리', address: 'no-reply@winwinnuri.kr' })
  const message: GatedMail = precomposed!({ to: 'raw-signed@example.kr', messageId: '<newsletter-1.delivery-1@winwinnuri.kr>', links: { unsubscribeUrl: 'https://winwinnuri.kr/u?token=a.b', preferencesUrl: 'https://winwinnuri.kr/p?token=a.b' } })!
  let opened = false
  message[GATE] = sleep(50).then(() => (opened = true))
  await transport.sendMail(message)
  expect(opened).toBe(true)
  await sink.settled()
  const received = sink.messages[0]
  expect(received.envelopeTo).toEqual(['raw-signed@example.kr'])
  const raw = received.raw.toString('utf8')
  const [head, ...rest] = raw.split('\r\n\r\n')
  expect(head).toMatch(/^DKIM-Signature: v=1; a=rsa-sha256; c=relaxed\/relaxed; d=winwinnuri.kr;/)
  expect(head).toContain('Precedence: bulk')
  const bodyHash = /bh=([^;]+);/.exec(head.replace(/\r\n[ \t]+/g, ' '))?.[1].replace(/\s+/g, '')
  const relaxedBody = rest.join('\r\n\r\n').replace(/[ \t]+\r\n/g, '\r\n').replace(/[ \t]+/g, ' ').replace(/(\r\n)*$/, '\r\n')
  expect(bodyHash).toBe(crypto.createHash('sha256').update(relaxedBody).digest('base64'))
  transport.close()
})
