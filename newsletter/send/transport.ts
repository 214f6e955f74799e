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
import nodemailer, { type Transporter } from 'nodemailer'
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js'
import { outboxTransport } from '../../cms/config/email'

export type TransportOptions = { smtpUrl?: string; concurrency: number; ratePerSecond: number }

type SocketCallback = (error: Error | null, socketOptions?: { socket: net.Socket }) => void

/** A not-yet-connected socket with Nagle off; nodemailer connects it (plain or STARTTLS). */
export function noDelaySocket(_options: unknown, callback: SocketCallback): void {
  const socket = new net.Socket()
  socket.setNoDelay(true)
  callback(null, { socket })
}

export function pooledSmtpOptions(smtpUrl: string, { concurrency, ratePerSecond }: Omit<TransportOptions, 'smtpUrl'>) {
  // Parsed here rather than passed as `url`: nodemailer ignores every other option next to a url.
  const connection = parseConnectionUrl(smtpUrl)
  const secure = new URL(smtpUrl).protocol === 'smtps:'
  return {
    ...connection,
    pool: true as const,
    maxConnections: concurrency,
    maxMessages: Infinity,
    ...(ratePerSecond > 0 ? { rateLimit: ratePerSecond, rateDelta: 1000 } : {}),
    // Implicit TLS (smtps://) opens its own TLS socket; only plain/STARTTLS connections take ours.
    ...(secure ? {} : { getSocket: noDelaySocket }),
  }
}

export function createSendTransport({ smtpUrl, concurrency, ratePerSecond }: TransportOptions): Transporter {
  if (!smtpUrl) return nodemailer.createTransport(outboxTransport())
  return nodemailer.createTransport(pooledSmtpOptions(smtpUrl, { concurrency, ratePerSecond }) as never)
}
