import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { closeTree, keepDataPrivate } from '../../kernel/settings/privateData'

const mode = (file: string) => fs.statSync(file).mode & 0o777
const before = process.umask()
afterEach(() => { process.umask(before) })

test('a data folder an older version made readable is closed, and what is made after is private', () => {
  process.umask(0o022)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winwinnuri-private-'))
  fs.chmodSync(dir, 0o755)
  fs.writeFileSync(path.join(dir, 'old.db'), 'x')
  expect(mode(dir)).toBe(0o755)

  keepDataPrivate(dir)

  expect(mode(dir)).toBe(0o700)
  fs.writeFileSync(path.join(dir, 'new.db-wal'), 'x')
  fs.mkdirSync(path.join(dir, 'outbox'))
  expect(mode(path.join(dir, 'new.db-wal'))).toBe(0o600)
  expect(mode(path.join(dir, 'outbox'))).toBe(0o700)
  fs.rmSync(dir, { recursive: true, force: true })
})

test('a data folder that does not exist yet is made 0700', () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'winwinnuri-private-')), 'data')
  keepDataPrivate(dir)
  expect(mode(dir)).toBe(0o700)
})

test('a copied tree that kept its source\'s modes is closed: folders 0700, files 0600, links left', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winwinnuri-private-'))
  fs.mkdirSync(path.join(dir, 'assets'), { mode: 0o755 })
  fs.writeFileSync(path.join(dir, 'assets', 'site.css'), 'x', { mode: 0o644 })
  fs.chmodSync(path.join(dir, 'assets'), 0o755)
  fs.chmodSync(path.join(dir, 'assets', 'site.css'), 0o644)
  fs.symlinkSync('assets', path.join(dir, 'link'))
  closeTree(dir)
  expect(mode(path.join(dir, 'assets'))).toBe(0o700)
  expect(mode(path.join(dir, 'assets', 'site.css'))).toBe(0o600)
  expect(fs.lstatSync(path.join(dir, 'link')).isSymbolicLink()).toBe(true)
  fs.rmSync(dir, { recursive: true, force: true })
})
