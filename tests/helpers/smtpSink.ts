/**
 * A real SMTP server on a loopback port (the `smtp-server` package) that keeps every message
 * it accepts, parsed with `mailparser`. Tests point SMTP_URL (or a transport) at `url` and read
 * back what a mail client would see. `failWith` makes the server answer the next messages with
 * an SMTP error, so retries and permanent failures can be tested against the real protocol.
 */
import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type SinkMessage = { envelopeTo: string[]; raw: Buffer; mail: ParsedMail; response: string }

export type SmtpSink = {
  url: string
  port: number
  messages: SinkMessage[]
  /** How many messages each envelope recipient received. */
  countsByRecipient(): Map<string, number>
  /** Messages to one recipient, oldest first. */
  to(address: string): SinkMessage[]
  /** Answer the next `times` messages with this SMTP error (e.g. 451 → temporary, 550 → permanent). */
  failWith(code: number, message: string, times?: number, onlyTo?: string): void
  /** Resolves when every accepted message has been parsed (`mail` is set). */
  settled(): Promise<void>
  /** Forget failures still to come. */
  clearFailures(): void
  /** Messages whose data began to arrive (accepted, refused or cut off). */
  readonly dataStarted: number
  /** Messages whose connection closed before the end of their data: never accepted (RFC 5321 4.1.1.4). */
  readonly aborted: number
  /** Resolves once `count` messages have been accepted in total. */
  waitFor(count: number, timeoutMs?: number): Promise<void>
  close(): Promise<void>
}

type Failure = { code: number; message: string; remaining: number; onlyTo?: string }

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: SinkMessage[] = []
  const failures: Failure[] = []
  const waiters: { count: number; resolve: () => void }[] = []
  const parsing: Promise<void>[] = []
  let accepted = 0
  let dataStarted = 0
  let aborted = 0

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.once('data', () => (dataStarted += 1))
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      // smtp-server destroys the stream with an error (given a listener) when the client goes away mid-data.
      stream.on('error', () => (aborted += 1))
      stream.on('end', () => {
        const envelopeTo = session.envelope.rcptTo.map((r) => r.address.toLowerCase())
        const failure = failures.find((f) => f.remaining > 0 && (!f.onlyTo || envelopeTo.includes(f.onlyTo.toLowerCase())))
        if (failure) {
          failure.remaining -= 1
          const error = Object.assign(new Error(failure.message), { responseCode: failure.code })
          return callback(error)
        }
        accepted += 1
        const response = `queued as sink-${accepted}`
        const raw = Buffer.concat(chunks)
        // Counted the moment it is accepted; parsed in the background (settled() waits for that).
        const message = { envelopeTo, raw, response } as SinkMessage
        messages.push(message)
        parsing.push(simpleParser(raw).then((mail) => { message.mail = mail }))
        for (const waiter of waiters.filter((w) => messages.length >= w.count)) {
          waiters.splice(waiters.indexOf(waiter), 1)
          waiter.resolve()
        }
        callback(null, response)
      })
    },
  })
  // A client killed mid-message (the crash test) resets its connection; that is expected here.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    get dataStarted() {
      return dataStarted
    },
    get aborted() {
      return aborted
    },
    countsByRecipient() {
      const counts = new Map<string, number>()
      for (const message of messages) for (const to of message.envelopeTo) counts.set(to, (counts.get(to) ?? 0) + 1)
      return counts
    },
    to(address) {
      return messages.filter((m) => m.envelopeTo.includes(address.toLowerCase()))
    },
    failWith(code, message, times = 1, onlyTo) {
      failures.push({ code, message, remaining: times, onlyTo })
    },
    async settled() {
      await Promise.all(parsing)
    },
    clearFailures() {
      failures.splice(0)
    },
    waitFor(count, timeoutMs = 30_000) {
      if (messages.length >= count) return Promise.resolve()
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`SMTP sink: ${messages.length} of ${count} messages after ${timeoutMs} ms`)), timeoutMs)
        waiters.push({ count, resolve: () => { clearTimeout(timer); resolve() } })
      })
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
