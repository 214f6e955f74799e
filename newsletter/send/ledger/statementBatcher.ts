/**
 * The SQLite ledger's own connection, in a worker thread: the per-message writes (a claim before
 * each message is accepted, its answer after) and the sender's reads, off the thread that drives
 * the SMTP connections. That thread is the bottleneck of a send (nodemailer composing and writing
 * the messages keeps it busy); run on it, the ledger's statements and commits took about 40 µs of
 * its CPU a message, and each commit's WAL write and the periodic checkpoints stalled every
 * connection while they ran. Here it pays about 15 µs a message to hand the statements over.
 *
 * Group commit: statements issued in the same turn of the event loop make one batch, which is
 * all-or-nothing. One post to the thread is in flight at a time; batches issued meanwhile go in
 * the next post, and the thread commits everything a post (or several waiting posts) holds in one
 * transaction. So the busier the sender, the more batches share a commit and a wake-up of the
 * thread, at the cost of at most one commit's wait. Each caller's promise settles only once its
 * own statement is committed, so durability is that of running it alone; what is shared is the
 * commit. When a shared transaction fails, each batch in it runs again on its own, so a failing
 * statement fails its own batch and no other.
 *
 * The `libsql` driver under Payload's SQLite adapter is used directly, with prepared statements
 * kept for reuse: Payload's own client prepares every statement again and runs BEGIN / each
 * statement / COMMIT as separate calls.
 */
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

export type Statement = { sql: string; args: unknown[] }
export type StatementResult = { rowsAffected: number }
export type Row = Record<string, unknown>

type Request = { id: number; write: Statement[] } | { id: number; read: Statement }
type Reply = { id: number; changes?: number[]; rows?: Row[]; error?: { message: string; code?: string } }
type Waiting = { resolve: (value: unknown) => void; reject: (error: unknown) => void }

/**
 * The thread's code: plain JavaScript run with `eval`, so that it loads the same under tsx, under
 * vitest and from the esbuild bundle of the server, none of which would find a TypeScript file
 * for a worker. It only runs statements; what they mean is SqliteLedger's.
 */
const THREAD = String.raw`
const { parentPort, workerData, receiveMessageOnPort } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file)
// Per-connection settings, as Payload's adapter sets them on its own (cms/config/database.ts).
db.pragma('busy_timeout = 5000')
db.pragma('synchronous = NORMAL')
const prepared = new Map()
const statement = (sql) => {
  let s = prepared.get(sql)
  if (!s) prepared.set(sql, (s = db.prepare(sql)))
  return s
}
const failure = (error) => ({ message: String(error && error.message || error), code: error && error.code })

// Writes of several batches in one transaction; on failure, each batch again on its own.
function commit(batches, replies) {
  try {
    db.exec('BEGIN IMMEDIATE')
    let changes
    try {
      changes = batches.map((b) => b.write.map((s) => statement(s.sql).run(...s.args).changes))
      db.exec('COMMIT')
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK')
      throw error
    }
    batches.forEach((b, i) => replies.push({ id: b.id, changes: changes[i] }))
  } catch (error) {
    if (batches.length > 1) for (const b of batches) commit([b], replies)
    else replies.push({ id: batches[0].id, error: failure(error) })
  }
}

parentPort.on('message', (first) => {
  // Everything posted meanwhile, in order: arrays of requests, maybe 'close' last.
  const posts = [first]
  for (let next; (next = receiveMessageOnPort(parentPort)); ) posts.push(next.message)
  const replies = []
  let writes = []
  let closing = false
  for (const request of posts.flat()) {
    if (request === 'close') { closing = true; continue }
    if (request.write) { writes.push(request); continue }
    // A read sees every write issued before it.
    if (writes.length) commit(writes, replies)
    writes = []
    try {
      replies.push({ id: request.id, rows: statement(request.read.sql).all(...request.read.args) })
    } catch (error) {
      replies.push({ id: request.id, error: failure(error) })
    }
  }
  if (writes.length) commit(writes, replies)
  if (replies.length) parentPort.postMessage(replies)
  if (closing) {
    db.close()
    parentPort.close()
  }
})
`

const CLOSED = new Error('The ledger thread is closed.')

