/**
 * What a deployment's mail settings must be, and what every message carries (issue 13): the
 * production checks, DKIM_* read all-or-nothing, and — through a real SMTP server on loopback —
 * Auto-Submitted on every automatic message, Precedence: bulk on bulk mail, and a DKIM signature
 * that verifies with the public key when DKIM is configured.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createMailTransport } from '../../kernel/settings/email'
import { productionMailProblems, readDkim, type Dkim } from '../../kernel/settings/env'
import { createSendTransport } from '../../newsletter/send/transport'
import { startSmtpSink, type SmtpSink } from '../helpers/smtpSink'

describe('a production deployment needs its public address and a real sender', () => {
  test('ready', () => {
    expect(productionMailProblems({ SITE_URL: 'https://winwinnuri.kr', MAIL_FROM: '상생누리 <no-reply@winwinnuri.kr>' })).toEqual([])
    expect(productionMailProblems({ SITE_URL: 'http://192.168.0.10:3000', MAIL_FROM: 'no-reply@winwinnuri.kr' })).toEqual([])
  })
  test.each([
    [{}, 2],
    [{ SITE_URL: 'https://winwinnuri.kr' }, 1],
    [{ SITE_URL: 'http://localhost:3000', MAIL_FROM: 'no-reply@winwinnuri.kr' }, 1],
    [{ SITE_URL: 'http://127.0.0.1:3000', MAIL_FROM: 'no-reply@winwinnuri.kr' }, 1],
    [{ SITE_URL: 'winwinnuri.kr', MAIL_FROM: 'no-reply@winwinnuri.kr' }, 1],
    [{ SITE_URL: 'https://winwinnuri.kr', MAIL_FROM: '상생누리 <no-reply@localhost>' }, 1],
    [{ SITE_URL: 'https://winwinnuri.kr', MAIL_FROM: 'no-reply@winwinnuri.test' }, 1],
    [{ SITE_URL: 'https://demo.example', MAIL_FROM: 'no-reply@example.com' }, 2],
  ])('%o: %i problem(s), each said in Korean', (env, count) => {
    const problems = productionMailProblems(env)
    expect(problems).toHaveLength(count)
    for (const problem of problems) expect(problem).toMatch(/[가-힣]/)
  })
})

const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } })

describe('DKIM_* all or nothing', () => {
  test('none: no signature', () => expect(readDkim({})).toBeUndefined())
  test('a PEM in the variable (with \\n written as two characters, as .env files do) or a file path', () => {
    const oneLine = privateKey.replace(/\n/g, '\\n')
    expect(readDkim({ DKIM_DOMAIN: 'winwinnuri.kr', DKIM_SELECTOR: 's1', DKIM_PRIVATE_KEY: oneLine })).toEqual({ domainName: 'winwinnuri.kr', keySelector: 's1', privateKey })
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dkim-')), 'key.pem')
    fs.writeFileSync(file, privateKey, { mode: 0o600 })
    expect(readDkim({ DKIM_DOMAIN: 'winwinnuri.kr', DKIM_SELECTOR: 's1', DKIM_PRIVATE_KEY: file })?.privateKey).toBe(privateKey)
  })
  test('a part missing: refused at start, in Korean too', () => {
    expect(() => readDkim({ DKIM_DOMAIN: 'winwinnuri.kr' })).toThrow(/DKIM.*세 값/)
  })
})

describe('what each message carries, read back from a real SMTP server', () => {
  let sink: SmtpSink
  beforeAll(async () => { sink = await startSmtpSink() })
  afterAll(async () => { await sink?.close() })
  const dkim: Dkim = { domainName: 'winwinnuri.kr', keySelector: 's1', privateKey }

  async function sendThrough(transport: ReturnType<typeof createMailTransport>, to: string) {
    const before = sink.messages.length
    await transport.sendMail({ from: 'no-reply@winwinnuri.kr', to, subject: '[상생누리] 시험', text: '본문', headers: { 'X-Own': 'kept' } })
    transport.close()
    await sink.waitFor(before + 1)
    await sink.settled()
    return sink.to(to).at(-1)!
  }

  /** Verifies the DKIM-Signature of a raw message with the public key (relaxed/relaxed, rsa-sha256: nodemailer's). */
  function signatureVerifies(raw: string): boolean {
    const [head, ...rest] = raw.split('\r\n\r\n')
    const body = rest.join('\r\n\r\n')
    const unfolded = head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')
    const sigLine = unfolded.find((line) => /^dkim-signature:/i.test(line))!
    const tags = Object.fromEntries(sigLine.slice(sigLine.indexOf(':') + 1).split(';').map((t) => t.trim()).filter(Boolean).map((t) => [t.slice(0, t.indexOf('=')), t.slice(t.indexOf('=') + 1)]))
    const relaxedBody = body.replace(/[ \t]+\r\n/g, '\r\n').replace(/[ \t]+/g, ' ').replace(/(\r\n)*$/, '\r\n')
    if (crypto.createHash('sha256').update(relaxedBody).digest('base64') !== tags.bh.replace(/\s+/g, '')) return false
    const relaxedHeader = (line: string) => `${line.slice(0, line.indexOf(':')).toLowerCase().trim()}:${line.slice(line.indexOf(':') + 1).replace(/\s+/g, ' ').trim()}`
    const signed = tags.h.split(':').map((name: string) => unfolded.find((line) => line.toLowerCase().startsWith(`${name.toLowerCase().trim()}:`))).filter((line): line is string => Boolean(line)).map((line) => relaxedHeader(line))
    const sigWithoutB = relaxedHeader(sigLine).replace(/b=[^;]*$/, 'b=').replace(/(;\s*b=)[^;]*(;|$)/, '$1$2')
    const data = [...signed, sigWithoutB].join('\r\n')
    return crypto.createVerify('RSA-SHA256').update(data).verify(publicKey, tags.b.replace(/\s+/g, ''), 'base64')
  }

  test('a work e-mail: Auto-Submitted, no Precedence, the message\'s own headers kept', async () => {
    const message = await sendThrough(createMailTransport(sink.url), 'notice@test.kr')
    expect(message.mail.headers.get('auto-submitted')).toBe('auto-generated')
    expect(message.mail.headers.get('precedence')).toBeUndefined()
    expect(message.mail.headers.get('x-own')).toBe('kept')
    expect(message.mail.headers.get('dkim-signature')).toBeUndefined()
  })

  test('bulk mail: Precedence: bulk as well', async () => {
    const message = await sendThrough(createSendTransport({ smtpUrl: sink.url, concurrency: 1, ratePerSecond: 0 }), 'bulk@test.kr')
    expect(message.mail.headers.get('precedence')).toBe('bulk')
    expect(message.mail.headers.get('auto-submitted')).toBe('auto-generated')
  })

  test('with DKIM: both kinds are signed for the domain, and the signature verifies', async () => {
    for (const transport of [createMailTransport(sink.url, dkim), createSendTransport({ smtpUrl: sink.url, concurrency: 1, ratePerSecond: 0, dkim })]) {
      const message = await sendThrough(transport, 'signed@test.kr')
      const raw = message.raw.toString('utf8')
      expect(raw).toMatch(/^DKIM-Signature: .*d=winwinnuri\.kr/m)
      expect(raw).toMatch(/s=s1/)
      expect(signatureVerifies(raw)).toBe(true)
      // Tampering breaks it: the check can fail.
      expect(signatureVerifies(raw.replace('본문', '변조').replace(/Subject: .*/, 'Subject: changed'))).toBe(false)
    }
  })
})
