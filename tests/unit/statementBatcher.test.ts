/**
 * Group commit on a real SQLite file (libsql, the client Payload's SQLite adapter uses): what
 * callers issue while a transaction commits goes into the next one, each caller learns its own
 * result, and a failing statement fails its whole transaction and no other.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient, type Client } from '@libsql/client'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { StatementBatcher } from '../../newsletter/send/ledger/statementBatcher'

let dir: string
let client: Client
let batches: number

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'batcher-'))
  client = createClient({ url: `file:${path.join(dir, 'b.db')}` })
  await client.execute('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)')
  await client.execute("INSERT INTO t (id, v) VALUES (1, 'a'), (2, 'a'), (3, 'a')")
  batches = 0
  const batch = client.batch.bind(client)
  client.batch = ((statements: never, mode: never) => {
    batches += 1
    return batch(statements, mode)
  }) as typeof client.batch
})

afterEach(() => {
  client.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

test('statements issued together share transactions, and each caller gets its own result', async () => {
  const batcher = new StatementBatcher(client as never)
  const results = await Promise.all([1, 2, 3, 4].map((id) => batcher.run({ sql: "UPDATE t SET v = 'b' WHERE id = ? AND v = 'a'", args: [id] })))
  expect(results.map((r) => r.rowsAffected)).toEqual([1, 1, 1, 0])
  expect(batches).toBeLessThan(4)
  expect((await client.execute("SELECT count(*) AS n FROM t WHERE v = 'b'")).rows[0].n).toBe(3)
})

test('a failing statement fails its whole transaction, and later ones still run', async () => {
  const batcher = new StatementBatcher(client as never)
  const first = batcher.run({ sql: "UPDATE t SET v = 'c' WHERE id = 1", args: [] })
  const together = [
    batcher.run({ sql: "UPDATE t SET v = 'd' WHERE id = 2", args: [] }),
    batcher.run({ sql: 'UPDATE t SET v = NULL WHERE id = 3', args: [] }),
  ]
  await expect(first).resolves.toMatchObject({ rowsAffected: 1 })
  const settled = await Promise.allSettled(together)
  expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected'])
  const rows = (await client.execute('SELECT id, v FROM t ORDER BY id')).rows.map((r) => `${r.id}${r.v}`)
  expect(rows).toEqual(['1c', '2a', '3a'])
  await expect(batcher.run({ sql: "UPDATE t SET v = 'e' WHERE id = 2", args: [] })).resolves.toMatchObject({ rowsAffected: 1 })
})