export class StatementBatcher {
  private readonly worker: Worker
  /** Requests closed and not yet posted, in the order issued. */
  private queue: Request[] = []
  /** This turn's writes: one all-or-nothing batch once the turn ends. */
  private turn: { write: Statement[]; callers: Waiting[] } | null = null
  /** Requests posted and not yet answered. */
  private readonly waiting = new Map<number, Waiting>()
  private posted = false
  private nextId = 1
  private closing = false
  private failed: Error | null = null

  constructor(file: string) {
    this.worker = new Worker(THREAD, { eval: true, workerData: { file, driver: createRequire(import.meta.url).resolve('libsql') } })
    // The thread keeps the process alive only while something waits on it.
    this.worker.unref()
    this.worker.on('message', (replies: Reply[]) => this.settle(replies))
    this.worker.on('error', (error) => this.fail(error))
    this.worker.on('exit', () => this.fail(new Error('The ledger thread has stopped.')))
  }

  /** Runs a write; resolves once it is committed. */
  run(statement: Statement): Promise<StatementResult> {
    return new Promise<StatementResult>((resolve, reject) => {
      if (this.failed || this.closing) return reject(this.failed ?? CLOSED)
      if (!this.turn) {
        this.turn = { write: [], callers: [] }
        setImmediate(() => this.endTurn())
      }
      this.turn.write.push(statement)
      this.turn.callers.push({ resolve: resolve as (value: unknown) => void, reject })
    })
  }

  /** Runs a read on the thread's connection, after every write issued before it. */
  all(statement: Statement): Promise<Row[]> {
    return new Promise<Row[]>((resolve, reject) => {
      if (this.failed || this.closing) return reject(this.failed ?? CLOSED)
      this.endTurn()
      this.enqueue({ id: this.nextId++, read: statement }, { resolve: resolve as (value: unknown) => void, reject })
      this.post()
    })
  }

  /** Lets the thread finish what it was given, then close its connection and end; resolves once it has. */
  close(): Promise<void> {
    this.endTurn()
    if (this.failed || this.closing) return Promise.resolve()
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()))
    // Kept alive until it has closed its connection (a moment), so that closing is never cut short.
    this.closing = true
    this.worker.ref()
    if (this.queue.length) this.worker.postMessage(this.queue.splice(0))
    this.worker.postMessage('close')
    return exited
  }

  private enqueue(request: Request, waiting: Waiting): void {
    if (this.waiting.size === 0) this.worker.ref()
    this.waiting.set(request.id, waiting)
    this.queue.push(request)
  }

  private endTurn(): void {
    const turn = this.turn
    if (!turn) return
    this.turn = null
    if (this.failed) return turn.callers.forEach((caller) => caller.reject(this.failed))
    // One request for the turn; its reply carries one result per statement, in order.
    this.enqueue({ id: this.nextId++, write: turn.write }, {
      resolve: (changes) => turn.callers.forEach((caller, i) => caller.resolve({ rowsAffected: (changes as number[])[i] })),
      reject: (error) => turn.callers.forEach((caller) => caller.reject(error)),
    })
    this.post()
  }

  /**
   * One post to the thread at a time: what is issued while the thread works waits for its answer
   * and then goes in one post, to be committed in one transaction. Under load the batches grow
   * instead of the posts, each of which wakes the thread; a claim waits at most one commit more.
   */
  private post(): void {
    if (this.posted || this.queue.length === 0) return
    this.posted = true
    this.worker.postMessage(this.queue.splice(0))
  }

  private settle(replies: Reply[]): void {
    this.posted = false
    for (const reply of replies) {
      const waiting = this.waiting.get(reply.id)
      if (!waiting) continue
      this.waiting.delete(reply.id)
      if (reply.error) waiting.reject(Object.assign(new Error(reply.error.message), reply.error.code ? { code: reply.error.code } : {}))
      else waiting.resolve(reply.changes ?? reply.rows)
    }
    this.post()
    if (this.waiting.size === 0 && !this.closing) this.worker.unref()
  }

  private fail(error: Error): void {
    this.failed ??= error
    for (const waiting of this.waiting.values()) waiting.reject(error)
    this.waiting.clear()
    this.queue = []
    this.endTurn()
  }
}
