/**
 * The setup every browser file shares: the real `npm start` server (startServer) and Debian's
 * Chromium (launchBrowser), started before the file's tests and closed after them. The returned
 * object is filled in by its beforeAll, so tests read `suite.server`, `suite.browser` and `suite.sink`.
 */
import { afterAll, beforeAll } from 'vitest'
import { launchBrowser } from './browser'
import { startServer, type RunningServer } from './server'
import { startSmtpSink, type SmtpSink } from './smtpSink'

type ServerOptions = NonNullable<Parameters<typeof startServer>[0]>

export type BrowserSuiteOptions = ServerOptions & {
  /** The server's e-mail goes to a real SMTP server on loopback, started first: `sink`. */
  smtp?: boolean
  /** false: the server only, for a file that opens a browser of its own where it needs one. */
  browser?: boolean
}

/** `browser` is set unless `options.browser` is false, `sink` only with `options.smtp`. */
export type BrowserSuite = { server: RunningServer; browser: Awaited<ReturnType<typeof launchBrowser>>; sink: SmtpSink }

export function bootBrowserSuite({ smtp, browser = true, ...server }: BrowserSuiteOptions = {}): BrowserSuite {
  const suite = {} as BrowserSuite
  beforeAll(async () => {
    if (smtp) suite.sink = await startSmtpSink()
    suite.server = await startServer(smtp ? { ...server, env: { ...server.env, SMTP_URL: suite.sink.url } } : server)
    if (browser) suite.browser = await launchBrowser()
  })
  afterAll(async () => {
    await suite.browser?.close()
    await suite.server?.stop()
    await suite.sink?.close()
  })
  return suite
}
