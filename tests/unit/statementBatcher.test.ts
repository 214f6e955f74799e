/**
 * The ledger's thread and its group commit, on a real SQLite file (the libsql driver Payload's
 * SQLite adapter uses): statements issued in one turn of the event loop share a transaction, each
 * caller gets its own result, a failing statement fails its own batch and no other, reads see the
 * writes issued before them, and closing lets the thread finish first.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'libsql'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { StatementBatcher } from '../../newsletter/send/ledger/statementBatcher'

let dir: string
let file: string
let batcher: StatementBatcher
type Db = { exec(sql: string): void; prepare(sql: string): { all(): Record<string, unknown>[] }; close(): void }
const read = (sql: string) => {
  const db = new Database(file) as unknown as Db
  try {
    return db.prepare(sql).all()
  } finally {
    db.close()
  }
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'batcher-'))
  file = path.join(dir, 'b.db')
  const db = new Database(file) as unknown as Db
  db.exec("PRAGMA journal_mode = WAL; CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL); INSERT INTO t (id, v) VALUES (1, 'a'), (2, 'a'), (3, 'a');")
  db.close()
  batcher = new StatementBatcher(file)
})

afterEach(async () => {
  await batcher.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

test('each caller gets its own result, committed where another connection sees it', async () => {
  const results = await Promise.all([1, 2, 3, 4].map((id) => batcher.run({ sql: "UPDATE t SET v = 'b' WHERE id = ? AND v = 'a'", args: [id] })))
  expect(results.map((r) => r.rowsAffected)).toEqual([1, 1, 1, 0])
  // Committed: another connection sees them.
  expect(read("SELECT count(*) AS n FROM t WHERE v = 'b'")[0].n).toBe(3)
})

test('a failing statement fails its whole transaction; one issued later runs in its own', async () => {
  const together = [
    batcher.run({ sql: "UPDATE t SET v = 'd' WHERE id = 2", args: [] }),
    batcher.run({ sql: 'UPDATE t SET v = NULL WHERE id = 3', args: [] }),
  ]
  const settled = await Promise.allSettled(together)
  expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected'])
  expect(read('SELECT id, v FROM t ORDER BY id').map((r) => `${r.id}${r.v}`)).toEqual(['1a', '2a', '3a'])
  await expect(batcher.run({ sql: "UPDATE t SET v = 'e' WHERE id = 2", args: [] })).resolves.toEqual({ rowsAffected: 1 })
  expect(read('SELECT v FROM t WHERE id = 2')[0].v).toBe('e')
})

test('a read on the thread sees every write issued before it', async () => {
  const write = batcher.run({ sql: "UPDATE t SET v = 'r' WHERE id = 1", args: [] })
  const rows = await batcher.all({ sql: 'SELECT v FROM t WHERE id = ?', args: [1] })
  expect(rows).toEqual([{ v: 'r' }])
  await expect(write).resolves.toEqual({ rowsAffected: 1 })
})

test('batches that queued up while the thread was busy share a commit, yet a failing one fails alone', async () => {
  // Another connection holds the write lock, so the thread waits on its first batch while the next two queue up.
  const other = new Database(file) as unknown as Db
  other.exec("BEGIN IMMEDIATE; UPDATE t SET v = 'x' WHERE id = 3")
  const first = batcher.run({ sql: "UPDATE t SET v = 'f' WHERE id = 1", args: [] })
  await new Promise((resolve) => setTimeout(resolve, 50))
  const good = batcher.run({ sql: "UPDATE t SET v = 'g' WHERE id = 2", args: [] })
  await new Promise((resolve) => setImmediate(resolve))
  const bad = batcher.run({ sql: 'UPDATE t SET v = NULL WHERE id = 1', args: [] })
  await new Promise((resolve) => setTimeout(resolve, 50))
  other.exec('COMMIT')
  other.close()
  await expect(first).resolves.toEqual({ rowsAffected: 1 })
  await expect(good).resolves.toEqual({ rowsAffected: 1 })
  await expect(bad).rejects.toThrow(/NOT NULL/)
  expect(read('SELECT id, v FROM t ORDER BY id').map((r) => `${r.id}${r.v}`)).toEqual(['1f', '2g', '3x'])
})

test('close lets the thread finish what it was given; afterwards nothing more is taken', async () => {
  const writes = [1, 2, 3].map((id) => batcher.run({ sql: "UPDATE t SET v = 'c' WHERE id = ?", args: [id] }))
  const closed = batcher.close()
  expect((await Promise.all(writes)).map((r) => r.rowsAffected)).toEqual([1, 1, 1])
  await closed
  expect(read("SELECT count(*) AS n FROM t WHERE v = 'c'")[0].n).toBe(3)
  await expect(batcher.run({ sql: "UPDATE t SET v = 'd'", args: [] })).rejects.toThrow()
})
