/**
 * The transport a send goes through: nodemailer's SMTP pool (one connection per concurrent
 * message, optional rate limit), or the outbox (.eml files) when no SMTP_URL is configured.
 *
 * Sockets get TCP_NODELAY: nodemailer writes a message's final "\r\n.\r\n" as a small separate
 * packet, which Nagle's algorithm holds back until the server's (delayed) ACK of the body;
 * measured against a local smtp-server that capped each connection at about 25 messages a
 * second, and at about 390 with the option.
 */
import net from 'node:net'
import { Transform, type TransformCallback } from 'node:stream'
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer'
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js'
import { mailDefaults, outboxTransport } from '../../kernel/settings/email'
import type { Dkim } from '../../kernel/settings/env'

export type TransportOptions = { smtpUrl?: string; concurrency: number; ratePerSecond: number; dkim?: Dkim }

type SocketCallback = (error: Error | null, socketOptions?: { connection: net.Socket }) => void

/**
 * Opens the TCP connection for nodemailer with Nagle off and hands it over as an established
 * `connection` (nodemailer then speaks SMTP on it, upgrading with STARTTLS or implicit TLS).
 */
/** Where nodemailer itself would connect: the URL's port, else 465 for implicit TLS, else 587. */
export const smtpEndpoint = (options: { host?: string; port?: number; secure?: boolean }) => ({
  host: options.host || 'localhost',
  port: options.port || (options.secure ? 465 : 587),
})

export function noDelaySocket(options: { host?: string; port?: number; secure?: boolean }, callback: SocketCallback): void {
  const socket = net.connect({ ...smtpEndpoint(options), noDelay: true })
  const fail = (error: Error) => {
    socket.destroy()
    callback(error)
  }
  socket.setTimeout(30_000, () => fail(Object.assign(new Error('SMTP connection timed out'), { code: 'ETIMEDOUT' })))
  socket.once('error', fail)
  socket.once('connect', () => {
    socket.setTimeout(0)
    socket.off('error', fail)
    callback(null, { connection: socket })
  })
}

export function pooledSmtpOptions(smtpUrl: string, { concurrency, ratePerSecond }: Omit<TransportOptions, 'smtpUrl'>) {
  // Parsed here rather than passed as `url`: nodemailer ignores every other option next to a url.
  return {
    ...parseConnectionUrl(smtpUrl),
    pool: true as const,
    maxConnections: concurrency,
    maxMessages: Infinity,
    ...(ratePerSecond > 0 ? { rateLimit: ratePerSecond, rateDelta: 1000 } : {}),
    getSocket: noDelaySocket,
  }
}

/**
 * A message whose end waits for a promise: nodemailer composes it and writes it to the server
 * as usual, but the last bytes, and so SMTP's end-of-data mark, go out only once `until`
 * resolves to true; on false (or a rejection) the message fails before its end, and a server
 * never accepts a message whose data did not end (RFC 5321 4.1.1.4: the connection is closed
 * mid-data). The sender gates each message on its ledger claim this way, so the claim's commit
 * runs while the message is being written instead of before it starts.
 */
export const GATE = 'winwinnuriGate'

export type GatedMail = SendMailOptions & { [GATE]?: Promise<boolean> }

class Gate extends Transform {
  constructor(private readonly until: Promise<boolean>) {
    super()
    // Settled before the message's end anyway: keep a rejection from being reported as unhandled.
    until.catch(() => undefined)
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    callback(null, chunk)
  }

  override _flush(callback: TransformCallback): void {
    this.until.then(
      (open) => callback(open ? null : Object.assign(new Error('message withdrawn before its end'), { code: 'EGATE' })),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
    )
  }
}

const gated = new WeakSet<Transporter>()

/** Makes `transport` honour GATE on the messages that carry one (once per transport; others are untouched). */
export function gateMessages(transport: Transporter): Transporter {
  if (gated.has(transport)) return transport
  gated.add(transport)
  transport.use('stream', (mail, done) => {
    const until = (mail.data as GatedMail)[GATE]
    if (until) mail.message.transform(new Gate(until))
    done()
  })
  return transport
}

/** Bulk mail (the newsletter, the program alerts): Precedence: bulk, Auto-Submitted, DKIM when configured. */
export function createSendTransport({ smtpUrl, concurrency, ratePerSecond, dkim }: TransportOptions): Transporter {
  const defaults = mailDefaults('bulk', dkim)
  if (!smtpUrl) return nodemailer.createTransport(outboxTransport(), defaults)
  return nodemailer.createTransport(pooledSmtpOptions(smtpUrl, { concurrency, ratePerSecond }) as never, defaults)
}
