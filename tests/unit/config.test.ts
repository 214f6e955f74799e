import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { databaseKind } from '../../cms/config/database'
import { outboxTransport, parseMailFrom } from '../../kernel/settings/email'
import { readEnv } from '../../kernel/settings/env'
import { resolveSecret } from '../../kernel/settings/secret'
import nodemailer from 'nodemailer'

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'winwinnuri-config-'))

describe('DATABASE_URI', () => {
  test.each([
    ['file:./data/winwinnuri.db', 'sqlite'],
    ['file:/var/lib/winwinnuri/db.sqlite', 'sqlite'],
    ['mongodb://localhost:27017/winwinnuri', 'mongodb'],
    ['mongodb+srv://user:pw@cluster.example/winwinnuri', 'mongodb'],
  ])('%s → %s', (uri, kind) => {
    expect(databaseKind(uri)).toBe(kind)
  })

  test.each(['postgres://localhost/db', 'mysql://x', './data/winwinnuri.db', ''])('%s is refused with a clear message', (uri) => {
    expect(() => databaseKind(uri)).toThrow(/DATABASE_URI .* not supported.*지원하지 않는/)
  })

  test('the refusal never prints a password', () => {
    expect(() => databaseKind('postgres://admin:s3cret@db.example/x')).toThrow(/\*\*\*@/)
    try {
      databaseKind('postgres://admin:s3cret@db.example/x')
    } catch (error) {
      expect((error as Error).message).not.toContain('s3cret')
    }
  })

  test('defaults to the SQLite file under the data folder, and PORT must be a port', () => {
    const env = readEnv({ PORT: '4100' })
    expect(env.databaseUri).toMatch(/^file:.*winwinnuri\.db$/)
    expect(env.siteUrl).toBe('http://localhost:4100')
    expect(env.mailFrom).toBe('상생누리 <no-reply@localhost>')
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/PORT/)
  })
})

describe('PAYLOAD_SECRET', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  test('generated once into .secret with mode 0600, then reused', () => {
    const dir = tempDir()
    const first = resolveSecret({}, dir)
    const second = resolveSecret({}, dir)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(second).toBe(first)
    expect(fs.statSync(path.join(dir, '.secret')).mode & 0o777).toBe(0o600)
  })

  test('the environment wins, and production refuses to start without it', () => {
    const dir = tempDir()
    expect(resolveSecret({ PAYLOAD_SECRET: 'from-env' }, dir)).toBe('from-env')
    process.env.WINWINNURI_PRODUCTION = '1'
    expect(() => resolveSecret({}, dir)).toThrow(/PAYLOAD_SECRET is required/)
    expect(fs.existsSync(path.join(dir, '.secret'))).toBe(false)
  })
})

describe('e-mail without SMTP_URL', () => {
  test('MAIL_FROM is split into name and address', () => {
    expect(parseMailFrom('상생누리 <no-reply@localhost>')).toEqual({ name: '상생누리', address: 'no-reply@localhost' })
    expect(parseMailFrom('ops@winwinnuri.test')).toEqual({ name: '', address: 'ops@winwinnuri.test' })
  })

  test('each message is written as an .eml file in the outbox', async () => {
    const dir = tempDir()
    const transport = nodemailer.createTransport(outboxTransport(dir))
    const info = await transport.sendMail({ from: '상생누리 <no-reply@localhost>', to: 'sme@winwinnuri.test', subject: '확인요청 안내', text: '본문입니다.' })
    const files = fs.readdirSync(dir)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/\.eml$/)
    const raw = fs.readFileSync(path.join(dir, files[0]), 'utf8')
    expect(raw).toContain('To: sme@winwinnuri.test')
    expect(raw).toContain(`Message-ID: ${info.messageId}`)
  })
})
